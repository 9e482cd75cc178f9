package org.visitplanner.gui.common;

import java.text.BreakIterator;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.util.Duration;

import org.controlsfx.control.NotificationPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.visitplanner.logic.i18n.Messages;

/**
 * Results the user asked for (a backup made, a restore done, a partnership moved forward), shown in a bar over the
 * window's content where the user is looking, not only in a status bar; the bar goes after a while or when closed.
 */
public final class Notices {

    /** Long enough to read two sentences twice. */
    static final Duration SHOWN_FOR = Duration.seconds(15);
    private static final String TIMER = Notices.class.getName() + ".timer";
    /** Columns (a Latin letter each) a line of the bar holds in the smallest window, 1024 pixels wide. */
    static final int LINE = 90;

    private Notices() {
    }

    /**
     * Gives {@code pane} the app's look for results (from the theme's colours: the library's own sheet names colours
     * the theme does not define, which JavaFX reports at every pulse).
     */
    public static void prepare(NotificationPane pane) {
        if (!pane.getStyleClass().contains("results")) {
            pane.getStyleClass().add("results");
            pane.getStylesheets().add(Notices.class.getResource("/org/visitplanner/gui/notices.css").toExternalForm());
        }
    }

    /** Shows {@code message} in {@code pane}'s bar (replacing the one shown, if any). */
    public static void show(NotificationPane pane, String message) {
        prepare(pane);
        if (pane.getSkin() == null || pane.getScene() == null) {
            // A window just built (after a restore) shows its bar once it is drawn, or the bar would not appear.
            pane.skinProperty().addListener(new InvalidationListener() {
                @Override
                public void invalidated(Observable skin) {
                    pane.skinProperty().removeListener(this);
                    Platform.runLater(() -> show(pane, message));
                }
            });
            return;
        }
        PauseTransition timer = (PauseTransition) pane.getProperties().computeIfAbsent(TIMER, key -> {
            PauseTransition hide = new PauseTransition(SHOWN_FOR);
            hide.setOnFinished(event -> pane.hide());
            return hide;
        });
        pane.show(bySentence(message), new FontIcon("fth-check-circle"));
        timer.playFromStart();
    }

    /**
     * One sentence a line, and a long sentence (a trip's long name, a file's path) over several: the bar does not
     * wrap its text, and cuts a line too long for the window.
     */
    static String bySentence(String message) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Messages.locale());
        sentences.setText(message);
        StringBuilder lines = new StringBuilder();
        int start = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            if (lines.length() > 0) {
                lines.append('\n');
            }
            lines.append(wrapped(message.substring(start, end).strip()));
        }
        return lines.toString();
    }

    /** A sentence in lines of at most {@link #LINE} columns, broken where the language allows (CJK anywhere). */
    private static String wrapped(String sentence) {
        BreakIterator breaks = BreakIterator.getLineInstance(Messages.locale());
        breaks.setText(sentence);
        StringBuilder lines = new StringBuilder();
        int lineStart = 0;
        int lastBreak = 0;
        for (int next = breaks.next(); next != BreakIterator.DONE; next = breaks.next()) {
            if (width(sentence, lineStart, next) > LINE && lastBreak > lineStart) {
                lines.append(sentence, lineStart, lastBreak).append('\n');
                lineStart = lastBreak;
            }
            lastBreak = next;
        }
        return lines.append(sentence.substring(lineStart)).toString().strip();
    }

    /** Columns the text takes: a Chinese character is as wide as two Latin letters. */
    private static int width(String text, int from, int to) {
        int columns = 0;
        for (int i = from; i < to; i++) {
            columns += Character.isIdeographic(text.codePointAt(i)) || text.charAt(i) >= '\u3000' ? 2 : 1;
        }
        return columns;
    }
}
