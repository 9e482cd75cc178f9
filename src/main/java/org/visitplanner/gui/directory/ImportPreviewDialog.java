package org.visitplanner.gui.directory;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.visitplanner.gui.common.Cells;
import org.visitplanner.logic.directory.DirectoryCsv;
import org.visitplanner.logic.i18n.Messages;

/** Shows what an import would add, update and reject (with the reason), before anything is written. */
public final class ImportPreviewDialog {

    private final DirectoryCsv.Preview preview;

    @FXML private Label summaryLabel;
    @FXML private Label fileNotesLabel;
    @FXML private Tab notesTab;
    @FXML private TableView<DirectoryCsv.Note> notesTable;
    @FXML private TableColumn<DirectoryCsv.Note, String> notesLineColumn;
    @FXML private TableColumn<DirectoryCsv.Note, String> notesTextColumn;
    @FXML private TabPane tabs;
    @FXML private Tab addedTab;
    @FXML private Tab updatedTab;
    @FXML private Tab rejectedTab;
    @FXML private TableView<DirectoryCsv.Change> addedTable;
    @FXML private TableColumn<DirectoryCsv.Change, String> addedLineColumn;
    @FXML private TableColumn<DirectoryCsv.Change, String> addedNameColumn;
    @FXML private TableColumn<DirectoryCsv.Change, String> addedDetailColumn;
    @FXML private TableView<DirectoryCsv.Change> updatedTable;
    @FXML private TableColumn<DirectoryCsv.Change, String> updatedLineColumn;
    @FXML private TableColumn<DirectoryCsv.Change, String> updatedNameColumn;
    @FXML private TableColumn<DirectoryCsv.Change, String> updatedDetailColumn;
    @FXML private TableView<DirectoryCsv.Rejected> rejectedTable;
    @FXML private TableColumn<DirectoryCsv.Rejected, String> rejectedLineColumn;
    @FXML private TableColumn<DirectoryCsv.Rejected, String> rejectedReasonColumn;

    public ImportPreviewDialog(DirectoryCsv.Preview preview) {
        this.preview = preview;
    }

    @FXML
    private void initialize() {
        summaryLabel.setText(Messages.get(preview.what() == DirectoryCsv.What.INSTITUTIONS
                ? "directory.import.whatInstitutions" : "directory.import.whatContacts", preview.source())
                + "\n" + DirectoryFilesViewModel.summary(preview));
        showDetailHeader();
        addedLineColumn.setCellValueFactory(Cells.text(c -> Integer.toString(c.line())));
        addedNameColumn.setCellValueFactory(Cells.text(DirectoryCsv.Change::name));
        addedDetailColumn.setCellValueFactory(Cells.text(DirectoryCsv.Change::detail));
        addedTable.getItems().setAll(preview.added());
        updatedLineColumn.setCellValueFactory(Cells.text(c -> Integer.toString(c.line())));
        updatedNameColumn.setCellValueFactory(Cells.text(DirectoryCsv.Change::name));
        updatedDetailColumn.setCellValueFactory(Cells.text(DirectoryCsv.Change::detail));
        updatedTable.getItems().setAll(preview.updated());
        rejectedLineColumn.setCellValueFactory(Cells.text(r -> Integer.toString(r.line())));
        rejectedReasonColumn.setCellValueFactory(Cells.text(DirectoryCsv.Rejected::reason));
        rejectedTable.getItems().setAll(preview.rejected());
        // How the file was read and which columns are ignored, above everything; values cut, by row.
        boolean fileNotes = !preview.notes().isEmpty();
        fileNotesLabel.setText(String.join("\n", preview.notes()));
        fileNotesLabel.setVisible(fileNotes);
        fileNotesLabel.setManaged(fileNotes);
        notesLineColumn.setCellValueFactory(Cells.text(n -> Integer.toString(n.line())));
        notesTextColumn.setCellValueFactory(Cells.text(DirectoryCsv.Note::text));
        notesTable.getItems().setAll(preview.rowNotes());
        notesTab.setText(Messages.get("directory.import.notesTab", preview.rowNotes().size()));
        if (preview.rowNotes().isEmpty()) {
            tabs.getTabs().remove(notesTab);
        }
        addedTab.setText(Messages.get("directory.import.added", preview.added().size()));
        updatedTab.setText(Messages.get("directory.import.updated", preview.updated().size()));
        rejectedTab.setText(Messages.get("directory.import.rejected", preview.rejected().size()));
        if (preview.added().isEmpty() && preview.updated().isEmpty() && !preview.rejected().isEmpty()) {
            tabs.getSelectionModel().select(rejectedTab);
        } else if (preview.added().isEmpty() && !preview.updated().isEmpty()) {
            tabs.getSelectionModel().select(updatedTab);
        }
    }

    /** Added institutions show their city, added contacts their institution. */
    private void showDetailHeader() {
        addedDetailColumn.setText(Messages.get(preview.what() == DirectoryCsv.What.INSTITUTIONS
                ? "institutions.column.city" : "people.column.institution"));
    }
}
