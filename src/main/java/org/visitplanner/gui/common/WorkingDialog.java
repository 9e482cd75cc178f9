package org.visitplanner.gui.common;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

import org.visitplanner.logic.i18n.Messages;

/** A small window saying what is being done, over the window it blocks, until the work ends. */
public final class WorkingDialog {

    private final Stage stage = new Stage(StageStyle.UTILITY);

    private WorkingDialog(Window owner, String message) {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(32, 32);
        Label label = Dialogs.text(message, "working-message");
        HBox box = new HBox(16, progress, label);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(20, 24, 20, 24));
        box.getStyleClass().add("working-dialog");
        Scene scene = new Scene(box);
        scene.getStylesheets().add(Dialogs.stylesheet());
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.name"));
        if (owner != null) {
            stage.initOwner(owner);
        }
        DialogWindows.prepare(stage);
        stage.setResizable(false);
        stage.setOnCloseRequest(event -> event.consume()); // the work cannot be abandoned half-way
    }

    /** Shows the dialog (without waiting); close it with {@link #close()} when the work is done. */
    public static WorkingDialog show(Window owner, String message) {
        WorkingDialog dialog = new WorkingDialog(owner, message);
        dialog.stage.show();
        return dialog;
    }

    public void close() {
        stage.setOnCloseRequest(null);
        stage.close();
    }
}
