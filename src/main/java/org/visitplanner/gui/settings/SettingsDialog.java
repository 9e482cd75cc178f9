package org.visitplanner.gui.settings;

import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;

import org.visitplanner.gui.common.Dialogs;
import org.visitplanner.gui.common.WorkingDialog;
import org.visitplanner.gui.security.PasswordDialog;
import org.visitplanner.gui.security.PasswordForm;
import org.visitplanner.logic.backup.AutoBackup;
import org.visitplanner.logic.backup.BackupRetention;
import org.visitplanner.logic.i18n.Messages;

/**
 * File → Settings…: where the data lives, its backups, the password that protects it, and the name the change history
 * records.
 */
public final class SettingsDialog {

    /** The window's title, the header and the buttons: what the content leaves of the screen's height. */
    private static final double SPACE_AROUND_CONTENT = 200;

    private final SettingsViewModel model;
    private final Dialog<ButtonType> dialog;

    private SettingsDialog(Window owner, SettingsViewModel model, Runnable backUpNow, Consumer<Path> openFolder) {
        this.model = model;
        this.dialog = Dialogs.create(owner, Messages.get("settings.header"));

        TextField file = path(model.dataFile(), "settings-data-file");
        TextField folder = path("", "settings-backups-folder");
        folder.textProperty().bind(model.backupsFolderProperty());
        Label last = Dialogs.text("", null);
        last.setId("settings-last-backup");
        last.textProperty().bind(model.lastBackupProperty());
        Button open = new Button(Messages.get("settings.backups.open"));
        open.setOnAction(event -> openFolder.accept(model.folder()));
        open.disableProperty().bind(model.backupsFolderProperty().isEmpty());
        Button now = new Button(Messages.get("settings.backups.now"));
        now.setOnAction(event -> {
            backUpNow.run();
            model.load();
        });

        Label status = Dialogs.text("", null);
        status.setId("settings-password-status");
        status.textProperty().bind(Bindings.when(model.encryptedProperty())
                .then(Messages.get("settings.password.on")).otherwise(Messages.get("settings.password.off")));
        Button set = passwordButton("settings.password.set", "settings-password-set", PasswordForm.Purpose.SET);
        Button change = passwordButton("settings.password.change", "settings-password-change",
                PasswordForm.Purpose.CHANGE);
        Button remove = passwordButton("settings.password.remove", "settings-password-remove",
                PasswordForm.Purpose.REMOVE);
        for (Button encryptedOnly : new Button[] {change, remove}) {
            encryptedOnly.visibleProperty().bind(model.encryptedProperty());
            encryptedOnly.managedProperty().bind(model.encryptedProperty());
        }
        set.visibleProperty().bind(model.encryptedProperty().not());
        set.managedProperty().bind(model.encryptedProperty().not());
        Label outcome = Dialogs.text("", "outcome");
        outcome.setId("settings-outcome");
        outcome.textProperty().bind(model.outcomeProperty());
        outcome.managedProperty().bind(model.outcomeProperty().isNotEmpty());
        Label problem = Dialogs.text("", "problem");
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(model.problemProperty().isNotEmpty());

        TextField historyName = new TextField();
        historyName.setId("settings-history-name");
        historyName.setPromptText(SettingsViewModel.computerUser());
        historyName.textProperty().bindBidirectional(model.historyNameProperty());
        historyName.setOnAction(event -> model.saveHistoryName());
        historyName.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                model.saveHistoryName();
            }
        });
        dialog.setOnHidden(event -> model.saveHistoryName());

        VBox content = new VBox(8,
                section("settings.data.title"), file,
                section("settings.backups.title"),
                Dialogs.text(Messages.get("settings.backups.explanation", AutoBackup.INTERVAL.toMinutes(),
                        BackupRetention.KEEP_LAST, BackupRetention.KEEP_DAYS), "explanation"),
                folder, last, new HBox(8, now, open),
                section("settings.password.title"), status,
                Dialogs.text(Messages.get("settings.password.explanation"), "explanation"),
                new HBox(8, set, change, remove),
                historyRow(historyName),
                Dialogs.text(Messages.get("settings.history.explanation", SettingsViewModel.computerUser()),
                        "explanation"),
                outcome, problem);
        content.setPrefWidth(600);
        // On a small screen (1024×700) the sections are taller than the window: they scroll, the buttons stay.
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMaxHeight(Screen.getPrimary().getVisualBounds().getHeight() - SPACE_AROUND_CONTENT);
        scroll.getStyleClass().add("edge-to-edge");
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(Messages.get("button.close"),
                ButtonBar.ButtonData.OK_DONE));
        content.disableProperty().bind(model.busyProperty());
        // Texts arrive after the dialog is shown (read in the background): let it grow to fit them.
        Dialogs.fitWhenChanged(dialog, model.lastBackupProperty(), model.outcomeProperty(), model.problemProperty(),
                model.encryptedProperty());
    }

    /** Shows the settings and waits until they are closed. */
    public static void show(Window owner, SettingsViewModel model, Runnable backUpNow, Consumer<Path> openFolder) {
        SettingsDialog settings = new SettingsDialog(owner, model, backUpNow, openFolder);
        model.load();
        settings.dialog.showAndWait();
    }

    private Button passwordButton(String key, String id, PasswordForm.Purpose purpose) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setOnAction(event -> askPassword(new PasswordForm(purpose)));
        return button;
    }

    /** Asks for the passwords, then re-encrypts in the background; a wrong current password asks again. */
    private void askPassword(PasswordForm form) {
        Window window = dialog.getDialogPane().getScene().getWindow();
        if (!PasswordDialog.show(window, form)) {
            return;
        }
        WorkingDialog working = WorkingDialog.show(window, Messages.get("settings.password.working"));
        model.changePassword(form, working::close, this::askPassword);
    }

    /** The section's title and the name on one line: the dialog is already tall. */
    private static HBox historyRow(TextField historyName) {
        HBox row = new HBox(12, section("settings.history.title"), historyName);
        row.setAlignment(Pos.BASELINE_LEFT);
        HBox.setHgrow(historyName, Priority.ALWAYS);
        return row;
    }

    private static Label section(String key) {
        Label title = new Label(Messages.get(key));
        title.getStyleClass().add("section-title");
        return title;
    }

    private static TextField path(String text, String id) {
        TextField path = new TextField(text);
        path.setEditable(false);
        path.setId(id);
        path.getStyleClass().add("path");
        return path;
    }
}
