package org.visitplanner.gui.directory;

import java.text.Collator;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;

import org.visitplanner.gui.common.Cells;
import org.visitplanner.gui.common.Dialogs;
import org.visitplanner.gui.common.Page;
import org.visitplanner.gui.common.ReadOnly;
import org.visitplanner.logic.i18n.Messages;

/** The institutions: a filterable table, and beside it the detail form of the selected one (its own view). */
public final class InstitutionsView implements Page {

    private final InstitutionsViewModel viewModel;
    private final InstitutionFormViewModel form;

    @FXML private BorderPane root;
    @FXML private Label countLabel;
    @FXML private Button newButton;
    @FXML private Button deleteButton;
    @FXML private TextField searchField;
    @FXML private ComboBox<InstitutionsViewModel.StatusFilter> statusFilter;
    @FXML private TableView<InstitutionsViewModel.Row> table;
    @FXML private TableColumn<InstitutionsViewModel.Row, String> officialNameColumn;
    @FXML private TableColumn<InstitutionsViewModel.Row, String> chineseNameColumn;
    @FXML private TableColumn<InstitutionsViewModel.Row, String> cityColumn;
    @FXML private TableColumn<InstitutionsViewModel.Row, String> statusColumn;

    /** The detail form beside the list (InstitutionDetailView.fxml). */
    @FXML private InstitutionDetailView detailController;

    public InstitutionsView(InstitutionsViewModel viewModel) {
        this.viewModel = viewModel;
        this.form = viewModel.form();
    }

    @FXML
    private void initialize() {
        setUpTable();
        detailController.attach(viewModel);
        form.draftProperty().addListener((obs, was, draft) -> {
            if (draft) {
                table.getSelectionModel().clearSelection();
                detailController.focusFirstField();
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN).match(event)) {
                newInstitution();
                event.consume();
            }
        });
        viewModel.reload();
    }

    private void setUpTable() {
        Collator collator = Collator.getInstance(Messages.locale());
        collator.setStrength(Collator.SECONDARY);
        officialNameColumn.setCellValueFactory(Cells.text(InstitutionsViewModel.Row::officialName));
        chineseNameColumn.setCellValueFactory(Cells.text(InstitutionsViewModel.Row::chineseName));
        cityColumn.setCellValueFactory(Cells.text(InstitutionsViewModel.Row::city));
        statusColumn.setCellValueFactory(Cells.text(InstitutionsViewModel.Row::statusText));
        for (TableColumn<InstitutionsViewModel.Row, String> column : List.of(officialNameColumn,
                chineseNameColumn, cityColumn, statusColumn)) {
            column.setComparator(collator::compare);
        }
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(InstitutionsViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(empty || row == null || row.statusText().isEmpty() ? null
                        : new Tooltip(row.officialName() + "\n" + row.statusText()));
            }
        });
        table.setItems(viewModel.rows());
        viewModel.rows().comparatorProperty().bind(table.comparatorProperty());
        table.getSortOrder().add(officialNameColumn);
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, row) -> {
            viewModel.select(row == null ? null : row.id());
            detailController.showHistory(row == null ? null : row.id());
        });
        viewModel.rows().addListener((ListChangeListener<InstitutionsViewModel.Row>) change ->
                reselect());
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DELETE && !table.getSelectionModel().isEmpty()) {
                ReadOnly.unlessRefused(viewModel.state(), this::deleteInstitution).run();
                event.consume();
            }
        });
        countLabel.textProperty().bind(viewModel.countProperty());
        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        statusFilter.setItems(viewModel.statusFilters());
        statusFilter.valueProperty().bindBidirectional(viewModel.statusFilterProperty());
        ReadOnly.commands(viewModel.state(), newButton);
        ReadOnly.commands(viewModel.state(), table.getSelectionModel().selectedItemProperty().isNull(), deleteButton);
    }

    /**
     * Shows institution {@code institutionId} (a search hit, a link from elsewhere): the filters are cleared when
     * they hide it, and its history tab is opened.
     */
    public void select(long institutionId) {
        if (viewModel.rows().stream().noneMatch(r -> r.id() == institutionId)) {
            viewModel.searchProperty().set("");
            if (!viewModel.statusFilters().isEmpty()) {
                viewModel.statusFilterProperty().set(viewModel.statusFilters().get(0));
            }
        }
        viewModel.select(institutionId);
        reselect();
        detailController.openHistory();
    }

    private void reselect() {
        Long id = viewModel.selectedId();
        if (id == null) {
            return;
        }
        viewModel.rows().stream().filter(r -> r.id() == id).findFirst().ifPresent(row -> {
            if (table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
                scrollToIfHidden(table.getItems().indexOf(row));
            }
        });
    }

    /**
     * Brings row {@code index} into sight only when it is not already shown: a reload (a colleague's change on a
     * team database) must not move the list under the user's eyes.
     */
    private void scrollToIfHidden(int index) {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            IndexedCell<?> first = flow.getFirstVisibleCell();
            IndexedCell<?> last = flow.getLastVisibleCell();
            if (first != null && last != null && index > first.getIndex() && index < last.getIndex()) {
                return; // shown whole (the first and last rows may be cut by the edges)
            }
        }
        table.scrollTo(index);
    }

    private boolean confirm(String question, String details) {
        return Dialogs.confirm(root.getScene().getWindow(), question, details, Messages.get("directory.action.delete"));
    }

    @FXML
    private void newInstitution() {
        viewModel.newInstitution();
    }

    @FXML
    private void deleteInstitution() {
        viewModel.deleteSelected(this::confirm);
    }

    @Override
    public void focusContent() {
        table.requestFocus();
    }

    @Override
    public void createNew() {
        newInstitution();
    }
}
