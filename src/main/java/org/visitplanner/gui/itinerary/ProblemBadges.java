package org.visitplanner.gui.itinerary;

import java.util.Locale;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

import org.kordamp.ikonli.javafx.FontIcon;
import org.visitplanner.logic.itinerary.ItineraryProblem.Severity;

/** The same icon for a severity everywhere: on event blocks, agenda rows and in the problems panel. */
final class ProblemBadges {
    private ProblemBadges() {
    }

    static FontIcon icon(Severity severity) {
        return new FontIcon(switch (severity) {
            case ERROR -> "fth-alert-octagon";
            case WARNING -> "fth-alert-triangle";
            case INFO -> "fth-info";
        });
    }

    /** A badge for an event's worst problem, its tooltip listing every problem of the event. */
    static Label badge(Severity severity, String problems) {
        Label badge = new Label();
        badge.setGraphic(icon(severity));
        badge.getStyleClass().addAll("problem-badge", severity.name().toLowerCase(Locale.ROOT));
        Tooltip tip = new Tooltip(problems);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDelay(Duration.millis(200));
        badge.setTooltip(tip);
        return badge;
    }
}
