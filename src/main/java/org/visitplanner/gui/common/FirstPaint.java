package org.visitplanner.gui.common;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Calls back once what a scene shows now has been drawn: after the next layout pulse (which hands the frame to the
 * renderer) and one more pulse (which starts only once that frame is rendered). Start-up measurements use it.
 */
public final class FirstPaint {

    private FirstPaint() {
    }

    /** Runs {@code then} on the FX thread once the scene's current content is on the screen. */
    public static void then(Scene scene, Runnable then) {
        int[] pulses = {0};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            pulses[0]++;
            if (pulses[0] == 1) {
                Platform.requestNextPulse();
            } else if (pulses[0] == 2) {
                // Removed outside the pulse, which may be going through its listeners.
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(listener[0]);
                    then.run();
                });
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
