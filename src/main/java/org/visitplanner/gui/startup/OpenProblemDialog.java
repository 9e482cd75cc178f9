package org.visitplanner.gui.startup;

import java.util.Optional;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.visitplanner.gui.common.Dialogs;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.i18n.Messages;

/**
 * Why the data could not be opened, in one sentence, and the ways forward: try again (it is open elsewhere, the
 * folder is read-only, the disk is full), restore a backup (it is damaged), or quit. Nothing is changed until the
 * user chooses.
 */
public final class OpenProblemDialog {

    /** What the user chose. */
    public enum Choice { TRY_AGAIN, RESTORE_LATEST, CHOOSE_BACKUP, START_AFRESH, QUIT }

    private OpenProblemDialog() {
    }

    /**
     * @param latestBackup how the newest backup reads ("8 December 2025 10:15 · Automatic · …"), or null when there
     *                     is none; offered for damaged data only
     */
    public static Choice show(Window owner, DataProblem.Kind kind, String sentence, String latestBackup) {
        Dialog<ButtonType> dialog = Dialogs.create(owner, Messages.get("app.cannotOpen"));
        VBox content = new VBox(10, Dialogs.text(sentence, null));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("open-problem");
        dialog.getDialogPane().setMinWidth(680);
        var buttons = dialog.getDialogPane().getButtonTypes();
        ButtonType tryAgain = new ButtonType(Messages.get("open.tryAgain"), ButtonBar.ButtonData.OK_DONE);
        ButtonType restoreLatest = new ButtonType(Messages.get("open.restoreLatest"), ButtonBar.ButtonData.OK_DONE);
        ButtonType choose = new ButtonType(Messages.get("open.chooseBackup"), ButtonBar.ButtonData.LEFT);
        ButtonType afresh = new ButtonType(Messages.get("open.startAfresh"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(Messages.get("open.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        switch (kind) {
            case CORRUPT -> {
                if (latestBackup != null) {
                    content.getChildren().add(Dialogs.text(Messages.get("open.damaged.latest", latestBackup),
                            "explanation"));
                    buttons.addAll(restoreLatest, choose);
                } else {
                    content.getChildren().add(Dialogs.text(Messages.get("open.damaged.noBackup"), "explanation"));
                    buttons.addAll(afresh, choose);
                }
                content.getChildren().add(Dialogs.text(Messages.get("open.damaged.keptAside"), "explanation"));
            }
            case NEWER_SCHEMA -> {
                // Nothing to try again: only a newer Visit Planner can open it.
            }
            case LOCKED -> {
                content.getChildren().add(Dialogs.text(Messages.get("open.locked.explanation"), "explanation"));
                buttons.add(tryAgain);
            }
            default -> buttons.add(tryAgain);
        }
        buttons.add(quit);

        Optional<ButtonType> chosen = dialog.showAndWait();
        if (chosen.isEmpty() || chosen.get() == quit) {
            return Choice.QUIT;
        }
        ButtonType button = chosen.get();
        if (button == tryAgain) {
            return Choice.TRY_AGAIN;
        }
        if (button == restoreLatest) {
            return Choice.RESTORE_LATEST;
        }
        return button == choose ? Choice.CHOOSE_BACKUP : Choice.START_AFRESH;
    }
}
