package org.visitplanner.gui.itinerary;

import javafx.application.Platform;
import javafx.scene.Node;

/**
 * Rebuilds a view's nodes once for all the changes made since it was last drawn: a new week sets its days, events,
 * legs and hours one after the other, and rebuilding (and styling) thousands of blocks for each of them was most of
 * the time a week took to show. The rebuild runs before the next pulse's CSS and layout, so the frame drawn is
 * styled and complete; while the view is hidden (the agenda behind the week, or the other way round) it waits until
 * the view is shown; with no scene (nothing is drawn) it runs at once.
 */
final class Rebuild {

    private final Node view;
    private final Runnable work;
    private boolean pending;
    private final Runnable beforePulse = this::runPending;

    Rebuild(Node view, Runnable work) {
        this.view = view;
        this.work = work;
        view.sceneProperty().addListener((obs, was, scene) -> {
            if (was != null) {
                // Not while a pulse may be going through the listeners.
                Platform.runLater(() -> was.removePreLayoutPulseListener(beforePulse));
            }
            if (scene != null) {
                scene.addPreLayoutPulseListener(beforePulse);
            }
        });
        if (view.getScene() != null) {
            view.getScene().addPreLayoutPulseListener(beforePulse);
        }
        view.visibleProperty().addListener((obs, was, visible) -> {
            if (visible && pending) {
                Platform.requestNextPulse();
            }
        });
    }

    /** Asks for a rebuild: before the next frame, when the view is shown, or now when it is in no scene. */
    void request() {
        if (view.getScene() == null) {
            pending = false;
            work.run();
        } else if (!pending) {
            pending = true;
            Platform.requestNextPulse();
        }
    }

    /** Rebuilds now if a rebuild was asked for (for what needs the nodes at once, e.g. a key pressed). */
    void runPending() {
        if (pending && view.isVisible()) {
            pending = false;
            work.run();
        }
    }
}
