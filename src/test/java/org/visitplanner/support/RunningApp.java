package org.visitplanner.support;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.visitplanner.app.VisitPlannerApp;
import org.visitplanner.gui.common.TextFits;
import org.visitplanner.gui.common.WindowPlaces;
import org.visitplanner.logic.i18n.Messages;

/**
 * The app's window in a UI test, started on a data folder in a language, and the lookups tests make in it, each on
 * the JavaFX thread (through {@link OnFx}).
 */
public final class RunningApp implements AutoCloseable {

    public final FxRobot robot = new FxRobot();
    private final Application app;
    private final Stage stage;

    private RunningApp(Application app, Stage stage) {
        this.app = app;
        this.stage = stage;
    }

    /**
     * Starts the app and waits until the sample trip's week shows its 18 events and the window's place is settled
     * (until then the app may still put the window back to its first size, undoing a resize made by the test).
     */
    public static RunningApp start(Path data, Locale language) throws Exception {
        Stage stage = primaryStage();
        Application app = FxToolkit.setupApplication(() -> new VisitPlannerApp(data, language));
        RunningApp running = new RunningApp(app, stage);
        OnFx.waitUntil(() -> stage.getScene() != null
                && stage.getScene().getRoot().lookupAll(".schedule-event").size() == 18
                && Boolean.TRUE.equals(stage.getProperties().get(WindowPlaces.SETTLED)));
        return running;
    }

    /**
     * The primary stage the app is started on. The tests share one: one that an earlier test left maximized is
     * un-maximized first, so that the app starts on it as on a new one.
     */
    public static Stage primaryStage() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        OnFx.run(() -> stage.setMaximized(false));
        OnFx.waitUntil(() -> !stage.isMaximized());
        return stage;
    }

    public Stage stage() {
        return stage;
    }

    /** The main window as a normal window of {@code width}×{@code height} in the top left corner of the screen. */
    public RunningApp resize(double width, double height) {
        // Un-maximizing puts back the bounds from before maximizing: it is done, and over, before the new bounds.
        OnFx.run(() -> stage.setMaximized(false));
        OnFx.waitUntil(() -> !stage.isMaximized());
        OnFx.run(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        OnFx.waitUntil(() -> Math.abs(stage.getScene().getWidth() - width) < 1
                && Math.abs(stage.getScene().getHeight() - height) < 1);
        return this;
    }

    public Parent root() {
        return stage.getScene().getRoot();
    }

    /** The first node of the main window matching {@code selector}. */
    public Node lookup(String selector) {
        return OnFx.get(() -> root().lookup(selector));
    }

    /** The first node matching {@code selector} in any window that shows (dialogs, pop-ups, other windows). */
    public static Node find(String selector) {
        return OnFx.get(() -> Window.getWindows().stream().filter(Window::isShowing)
                .map(window -> window.getScene() == null ? null : window.getScene().getRoot().lookup(selector))
                .filter(Objects::nonNull).findFirst().orElse(null));
    }

    /** The text a labelled node shows. */
    public static String text(Node node) {
        return OnFx.get(() -> ((Labeled) node).getText());
    }

    /** The week's blocks, in time order. */
    public List<Node> blocks() {
        return OnFx.get(() -> List.copyOf(root().lookupAll(".schedule-event")));
    }

    /** A block's whole title (before it was fitted to the block). */
    public static String title(Node block) {
        return OnFx.get(() -> {
            Labeled title = (Labeled) block.lookup(".event-title");
            Object full = title.getProperties().get(TextFits.FULL_TEXT);
            return full == null ? title.getText() : full.toString();
        });
    }

    /** The first block whose title as shown (before it was fitted to the block) contains {@code text}. */
    public Node block(String text) {
        return blocks().stream().filter(block -> title(block).contains(text)).findFirst().orElseThrow();
    }

    /** The first block of an event whose own title contains {@code text}, however the block shows it. */
    public Node event(String text) {
        return blocks().stream().filter(block -> OnFx.get(() -> String.valueOf(block.getAccessibleText()))
                .contains(text)).findFirst().orElseThrow();
    }

    /**
     * A double click on {@code node}: press, release and click twice, delivered to it on the FX thread at once. The
     * robot's two clicks count as one double click only when they arrive within half a second of each other, which a
     * loaded machine does not promise; what is tested is what the app does with a double click.
     */
    public static void doubleClick(Node node) {
        // Not waited for: the double click may open a dialog that waits for the user (a nested event loop).
        Platform.runLater(() -> {
            Bounds bounds = node.localToScene(node.getBoundsInLocal());
            double x = bounds.getCenterX();
            double y = bounds.getCenterY();
            Point2D screen = node.localToScreen(node.getBoundsInLocal().getCenterX(),
                    node.getBoundsInLocal().getCenterY());
            for (int count = 1; count <= 2; count++) {
                for (EventType<MouseEvent> type : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED,
                        MouseEvent.MOUSE_CLICKED)) {
                    Event.fireEvent(node, new MouseEvent(type, x, y, screen.getX(), screen.getY(),
                            MouseButton.PRIMARY, count, false, false, false, false,
                            type == MouseEvent.MOUSE_PRESSED, false, false, false, false, true,
                            new PickResult(node, x, y)));
                }
            }
        });
    }

    /** Ctrl (Cmd on a Mac) and {@code key}. */
    public void shortcut(KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    /** The stage whose title contains {@code text}, when one shows. */
    public static Stage window(String text) {
        return OnFx.get(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getTitle() != null && s.getTitle().contains(text)).map(w -> (Stage) w).findFirst().orElse(null));
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        Messages.setLocale(Locale.ENGLISH);
    }
}
