package org.visitplanner.gui.followup;

import java.io.File;
import java.time.LocalDate;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.stage.FileChooser;

import org.kordamp.ikonli.javafx.FontIcon;
import org.visitplanner.gui.common.Cells;
import org.visitplanner.gui.common.Page;
import org.visitplanner.gui.common.ReadOnly;
import org.visitplanner.gui.meeting.MeetingRecords;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.ActionStatus;

/** The Follow-ups page: filters above a table of action items; tick to mark done; export as CSV. */
public final class FollowUpsView implements Page {

    private final FollowUpsViewModel viewModel;
    private final MeetingRecords meetingRecords;

    @FXML private Label countLabel;
    @FXML private ComboBox<FollowUpsViewModel.Choice> ownerBox;
    @FXML private ComboBox<FollowUpsViewModel.Choice> institutionBox;
    @FXML private ComboBox<FollowUpsViewModel.Choice> tripBox;
    @FXML private ComboBox<FollowUpsViewModel.StatusChoice> statusBox;
    @FXML private ComboBox<FollowUpsViewModel.DueChoice> dueBox;
    @FXML private TableView<FollowUpsViewModel.Row> table;
    @FXML private TableColumn<FollowUpsViewModel.Row, FollowUpsViewModel.Row> doneColumn;
    @FXML private TableColumn<FollowUpsViewModel.Row, String> actionColumn;
    @FXML private TableColumn<FollowUpsViewModel.Row, String> ownerColumn;
    @FXML private TableColumn<FollowUpsViewModel.Row, FollowUpsViewModel.Row> dueColumn;
    @FXML private TableColumn<FollowUpsViewModel.Row, String> statusColumn;
    @FXML private TableColumn<FollowUpsViewModel.Row, String> institutionColumn;
    @FXML private TableColumn<FollowUpsViewModel.Row, String> meetingColumn;
    @FXML private TableColumn<FollowUpsViewModel.Row, String> tripColumn;

    public FollowUpsView(FollowUpsViewModel viewModel, MeetingRecords meetingRecords) {
        this.viewModel = viewModel;
        this.meetingRecords = meetingRecords;
    }

    /** Shows one action item, whatever the filters say. */
    public void reveal(long actionId) {
        viewModel.reveal(actionId);
    }

    @FXML
    private void initialize() {
        countLabel.textProperty().bind(viewModel.countProperty());
        ownerBox.setItems(viewModel.owners());
        ownerBox.valueProperty().bindBidirectional(viewModel.ownerProperty());
        institutionBox.setItems(viewModel.institutions());
        institutionBox.valueProperty().bindBidirectional(viewModel.institutionProperty());
        tripBox.setItems(viewModel.trips());
        tripBox.valueProperty().bindBidirectional(viewModel.tripProperty());
        statusBox.setItems(viewModel.statuses());
        statusBox.valueProperty().bindBidirectional(viewModel.statusProperty());
        dueBox.setItems(viewModel.dues());
        dueBox.valueProperty().bindBidirectional(viewModel.dueProperty());

        doneColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        doneColumn.setCellFactory(column -> new DoneCell());
        actionColumn.setCellValueFactory(Cells.text(FollowUpsViewModel.Row::action));
        actionColumn.setCellFactory(column -> wrappingCell());
        ownerColumn.setCellValueFactory(Cells.text(FollowUpsViewModel.Row::owner));
        dueColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        dueColumn.setCellFactory(column -> new DueCell());
        statusColumn.setCellValueFactory(Cells.text(FollowUpsViewModel.Row::status));
        institutionColumn.setCellValueFactory(Cells.text(FollowUpsViewModel.Row::institution));
        meetingColumn.setCellValueFactory(Cells.text(FollowUpsViewModel.Row::meeting));
        meetingColumn.setCellFactory(column -> wrappingCell());
        tripColumn.setCellValueFactory(Cells.text(FollowUpsViewModel.Row::trip));
        table.setItems(viewModel.rows());
        table.setRowFactory(view -> {
            TableRow<FollowUpsViewModel.Row> row = new TableRow<>() {
                @Override
                protected void updateItem(FollowUpsViewModel.Row item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeAll("overdue-row", "closed-row");
                    if (!empty && item != null) {
                        if (item.overdue()) {
                            getStyleClass().add("overdue-row");
                        } else if (item.followUp().item().status() != ActionStatus.OPEN) {
                            getStyleClass().add("closed-row");
                        }
                    }
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    meetingRecords.open(row.getItem().followUp().eventId());
                }
            });
            row.contextMenuProperty().bind(Bindings.when(row.emptyProperty())
                    .then((ContextMenu) null).otherwise(menu(row)));
            return row;
        });
        viewModel.selectedActionProperty().addListener((obs, was, id) -> select(id.longValue()));
        viewModel.rows().addListener((ListChangeListener<FollowUpsViewModel.Row>) change ->
                select(viewModel.selectedActionProperty().get()));
        viewModel.reload();
    }

    private void select(long actionId) {
        if (actionId < 0) {
            return;
        }
        for (FollowUpsViewModel.Row row : table.getItems()) {
            if (row.actionId() == actionId) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
                return;
            }
        }
    }

    private ContextMenu menu(TableRow<FollowUpsViewModel.Row> row) {
        MenuItem open = new MenuItem(Messages.get("followups.menu.open"));
        open.setOnAction(event -> meetingRecords.open(row.getItem().followUp().eventId()));
        MenuItem done = new MenuItem(Messages.get("followups.menu.done"));
        done.setOnAction(event -> viewModel.setStatus(row.getItem(), ActionStatus.DONE));
        MenuItem dropped = new MenuItem(Messages.get("followups.menu.dropped"));
        dropped.setOnAction(event -> viewModel.setStatus(row.getItem(), ActionStatus.DROPPED));
        MenuItem reopen = new MenuItem(Messages.get("followups.menu.reopen"));
        reopen.setOnAction(event -> viewModel.setStatus(row.getItem(), ActionStatus.OPEN));
        ReadOnly.items(viewModel.state(), done, dropped, reopen);
        return new ContextMenu(open, new SeparatorMenuItem(), done, dropped, reopen);
    }

    @FXML
    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("followups.export"));
        chooser.setInitialFileName(Messages.get("followups.export.fileName", LocalDate.now().toString()) + ".csv");
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(Messages.get("followups.export.csv"), "*.csv"));
        File file = chooser.showSaveDialog(table.getScene().getWindow());
        if (file != null) {
            viewModel.export(file.toPath());
        }
    }

    private final class DoneCell extends TableCell<FollowUpsViewModel.Row, FollowUpsViewModel.Row> {
        private final CheckBox check = new CheckBox();
        private final BooleanProperty dropped = new SimpleBooleanProperty();

        DoneCell() {
            ReadOnly.commands(viewModel.state(), dropped, check);
            check.setOnAction(event -> {
                FollowUpsViewModel.Row row = getItem();
                if (row != null) {
                    viewModel.setStatus(row, check.isSelected() ? ActionStatus.DONE : ActionStatus.OPEN);
                }
            });
        }

        @Override
        protected void updateItem(FollowUpsViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
            } else {
                check.setSelected(row.followUp().item().status() == ActionStatus.DONE);
                dropped.set(row.followUp().item().status() == ActionStatus.DROPPED);
                setGraphic(check);
            }
        }
    }

    private static final class DueCell extends TableCell<FollowUpsViewModel.Row, FollowUpsViewModel.Row> {
        @Override
        protected void updateItem(FollowUpsViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("overdue");
            setGraphic(null);
            setTooltip(null);
            if (empty || row == null) {
                setText(null);
            } else {
                setText(row.due());
                if (row.overdue()) {
                    // Not by colour alone: an icon and a tooltip say it too.
                    getStyleClass().add("overdue");
                    setGraphic(new FontIcon("fth-alert-circle"));
                    setTooltip(new Tooltip(Messages.get("followups.overdue", row.due())));
                }
            }
        }
    }

    private static TableCell<FollowUpsViewModel.Row, String> wrappingCell() {
        TableCell<FollowUpsViewModel.Row, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
            }
        };
        cell.setWrapText(true);
        return cell;
    }

    @Override
    public void focusContent() {
        table.requestFocus();
    }
}
