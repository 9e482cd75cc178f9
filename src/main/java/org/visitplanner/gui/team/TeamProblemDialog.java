package org.visitplanner.gui.team;

import java.util.Optional;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

import org.visitplanner.gui.common.Dialogs;
import org.visitplanner.logic.i18n.Messages;

/**
 * The team database could not be opened (the server does not answer, the password was not given, the role may not
 * connect…): the sentence, and the ways forward — try again, work on this computer's data instead, or quit.
 */
public final class TeamProblemDialog {

    /** What the user chose. */
    public enum Choice { TRY_AGAIN, USE_LOCAL_DATA, QUIT }

    private TeamProblemDialog() {
    }

    public static Choice show(Window owner, String sentence) {
        Dialog<ButtonType> dialog = Dialogs.create(owner, Messages.get("team.open.header"));
        dialog.getDialogPane().setId("team-problem-dialog");
        dialog.getDialogPane().setContent(Dialogs.text(sentence, null));
        ButtonType tryAgain = new ButtonType(Messages.get("open.tryAgain"), ButtonBar.ButtonData.OK_DONE);
        ButtonType local = new ButtonType(Messages.get("team.dialog.useLocal"), ButtonBar.ButtonData.LEFT);
        ButtonType quit = new ButtonType(Messages.get("open.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(tryAgain, local, quit);
        Optional<ButtonType> chosen = dialog.showAndWait();
        if (chosen.isPresent() && chosen.get() == tryAgain) {
            return Choice.TRY_AGAIN;
        }
        return chosen.isPresent() && chosen.get() == local ? Choice.USE_LOCAL_DATA : Choice.QUIT;
    }

    /** Says what was done and asks whether to work on the team database now. */
    public static boolean confirm(Window owner, String sentence) {
        Dialog<ButtonType> dialog = Dialogs.create(owner, Messages.get("team.copy.doneHeader"));
        dialog.getDialogPane().setContent(Dialogs.text(sentence, null));
        ButtonType open = new ButtonType(Messages.get("team.copy.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType stay = new ButtonType(Messages.get("team.copy.stay"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(open, stay);
        return dialog.showAndWait().filter(open::equals).isPresent();
    }
}
