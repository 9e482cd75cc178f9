package org.visitplanner.gui.common;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

import org.visitplanner.logic.settings.UserSettings;
import org.visitplanner.logic.settings.WindowPlacement;

/**
 * Where the app's windows open: the main window, the meeting records and the print preview come back where the user
 * left them (size, place, maximized, and the dividers of their split panes), always inside a screen that is still
 * there; the first time, the main window takes most of the screen and the others open centred on it.
 */
public final class WindowPlaces {

    /** The main window. */
    public static final String MAIN = "main";
    /** The meeting record windows (they share one remembered place; a second one opens a little lower). */
    public static final String MEETING = "meeting";
    /** The print preview. */
    public static final String PREVIEW = "preview";

    private static final Logger LOG = Logger.getLogger(WindowPlaces.class.getName());
    private static final String WINDOW_STYLESHEET = WindowPlaces.class.getResource("/org/visitplanner/gui/window.css")
            .toExternalForm();
    /** How far a second window of the same kind opens from the first, so that both can be seen. */
    private static final double CASCADE = 32;
    /** How long the window system may take to finish moving a window it has just shown or un-maximized. */
    private static final Duration SETTLE = Duration.millis(300);
    /** A window's property, true once its place is final (what is changed after that stays). */
    public static final String SETTLED = "visitplanner.windowPlaceSettled";

    private final UserSettings settings;
    private final Map<String, List<Double>> splits = new LinkedHashMap<>();
    private final Map<Stage, String> open = new LinkedHashMap<>();

    public WindowPlaces(UserSettings settings) {
        this.settings = settings;
    }

    /** The stylesheet every window of the app gets (texts cut only between words). */
    public static String windowStylesheet() {
        return WINDOW_STYLESHEET;
    }

    /**
     * Places the main window before it is shown: where it was last closed (inside a screen), else most of the primary
     * screen. It can never be made smaller than 1024×700, the smallest size its layout is made for (or the screen,
     * when smaller).
     */
    public void placeMain(Stage stage) {
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        Rectangle2D smallest = ScreenFit.smallest(primary);
        stage.setMinWidth(smallest.getWidth());
        stage.setMinHeight(smallest.getHeight());
        Optional<WindowPlacement> saved = settings.window(MAIN);
        Rectangle2D bounds = saved.map(p -> ScreenFit.inside(new Rectangle2D(p.x(), p.y(), p.width(), p.height()),
                        screens(), smallest.getWidth(), smallest.getHeight()))
                .orElseGet(() -> ScreenFit.firstStart(primary));
        apply(stage, bounds, saved.map(WindowPlacement::maximized).orElse(false));
        track(stage, MAIN);
    }

    /**
     * Places a secondary window (a meeting record, the print preview) before it is shown: where the last one of its
     * kind was closed, else {@code width}×{@code height} centred on {@code owner}; never larger than the screen.
     */
    public void place(Stage stage, String name, Window owner, double width, double height) {
        Optional<WindowPlacement> saved = settings.window(name);
        Rectangle2D bounds;
        if (saved.isPresent()) {
            WindowPlacement p = saved.get();
            bounds = new Rectangle2D(p.x(), p.y(), p.width(), p.height());
            // A second window of the same kind would hide the first: it opens a little lower and to the right.
            while (isOpenAt(name, bounds)) {
                bounds = new Rectangle2D(bounds.getMinX() + CASCADE, bounds.getMinY() + CASCADE, bounds.getWidth(),
                        bounds.getHeight());
            }
            bounds = ScreenFit.inside(bounds, screens(), stage.getMinWidth(), stage.getMinHeight());
        } else {
            Rectangle2D ownerBounds = owner == null ? Screen.getPrimary().getVisualBounds()
                    : new Rectangle2D(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
            bounds = ScreenFit.centredOn(ownerBounds, width, height, screenOf(ownerBounds));
        }
        apply(stage, bounds, saved.map(WindowPlacement::maximized).orElse(false));
        track(stage, name);
    }

    /**
     * Remembers the dividers of the split panes in a view just loaded ({@code view} names it, e.g.
     * {@code "meeting/MeetingRecordView"}) and puts them back where the user last left them.
     */
    public void rememberSplits(String view, Parent root) {
        List<SplitPane> panes = ViewNodes.findAll(root, SplitPane.class);
        for (int i = 0; i < panes.size(); i++) {
            rememberSplit(panes.get(i), view + "." + i);
        }
    }

    private void rememberSplit(SplitPane pane, String key) {
        List<Double> saved = splits.containsKey(key) ? splits.get(key) : settings.splitPositions(key);
        // Until the pane has been laid out at its window's size, the dividers move by themselves: those moves are
        // not the user's, and the saved places are put back once more when the layout is done.
        boolean[] settled = {saved.isEmpty()};
        Runnable restore = () -> {
            List<Double> positions = splits.getOrDefault(key, saved);
            if (!positions.isEmpty() && positions.size() == pane.getDividers().size()) {
                pane.setDividerPositions(positions.stream().mapToDouble(Double::doubleValue).toArray());
            }
        };
        InvalidationListener moved = o -> {
            if (settled[0]) {
                splits.put(key, pane.getDividers().stream().map(SplitPane.Divider::getPosition).toList());
            }
        };
        Runnable follow = () -> pane.getDividers().forEach(divider -> {
            divider.positionProperty().removeListener(moved);
            divider.positionProperty().addListener(moved);
        });
        restore.run();
        follow.run();
        // A panel shown again (the Problems panel) brings its divider back where it was.
        pane.getDividers().addListener((ListChangeListener<SplitPane.Divider>) change -> {
            restore.run();
            follow.run();
        });
        if (!settled[0]) {
            pane.widthProperty().addListener(new InvalidationListener() {
                @Override
                public void invalidated(Observable o) {
                    if (pane.getWidth() > 0 && pane.getScene() != null && pane.getScene().getWindow() != null
                            && pane.getScene().getWindow().isShowing()) {
                        pane.widthProperty().removeListener(this);
                        Platform.runLater(() -> {
                            restore.run();
                            settled[0] = true;
                        });
                    }
                }
            });
        }
    }

    /** Writes what the user arranged (split dividers) to the settings; windows save themselves when they close. */
    public void saveSplits() {
        if (splits.isEmpty()) {
            return;
        }
        try {
            settings.setSplitPositions(splits);
        } catch (UncheckedIOException e) {
            // Where panels were is a convenience: a full disk must not turn closing a window into an error.
            LOG.log(Level.WARNING, "cannot save the split positions", e);
        }
    }

    private void track(Stage stage, String name) {
        if (stage.getScene() != null) {
            addStylesheet(stage.getScene());
        }
        open.put(stage, name);
        // A window placed again (shown anew) is not settled until the window system has finished with it.
        stage.getProperties().remove(SETTLED);
        // A stage placed again (the same window shown by a new start of the app) is tracked once, by the newest.
        if (stage.getProperties().get(TRACKER) instanceof Tracker old) {
            old.detach();
        }
        Tracker tracker = new Tracker(stage, name);
        stage.getProperties().put(TRACKER, tracker);
        tracker.attach();
    }

    private static final String TRACKER = WindowPlaces.class.getName() + ".tracker";

    /** Saves where {@code stage} is and stops following it (the app closes; the window may be used again). */
    public void forget(Stage stage) {
        if (stage != null && stage.getProperties().get(TRACKER) instanceof Tracker tracker && tracker.owner() == this) {
            if (stage.isShowing()) {
                tracker.save();
            }
            tracker.detach();
            stage.getProperties().remove(TRACKER);
        }
        open.remove(stage);
    }

    /**
     * Follows one window: the bounds it has as a normal window (un-maximizing next time gives back the size the user
     * chose), puts them back when the window system loses them, and saves them when the window closes.
     */
    private final class Tracker {
        private final Stage stage;
        private final String name;
        private final double[] normal;
        private final Rectangle2D wanted;
        private final PauseTransition settle = new PauseTransition(SETTLE);
        private final InvalidationListener remember = o -> remember();
        private final ChangeListener<Scene> scene = (obs, was, now) -> {
            if (now != null) {
                addStylesheet(now);
            }
        };
        private final ChangeListener<Boolean> maximized = (obs, was, now) -> unmaximized(now);
        private final EventHandler<WindowEvent> shown = event -> shown();
        private final EventHandler<WindowEvent> hidden = event -> hidden();

        Tracker(Stage stage, String name) {
            this.stage = stage;
            this.name = name;
            this.normal = new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()};
            this.wanted = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }

        WindowPlaces owner() {
            return WindowPlaces.this;
        }

        void attach() {
            stage.sceneProperty().addListener(scene);
            stage.xProperty().addListener(remember);
            stage.yProperty().addListener(remember);
            stage.widthProperty().addListener(remember);
            stage.heightProperty().addListener(remember);
            stage.maximizedProperty().addListener(maximized);
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown);
            stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, hidden);
        }

        void detach() {
            settle.stop();
            stage.sceneProperty().removeListener(scene);
            stage.xProperty().removeListener(remember);
            stage.yProperty().removeListener(remember);
            stage.widthProperty().removeListener(remember);
            stage.heightProperty().removeListener(remember);
            stage.maximizedProperty().removeListener(maximized);
            stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, shown);
            stage.removeEventHandler(WindowEvent.WINDOW_HIDDEN, hidden);
        }

        private void remember() {
            if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen() && stage.isShowing()
                    && stage.getWidth() > 0 && stage.getHeight() > 0) {
                normal[0] = stage.getX();
                normal[1] = stage.getY();
                normal[2] = stage.getWidth();
                normal[3] = stage.getHeight();
            }
        }

        /**
         * Some window managers lose the size a window had before it was maximized (it stays as large as the screen):
         * un-maximizing gives back the bounds the window had, once the window system has finished its own moves.
         */
        private void unmaximized(boolean maximizedNow) {
            if (maximizedNow) {
                return;
            }
            Rectangle2D before = new Rectangle2D(normal[0], normal[1], normal[2], normal[3]);
            settle.setOnFinished(event -> {
                // Only a window the window system left as large as a screen: a size set since (by the user, by
                // the app) stays.
                if (!stage.isMaximized() && stage.isShowing() && !sameBounds(stage, before) && coversAScreen(stage)) {
                    apply(stage, ScreenFit.inside(before, screens(), stage.getMinWidth(), stage.getMinHeight()),
                            false);
                }
            });
            settle.playFromStart();
        }

        /** The same when the window is first shown: a size given before showing may be replaced by a default one. */
        private void shown() {
            if (!stage.isMaximized() && !sameBounds(stage, wanted)) {
                apply(stage, wanted, false);
            }
            PauseTransition check = new PauseTransition(SETTLE);
            check.setOnFinished(done -> {
                if (!stage.isMaximized() && stage.isShowing() && !sameBounds(stage, wanted)
                        && stage.getWidth() < wanted.getWidth() && stage.getHeight() < wanted.getHeight()) {
                    apply(stage, wanted, false);
                }
                stage.getProperties().put(SETTLED, Boolean.TRUE);
            });
            check.play();
        }

        private void hidden() {
            open.remove(stage);
            save();
        }

        void save() {
            try {
                if (normal[2] > 0 && normal[3] > 0) {
                    settings.setWindow(name, new WindowPlacement(normal[0], normal[1], normal[2], normal[3],
                            stage.isMaximized()));
                }
            } catch (UncheckedIOException e) {
                LOG.log(Level.WARNING, "cannot save where the window was", e);
            }
            saveSplits();
        }
    }

    private static boolean sameBounds(Stage stage, Rectangle2D bounds) {
        return Math.abs(stage.getX() - bounds.getMinX()) < 2 && Math.abs(stage.getY() - bounds.getMinY()) < 2
                && Math.abs(stage.getWidth() - bounds.getWidth()) < 2
                && Math.abs(stage.getHeight() - bounds.getHeight()) < 2;
    }

    private boolean isOpenAt(String name, Rectangle2D bounds) {
        return open.entrySet().stream().anyMatch(e -> e.getValue().equals(name) && e.getKey().isShowing()
                && Math.abs(e.getKey().getX() - bounds.getMinX()) < CASCADE / 2
                && Math.abs(e.getKey().getY() - bounds.getMinY()) < CASCADE / 2);
    }

    private static void apply(Stage stage, Rectangle2D bounds, boolean maximized) {
        // Un-maximizing gives the window back the bounds the window system kept from before it was maximized: it
        // comes first, so that the bounds set next are the ones that stay.
        if (!maximized) {
            stage.setMaximized(false);
        }
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        if (maximized) {
            stage.setMaximized(true);
        }
    }

    private static void addStylesheet(Scene scene) {
        if (!scene.getStylesheets().contains(WINDOW_STYLESHEET)) {
            scene.getStylesheets().add(WINDOW_STYLESHEET);
        }
    }

    private static boolean coversAScreen(Stage stage) {
        return screens().stream().anyMatch(screen -> stage.getWidth() >= screen.getWidth() - 2
                && stage.getHeight() >= screen.getHeight() - 2);
    }

    private static List<Rectangle2D> screens() {
        List<Rectangle2D> bounds = new ArrayList<>();
        bounds.add(Screen.getPrimary().getVisualBounds());
        for (Screen screen : Screen.getScreens()) {
            if (!screen.equals(Screen.getPrimary())) {
                bounds.add(screen.getVisualBounds());
            }
        }
        return bounds;
    }

    /** The visual bounds of the screen that shows most of {@code area} (the primary screen when none does). */
    public static Rectangle2D screenOf(Rectangle2D area) {
        List<Screen> touching = Screen.getScreensForRectangle(area);
        return (touching.isEmpty() ? Screen.getPrimary() : touching.get(0)).getVisualBounds();
    }
}
