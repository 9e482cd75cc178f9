package org.visitplanner.gui.backup;

import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.visitplanner.gui.common.Dialogs;
import org.visitplanner.logic.i18n.Messages;

/** Says where a backup was saved and what it holds; offers to save a copy elsewhere or open its folder. */
public final class BackupDoneDialog {

    /** What the user asked for next. */
    public enum Next { CLOSE, SAVE_COPY, OPEN_FOLDER }

    private BackupDoneDialog() {
    }

    public static Next show(Window owner, Path file, String contents) {
        Dialog<ButtonType> dialog = Dialogs.create(owner, Messages.get("backupDone.header"));
        TextField path = new TextField(file.toString());
        path.setEditable(false);
        path.getStyleClass().add("path");
        path.setId("backup-done-path");
        dialog.getDialogPane().setContent(new VBox(10, Dialogs.text(Messages.get("backupDone.text", contents), null),
                path, Dialogs.text(Messages.get("backupDone.explanation"), "explanation")));
        ButtonType saveCopy = new ButtonType(Messages.get("backupDone.saveCopy"), ButtonBar.ButtonData.LEFT);
        ButtonType openFolder = new ButtonType(Messages.get("backupDone.openFolder"), ButtonBar.ButtonData.LEFT);
        ButtonType close = new ButtonType(Messages.get("button.close"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(saveCopy, openFolder, close);
        Optional<ButtonType> chosen = dialog.showAndWait();
        if (chosen.isEmpty() || chosen.get() == close) {
            return Next.CLOSE;
        }
        return chosen.get() == saveCopy ? Next.SAVE_COPY : Next.OPEN_FOLDER;
    }
}
