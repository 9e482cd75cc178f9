package org.visitplanner.gui.backup;

import java.io.File;
import java.util.Optional;
import java.util.function.Function;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.visitplanner.gui.common.Cells;
import org.visitplanner.gui.common.Dialogs;
import org.visitplanner.logic.i18n.Messages;

/** Chooses the backup to restore: those in the backups folder, newest first, or any other backup file. */
public final class RestoreDialog {

    private RestoreDialog() {
    }

    /**
     * Shows the backups and returns the one chosen, confirmed by the user; empty when cancelled.
     *
     * @param explanation what happens to the data now there (saved as a backup, or kept aside when damaged)
     */
    public static Optional<BackupsViewModel.Row> choose(Window owner, BackupsViewModel model, String explanation) {
        Dialog<ButtonType> dialog = Dialogs.create(owner, Messages.get("restore.header"));
        TableView<BackupsViewModel.Row> table = new TableView<>(model.rows());
        table.setId("restore-backups");
        table.getColumns().add(column("backup.column.when", BackupsViewModel.Row::when, 230));
        table.getColumns().add(column("backup.column.kind", BackupsViewModel.Row::kind, 180));
        table.getColumns().add(column("backup.column.contents", BackupsViewModel.Row::contents, 400));
        table.getColumns().add(column("backup.column.size", BackupsViewModel.Row::size, 80));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("restore.none")));
        table.getSelectionModel().selectedItemProperty()
                .addListener((obs, was, row) -> model.selectedProperty().set(row));
        model.selectedProperty().addListener((obs, was, row) -> {
            if (row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
            }
        });

        Button otherFile = new Button(Messages.get("restore.otherFile"));
        otherFile.setId("restore-other-file");
        otherFile.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("restore.otherFile.title"));
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(Messages.get("restore.otherFile.filter"), "*.zip", "*.mv.db"),
                    new FileChooser.ExtensionFilter(Messages.get("restore.otherFile.all"), "*"));
            File file = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (file != null) {
                model.addFile(file.toPath());
            }
        });
        otherFile.disableProperty().bind(model.busyProperty());

        Label problem = Dialogs.text("", "problem");
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(model.problemProperty().isNotEmpty());
        Dialogs.fitWhenChanged(dialog, model.problemProperty());
        VBox content = new VBox(10, Dialogs.text(explanation, "explanation"), table, otherFile, problem);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setMinWidth(980);

        ButtonType restore = new ButtonType(Messages.get("restore.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(restore, cancel);
        Button restoreButton = (Button) dialog.getDialogPane().lookupButton(restore);
        restoreButton.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        restoreButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (!confirm(dialog.getDialogPane().getScene().getWindow(), model.selectedProperty().get())) {
                event.consume();
            }
        });
        model.load();

        Optional<ButtonType> chosen = dialog.showAndWait();
        return chosen.isPresent() && chosen.get() == restore ? Optional.ofNullable(model.selectedProperty().get())
                : Optional.empty();
    }

    private static boolean confirm(Window owner, BackupsViewModel.Row row) {
        ButtonType yes = new ButtonType(Messages.get("restore.apply"), ButtonBar.ButtonData.OK_DONE);
        return Dialogs.ask(owner, null, Messages.get("restore.confirm.header", row.when()),
                Messages.get("restore.confirm.text", BackupsViewModel.describe(row)), yes,
                new ButtonType(Messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE))
                .filter(yes::equals).isPresent();
    }

    private static TableColumn<BackupsViewModel.Row, String> column(String key,
                                                                  Function<BackupsViewModel.Row, String> value,
                                                                  double width) {
        TableColumn<BackupsViewModel.Row, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(Cells.text(value));
        column.setPrefWidth(width);
        return column;
    }
}
