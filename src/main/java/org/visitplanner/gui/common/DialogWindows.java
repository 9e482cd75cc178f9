package org.visitplanner.gui.common;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.input.InputEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * How every dialog of the app opens: at its preferred size (never smaller, never larger than the screen), centred on
 * its owner, and modal without changing the owner's maximized state.
 *
 * <p>A window-system modal dialog makes the toolkit fix its owner's size while it is open (GTK: minimum = maximum
 * size), and window managers then un-maximize the owner (openbox, mutter) and may show the dialog at GTK's default
 * 200×200. So the dialogs are shown non-modal and this class blocks input to the other windows of the app itself while
 * one is open: a click there brings the dialog forward, keys and close requests are ignored (ADR 0020).
 */
final class DialogWindows {

    private static final String BLOCKS = DialogWindows.class.getName() + ".blocks";

    private DialogWindows() {
    }

    /** Sets up {@code dialog} (before it is shown) to open at its size, over its owner, blocking the other windows. */
    static void prepare(Dialog<?> dialog) {
        dialog.initModality(Modality.NONE);
        if (!dialog.getDialogPane().getStylesheets().contains(WindowPlaces.windowStylesheet())) {
            dialog.getDialogPane().getStylesheets().add(WindowPlaces.windowStylesheet());
        }
        Window window = dialog.getDialogPane().getScene().getWindow();
        if (window instanceof Stage stage) {
            guard(stage, () -> dialog.getDialogPane());
        }
    }

    /** The same for a small window of our own (the "working…" window). */
    static void prepare(Stage stage) {
        stage.initModality(Modality.NONE);
        guard(stage, () -> stage.getScene() == null ? null : stage.getScene().getRoot());
    }

    private interface Content {
        Parent get();
    }

    private static void guard(Stage stage, Content content) {
        List<Window> blocked = new ArrayList<>();
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> {
            fit(stage, content.get());
            for (Window other : List.copyOf(Window.getWindows())) {
                if (other != stage && other instanceof Stage && other.isShowing()) {
                    block(other, stage);
                    blocked.add(other);
                }
            }
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> {
            blocked.forEach(other -> unblock(other, stage));
            blocked.clear();
        });
    }

    /** Opens at the preferred size of the content (a window manager may have given a default size), centred. */
    private static void fit(Stage stage, Parent content) {
        if (content == null) {
            return;
        }
        stage.sizeToScene();
        double width = stage.getWidth();
        double height = stage.getHeight();
        if (content instanceof Region region) {
            // A dialog shown too small (200×200) gets the size its content asks for.
            double decorationWidth = Math.max(0, stage.getWidth() - stage.getScene().getWidth());
            double decorationHeight = Math.max(0, stage.getHeight() - stage.getScene().getHeight());
            width = Math.max(width, region.prefWidth(-1) + decorationWidth);
            height = Math.max(height, region.prefHeight(region.prefWidth(-1)) + decorationHeight);
        }
        Window owner = stage.getOwner();
        Rectangle2D ownerBounds = owner == null ? Screen.getPrimary().getVisualBounds()
                : new Rectangle2D(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
        Rectangle2D bounds = ScreenFit.centredOn(ownerBounds, width, height, WindowPlaces.screenOf(ownerBounds));
        // Never smaller than its content: the buttons stay in view however the user resizes it.
        stage.setMinWidth(bounds.getWidth());
        stage.setMinHeight(bounds.getHeight());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
    }

    /**
     * Fits a dialog already shown to its content again (a message appeared or went): as tall as the content asks,
     * never smaller than it opened, within the screen. Not {@code sizeToScene}: once the window has a minimum size,
     * that sizes the scene to its content but leaves the window as it was, and the strip between them keeps stale
     * pixels (a second, ghost copy of the buttons).
     */
    static void refit(Stage stage) {
        Scene scene = stage.getScene();
        if (scene == null || !(scene.getRoot() instanceof Region content)) {
            return;
        }
        double decorationWidth = Math.max(0, stage.getWidth() - scene.getWidth());
        double decorationHeight = Math.max(0, stage.getHeight() - scene.getHeight());
        Rectangle2D screen = WindowPlaces.screenOf(new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight()));
        double width = Math.min(screen.getWidth(), Math.max(stage.getMinWidth(),
                content.prefWidth(-1) + decorationWidth));
        double height = Math.min(screen.getHeight(), Math.max(stage.getMinHeight(),
                content.prefHeight(width - decorationWidth) + decorationHeight));
        stage.setWidth(width);
        stage.setHeight(height);
        // Grown past the screen's bottom: moved up so that the buttons stay in view.
        if (stage.getY() + height > screen.getMaxY()) {
            stage.setY(Math.max(screen.getMinY(), screen.getMaxY() - height));
        }
    }

    /** Input to {@code window} is ignored while {@code dialog} is open; a click brings the dialog forward. */
    private static void block(Window window, Stage dialog) {
        Blocks blocks = (Blocks) window.getProperties().computeIfAbsent(BLOCKS, key -> new Blocks(window));
        blocks.add(dialog);
    }

    private static void unblock(Window window, Stage dialog) {
        if (window.getProperties().get(BLOCKS) instanceof Blocks blocks) {
            blocks.remove(dialog);
        }
    }

    /** The dialogs blocking one window, newest last, and the filters that do it while there are any. */
    private static final class Blocks {
        private final Window window;
        private final List<Stage> dialogs = new ArrayList<>();
        private final EventHandler<InputEvent> input = event -> {
            if (event.getEventType() == MouseEvent.MOUSE_PRESSED) {
                bringForward();
            }
            event.consume();
        };
        private final EventHandler<WindowEvent> close = WindowEvent::consume;
        private final ChangeListener<Boolean> focus = (obs, was, focused) -> {
            if (focused) {
                Platform.runLater(this::bringForward);
            }
        };

        Blocks(Window window) {
            this.window = window;
        }

        void add(Stage dialog) {
            if (dialogs.isEmpty()) {
                window.addEventFilter(InputEvent.ANY, input);
                window.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, close);
                window.focusedProperty().addListener(focus);
            }
            dialogs.add(dialog);
        }

        void remove(Stage dialog) {
            dialogs.remove(dialog);
            if (dialogs.isEmpty()) {
                window.removeEventFilter(InputEvent.ANY, input);
                window.removeEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, close);
                window.focusedProperty().removeListener(focus);
            }
        }

        private void bringForward() {
            if (!dialogs.isEmpty()) {
                Stage top = dialogs.get(dialogs.size() - 1);
                if (top.isShowing()) {
                    top.toFront();
                    top.requestFocus();
                }
            }
        }
    }
}
