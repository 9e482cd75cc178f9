package org.visitplanner.gui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Control;
import javafx.scene.control.MenuItem;
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
