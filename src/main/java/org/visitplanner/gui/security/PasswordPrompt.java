package org.visitplanner.gui.security;

import java.util.Optional;

import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.visitplanner.gui.common.Dialogs;
import org.visitplanner.logic.i18n.Messages;

/**
 * Asks for the password that opens the data (at start) or a backup. A wrong password is said in the dialog, which
 * asks again; at start it also offers to restore a backup (an encrypted file that no password opens may be
 * damaged).
 */
public final class PasswordPrompt {

    /** What the user chose. */
    public enum Choice { OPEN, RESTORE, QUIT }

    /** The choice, with the password typed when it is {@link Choice#OPEN}. */
    public record Answer(Choice choice, char[] password) {
    }

    private PasswordPrompt() {
    }

    /**
     * Shows the dialog and waits for the answer.
     *
     * @param what        the sentence saying what is protected ("Your data in … is protected by a password.")
     * @param wrong       whether the last password typed was wrong (then said in red)
     * @param offerRestore whether to offer "Restore a backup…"
     * @param cancelLabel the key of the button that gives up ("Quit" at start, "Cancel" for a backup)
     */
    public static Answer ask(Window owner, String what, boolean wrong, boolean offerRestore, String cancelLabel) {
        Dialog<ButtonType> dialog = Dialogs.create(owner, Messages.get("password.prompt.header"));
        PasswordField field = new PasswordField();
        field.setPromptText(Messages.get("password.prompt.field"));
        field.setId("password-prompt-field");
        Label problem = Dialogs.text(wrong ? Messages.get("password.prompt.wrong") : "", "problem");
        problem.setId("password-prompt-problem");
        problem.setManaged(wrong);
        VBox content = new VBox(10, Dialogs.text(what, null), field, problem,
                Dialogs.text(Messages.get("password.prompt.forgotten"), "explanation"));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(640);

        ButtonType open = new ButtonType(Messages.get("password.prompt.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType restore = new ButtonType(Messages.get("password.prompt.restore"), ButtonBar.ButtonData.LEFT);
        ButtonType cancel = new ButtonType(Messages.get(cancelLabel), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(open);
        if (offerRestore) {
            dialog.getDialogPane().getButtonTypes().add(restore);
        }
        dialog.getDialogPane().getButtonTypes().add(cancel);
        dialog.getDialogPane().lookupButton(open).disableProperty().bind(field.textProperty().isEmpty());
        Platform.runLater(field::requestFocus);

        Optional<ButtonType> chosen = dialog.showAndWait();
        if (chosen.isPresent() && chosen.get() == open) {
            char[] password = field.getText().toCharArray();
            field.clear();
            return new Answer(Choice.OPEN, password);
        }
        field.clear();
        return new Answer(chosen.isPresent() && chosen.get() == restore ? Choice.RESTORE : Choice.QUIT, null);
    }
}
