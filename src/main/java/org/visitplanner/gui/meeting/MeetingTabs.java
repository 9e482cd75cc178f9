package org.visitplanner.gui.meeting;

import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.util.StringConverter;

import org.visitplanner.gui.common.Dialogs;
import org.visitplanner.logic.i18n.Messages;

/** What the tabs of a meeting record's window say alike: their titles with a count, the question before a delete. */
final class MeetingTabs {

    private MeetingTabs() {
    }

    /** "Outcomes (3)", or "Outcomes" when there are none. */
    static String counted(String key, int count) {
        return count == 0 ? Messages.get(key) : Messages.get(key) + " (" + count + ")";
    }

    /** Asks {@code question} above the window of {@code from}; true when the user said OK. */
    static boolean confirm(Node from, String question) {
        return Dialogs.ask(from.getScene().getWindow(), null, null, question, ButtonType.OK, ButtonType.CANCEL)
                .filter(ButtonType.OK::equals).isPresent();
    }

    /** An enum's values as the bundle names them (for a ComboBox). */
    static <E extends Enum<E>> StringConverter<E> enumConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : Messages.of(value);
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        };
    }
}
