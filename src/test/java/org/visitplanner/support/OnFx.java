package org.visitplanner.support;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.testfx.util.WaitForAsyncUtils;

/**
 * The one way UI tests look at the scene: every lookup and every assertion runs on the JavaFX application thread,
 * because a lookup from the test thread while the FX thread changes the scene fails inside {@code Parent.lookupAll}
 * on a loaded machine. Waits wait for a state, never for a time.
 */
public final class OnFx {

    /** How long a state may take to come on a slow, loaded machine before the test fails. */
    public static final long DEFAULT_TIMEOUT_SECONDS = 60;

    private OnFx() {
    }

    /** Runs {@code query} on the FX thread and returns its result (an assertion inside it fails the test). */
    public static <T> T get(Callable<T> query) {
        if (Platform.isFxApplicationThread()) {
            try {
                return query.call();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return WaitForAsyncUtils.asyncFx(query).get(DEFAULT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new AssertionError("the JavaFX thread did not answer within " + DEFAULT_TIMEOUT_SECONDS + " s", e);
        }
    }

    /** Runs {@code action} on the FX thread (to check or change the scene) and waits until it has run. */
    public static void run(Runnable action) {
        get(() -> {
            action.run();
            return null;
        });
    }

    /**
     * What the screen shows, for the message of a wait that timed out: every window that shows (its kind, title,
     * place and size, whether it has the focus, and its focused node), so that a failure on a machine nobody can
     * look at explains itself.
     */
    static String whatShows() {
        try {
            return get(() -> Window.getWindows().stream().filter(Window::isShowing).map(window -> {
                String title = window instanceof Stage stage ? " \"" + stage.getTitle() + "\"" : "";
                Scene scene = window.getScene();
                Node focus = scene == null ? null : scene.getFocusOwner();
                return window.getClass().getSimpleName() + title
                        + String.format(" at %.0f,%.0f %.0f×%.0f", window.getX(), window.getY(), window.getWidth(),
                                window.getHeight())
                        + (window.isFocused() ? " focused" : "")
                        + (scene == null ? "" : " (" + scene.getRoot().lookupAll(".schedule-event").size()
                                + " week blocks" + (focus == null ? "" : ", focus on " + focus) + ", texts: "
                                + texts(scene.getRoot()) + ")");
            }).collect(Collectors.joining("; ", "windows: ", "")));
        } catch (RuntimeException | AssertionError e) {
            return "the JavaFX thread did not answer";
        }
    }

    /** The first texts a window shows (a message, a status line), shortened. */
    private static String texts(Parent root) {
        String all = root.lookupAll(".label").stream().filter(node -> node instanceof Labeled && node.isVisible())
                .map(node -> ((Labeled) node).getText())
                .filter(text -> text != null && !text.isBlank()).collect(Collectors.joining(" | "));
        return all.length() <= 400 ? all : all.substring(0, 400) + "…";
    }

    /** Waits until {@code state}, evaluated on the FX thread, holds; then lets pending FX events run. */
    public static void waitUntil(BooleanSupplier state) {
        waitUntil(DEFAULT_TIMEOUT_SECONDS, state);
    }

    /** Waits at most {@code seconds} until {@code state}, evaluated on the FX thread, holds. */
    public static void waitUntil(long seconds, BooleanSupplier state) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> get(state::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("the window did not reach the expected state within " + seconds + " s; "
                    + whatShows(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
