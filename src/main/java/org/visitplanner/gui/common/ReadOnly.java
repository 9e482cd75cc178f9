package org.visitplanner.gui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;

import org.visitplanner.logic.i18n.Messages;

/**
 * A page as a reader of a team database sees it ({@link AppState#readOnlyProperty()}, the one source): the commands
 * that change data are disabled, the fields show their values as text that can be selected and copied but not
 * changed, and an edit tried anyway (a shortcut, a double-click, the Delete key) gets one sentence instead of a form.
 */
public final class ReadOnly {

    private ReadOnly() {
    }

    /** {@code commands} (buttons, check boxes, choice boxes) are disabled while the data may only be read. */
    public static void commands(AppState state, Control... commands) {
        for (Control command : commands) {
            command.disableProperty().bind(state.readOnlyProperty());
        }
    }

    /** {@code commands} are disabled while the data may only be read, and otherwise while {@code otherwise} holds. */
    public static void commands(AppState state, ObservableBooleanValue otherwise, Control... commands) {
        for (Control command : commands) {
            command.disableProperty().bind(state.readOnlyProperty().or(otherwise));
        }
    }

    /** Menu items that change data: as {@link #commands(AppState, Control...)}. */
    public static void items(AppState state, MenuItem... items) {
        for (MenuItem item : items) {
            item.disableProperty().bind(state.readOnlyProperty());
        }
    }

    /** Menu items that change data: as {@link #commands(AppState, ObservableBooleanValue, Control...)}. */
    public static void items(AppState state, ObservableBooleanValue otherwise, MenuItem... items) {
        for (MenuItem item : items) {
            item.disableProperty().bind(state.readOnlyProperty().or(otherwise));
        }
    }

    /**
     * The fields of a form: text inputs stay readable and selectable but cannot be changed; controls without such a
     * mode (a choice box) are disabled.
     */
    public static void fields(AppState state, Control... fields) {
        for (Control field : fields) {
            if (field instanceof TextInputControl input) {
                input.editableProperty().bind(state.readOnlyProperty().not());
            } else {
                field.disableProperty().bind(state.readOnlyProperty());
            }
        }
    }

    /**
     * A dialog opened to read a record (an event, a travel leg) when the data may only be read: its text stays
     * readable and selectable and its choices cannot be changed (its save button is the caller's: bind it with
     * {@link AppState#readOnlyProperty()}). Lists stay enabled, so that they can be scrolled through.
     */
    public static void dialog(AppState state, Dialog<?> dialog) {
        if (!state.isReadOnly()) {
            return;
        }
        for (Node node : dialog.getDialogPane().getContent().lookupAll("*")) {
            if (node instanceof TextInputControl input) {
                input.setEditable(false);
            } else if (node instanceof ButtonBase || node instanceof ComboBoxBase<?> || node instanceof ChoiceBox<?>
                    || node instanceof Spinner<?>) {
                node.setDisable(true);
            }
        }
    }

    /**
     * True, after telling the user in one sentence why, when the data may only be read: the guard of an edit reached
     * other than by a disabled command (Ctrl+N, Enter, Delete, a double-click).
     */
    public static boolean refused(AppState state) {
        if (state.isReadOnly()) {
            state.announce(Messages.get("team.readOnly.notice"));
            return true;
        }
        return false;
    }

    /** {@code edit}, run only when the data may be changed (else the sentence of {@link #refused(AppState)}). */
    public static Runnable unlessRefused(AppState state, Runnable edit) {
        return () -> {
            if (!refused(state)) {
                edit.run();
            }
        };
    }
}
