package org.visitplanner.gui.directory;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.visitplanner.gui.common.Cells;
import org.visitplanner.gui.meeting.InstitutionHistoryView;
import org.visitplanner.logic.i18n.Messages;

/** The institutions of the directory as a table. */
public final class InstitutionsView {

    private final InstitutionsViewModel viewModel;

    @FXML private Label countLabel;
    @FXML private TableView<InstitutionsViewModel.Row> table;
    @FXML private TableColumn<InstitutionsViewModel.Row, String> officialNameColumn;
    @FXML private TableColumn<InstitutionsViewModel.Row, String> englishNameColumn;
    @FXML private TableColumn<InstitutionsViewModel.Row, String> chineseNameColumn;
    @FXML private TableColumn<InstitutionsViewModel.Row, String> cityColumn;
    @FXML private TableColumn<InstitutionsViewModel.Row, String> relationColumn;
    @FXML private javafx.scene.control.SplitPane split;
    @FXML private javafx.scene.Parent history;
    @FXML private InstitutionHistoryView historyController;
    private long wantedId = -1;

    public InstitutionsView(InstitutionsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        officialNameColumn.setCellValueFactory(Cells.text(InstitutionsViewModel.Row::officialName));
        englishNameColumn.setCellValueFactory(Cells.text(InstitutionsViewModel.Row::englishName));
        chineseNameColumn.setCellValueFactory(Cells.text(InstitutionsViewModel.Row::chineseName));
        cityColumn.setCellValueFactory(Cells.text(InstitutionsViewModel.Row::city));
        relationColumn.setCellValueFactory(Cells.text(InstitutionsViewModel.Row::relation));
        table.setItems(viewModel.rows());
        viewModel.rows().addListener((javafx.collections.ListChangeListener<InstitutionsViewModel.Row>) change -> {
            countLabel.setText(Messages.get("institutions.count", viewModel.rows().size()));
            select(wantedId);
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, row) -> {
            if (row != null) {
                wantedId = row.id();
            }
            historyController.show(row == null ? null : row.id());
            showHistory(row != null);
        });
        viewModel.reload();
    }

    /** The history of the chosen institution appears under the table; with none chosen the table has all the room. */
    private void showHistory(boolean shown) {
        if (shown && !split.getItems().contains(history)) {
            split.getItems().add(history);
            split.setDividerPositions(0.45);
        } else if (!shown) {
            split.getItems().remove(history);
        }
    }

    /** Selects an institution (e.g. a search hit), showing its history beside the table. */
    public void select(long institutionId) {
        wantedId = institutionId;
        for (InstitutionsViewModel.Row row : table.getItems()) {
            if (row.id() == institutionId) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
                return;
            }
        }
    }
}
