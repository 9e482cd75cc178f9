package org.visitplanner.gui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

import org.controlsfx.control.NotificationPane;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Results the user asked for (a backup made, a restore done, a partnership moved forward), shown in a bar over the
 * window's content where the user is looking, not only in a status bar; the bar goes after a while or when closed.
 */
public final class Notices {

    /** Long enough to read two sentences twice. */
    static final Duration SHOWN_FOR = Duration.seconds(15);
    private static final String TIMER = Notices.class.getName() + ".timer";

    private Notices() {
    }

    /** Shows {@code message} in {@code pane}'s bar (replacing the one shown, if any). */
    public static void show(NotificationPane pane, String message) {
        if (!pane.getStyleClass().contains("results")) {
            pane.getStyleClass().add("results");
            pane.getStylesheets().add(Notices.class.getResource("/org/visitplanner/gui/notices.css").toExternalForm());
        }
        PauseTransition timer = (PauseTransition) pane.getProperties().computeIfAbsent(TIMER, key -> {
            PauseTransition hide = new PauseTransition(SHOWN_FOR);
            hide.setOnFinished(event -> pane.hide());
            return hide;
        });
        pane.show(message, new FontIcon("fth-check-circle"));
        timer.playFromStart();
    }
}
