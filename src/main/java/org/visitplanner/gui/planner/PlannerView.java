package org.visitplanner.gui.planner;

import java.io.File;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.kordamp.ikonli.javafx.FontIcon;
import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.Dialogs;
import org.visitplanner.gui.common.FieldFeedback;
import org.visitplanner.gui.common.ReadOnly;
import org.visitplanner.gui.itinerary.ScheduleEntry;
import org.visitplanner.gui.itinerary.WeekPlanning;
import org.visitplanner.gui.planner.PlannerViewModel.Phase;
import org.visitplanner.gui.planner.PlannerViewModel.VisitRow;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.planner.VisitsCsv;
import org.visitplanner.model.VisitToPlace;

/**
 * The "To place" panel beside the week: the visits to place (add, edit, delete, import a list), Plan for me (button
 * and Ctrl+Shift+P) with its progress and Stop, then the proposal's explanation with Accept and Discard. It can be
 * folded to a narrow strip so that the week gets the room.
 */
public final class PlannerView implements WeekPlanning {

    /** Plan for me, from anywhere in the itinerary page. */
    public static final KeyCombination PLAN = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final PlannerViewModel viewModel;
    private final VisitsImportViewModel imports;

    @FXML private StackPane root;
    @FXML private VBox expanded;
    @FXML private VBox collapsed;
    @FXML private Label headingLabel;
    @FXML private Label collapsedLabel;
    @FXML private Button planButton;
    @FXML private MenuButton moreButton;
    @FXML private MenuItem replanItem;
    @FXML private MenuItem importItem;
    @FXML private VBox listPane;
    @FXML private ListView<VisitRow> visitList;
    @FXML private Button addButton;
    @FXML private TextField dayStartField;
    @FXML private TextField dayEndField;
    @FXML private Label dayLimitsMessage;
    @FXML private VBox solvingPane;
    @FXML private ProgressBar progressBar;
    @FXML private Label progressLabel;
    @FXML private Button stopButton;
    @FXML private VBox proposalPane;
    @FXML private Label summaryLabel;
    @FXML private Label travelLabel;
    @FXML private Label unplacedTitle;
    @FXML private VBox unplacedBox;
    @FXML private VBox costsBox;
    @FXML private Button acceptButton;
    @FXML private Button discardButton;

    private boolean expandedOnce;
    /** A window at least this wide shows the panel and a readable week side by side. */
    private static final double ROOMY_WIDTH = 1200;

    public PlannerView(PlannerViewModel viewModel, VisitsImportViewModel imports) {
        this.viewModel = viewModel;
        this.imports = imports;
    }

    @FXML
    private void initialize() {
        headingLabel.textProperty().bind(viewModel.headingProperty());
        // Folded, the panel shows how many visits wait (its name, in any script, would not fit sideways).
        collapsedLabel.textProperty().bind(Bindings.size(viewModel.visits()).asString());
        Tooltip count = new Tooltip();
        count.textProperty().bind(viewModel.headingProperty());
        collapsedLabel.setTooltip(count);
        visitList.setItems(viewModel.visits());
        visitList.setCellFactory(list -> new VisitCell());
        viewModel.justSavedProperty().addListener((obs, was, row) -> {
            if (row != null) {
                visitList.getSelectionModel().select(row);
                visitList.scrollTo(row);
            }
        });
        Label empty = new Label(Messages.get("planner.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("planner-caption");
        empty.setPadding(new Insets(8));
        visitList.setPlaceholder(empty);
        visitList.setOnKeyPressed(event -> {
            VisitRow row = visitList.getSelectionModel().getSelectedItem();
            if (row == null) {
                return;
            }
            if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
                ReadOnly.unlessRefused(viewModel.state(), () -> viewModel.delete(row)).run();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER) {
                ReadOnly.unlessRefused(viewModel.state(), () -> edit(row)).run();
                event.consume();
            }
        });

        BooleanBinding nothingToPlace = Bindings.isEmpty(viewModel.visits());
        // A reader sees the visits to place and the day's limits; planning, placing and changing them are for editors.
        AppState state = viewModel.state();
        ReadOnly.commands(state, viewModel.canPlanProperty().not().or(nothingToPlace), planButton);
        ReadOnly.items(state, viewModel.canPlanProperty().not(), replanItem, importItem);
        ReadOnly.commands(state, viewModel.canPlanProperty().not(), addButton);
        ReadOnly.commands(state, viewModel.canAcceptProperty().not(), acceptButton);
        ReadOnly.fields(state, dayStartField, dayEndField);

        FieldFeedback.bind(dayStartField, dayLimitsMessage, viewModel.dayStart());
        FieldFeedback.bind(dayEndField, dayLimitsMessage, viewModel.dayEnd());
        FieldFeedback.onCommit(dayStartField, viewModel::commitDayLimits);
        FieldFeedback.onCommit(dayEndField, viewModel::commitDayLimits);

        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressLabel.textProperty().bind(viewModel.progressTextProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        travelLabel.textProperty().bind(viewModel.travelTextProperty());
        viewModel.costs().addListener((ListChangeListener<PlannerViewModel.CostRow>) change -> showCosts());
        viewModel.unplaced().addListener((ListChangeListener<PlannerViewModel.UnplacedRow>) change -> showUnplaced());
        showUnplaced();

        viewModel.phaseProperty().addListener((obs, was, phase) -> showPhase(phase));
        showPhase(viewModel.phaseProperty().get());
        // Folded when there is nothing to place (the week gets the room), open as soon as there is — unless the
        // window is narrow: then the week keeps the room until the user opens the panel or plans.
        viewModel.visits().addListener((ListChangeListener<VisitRow>) change -> {
            if (!viewModel.visits().isEmpty() && !expandedOnce && roomy()) {
                expand();
            }
        });
        setExpanded(false);
        for (Control control : List.of(planButton, acceptButton, discardButton,
                stopButton, addButton)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        root.sceneProperty().addListener((obs, was, scene) -> {
            if (was != null) {
                was.getAccelerators().remove(PLAN);
            }
            if (scene != null) {
                scene.getAccelerators().put(PLAN, this::planForMe);
            }
        });
        viewModel.reload();
    }

    /** The proposed week, for the schedule to draw over the real one. */
    @Override
    public ObservableList<ScheduleEntry> ghosts() {
        return viewModel.ghosts();
    }

    /** True while there is something to place or a plan over the week (the week is then shown even if empty). */
    @Override
    public BooleanBinding hasWork() {
        return Bindings.createBooleanBinding(viewModel::hasWork, viewModel.visits(), viewModel.ghosts(),
                viewModel.phaseProperty());
    }

    private void showPhase(Phase phase) {
        listPane.setVisible(phase == Phase.IDLE);
        solvingPane.setVisible(phase == Phase.LOADING || phase == Phase.SOLVING);
        proposalPane.setVisible(phase == Phase.PROPOSED);
        moreButton.setDisable(phase == Phase.LOADING || phase == Phase.SOLVING);
        if (phase != Phase.IDLE) {
            expand();
        }
        if (phase == Phase.SOLVING) {
            stopButton.requestFocus();
        } else if (phase == Phase.PROPOSED) {
            (acceptButton.isDisabled() ? discardButton : acceptButton).requestFocus();
        }
    }

    private void showCosts() {
        costsBox.getChildren().clear();
        for (PlannerViewModel.CostRow cost : viewModel.costs()) {
            Label rule = new Label(cost.rule());
            rule.setWrapText(true);
            rule.setMinWidth(0);
            HBox.setHgrow(rule, Priority.ALWAYS);
            rule.setMaxWidth(Double.MAX_VALUE);
            Label points = new Label(Messages.get("planner.result.points", cost.points()));
            points.getStyleClass().add("cost-points");
            points.setMinWidth(Region.USE_PREF_SIZE);
            Label detail = new Label(cost.detail());
            detail.setWrapText(true);
            detail.getStyleClass().add("planner-caption");
            VBox row = new VBox(1, new HBox(6, rule, points), detail);
            row.getStyleClass().add("cost-row");
            costsBox.getChildren().add(row);
        }
    }

    private void showUnplaced() {
        unplacedBox.getChildren().clear();
        for (PlannerViewModel.UnplacedRow row : viewModel.unplaced()) {
            Label title = new Label(row.title());
            title.setWrapText(true);
            title.getStyleClass().add("visit-title");
            Label reason = new Label(row.reason());
            reason.setWrapText(true);
            reason.getStyleClass().add("unplaced-reason");
            VBox box = new VBox(1, title, reason);
            box.getStyleClass().add("unplaced-row");
            unplacedBox.getChildren().add(box);
        }
        boolean any = !viewModel.unplaced().isEmpty();
        unplacedTitle.setVisible(any);
        unplacedTitle.setManaged(any);
    }

    @FXML
    private void planForMe() {
        if (root.getScene() != null && root.isVisible() && !planButton.isDisabled()) {
            viewModel.planForMe();
        }
    }

    @FXML
    private void replanTheRest() {
        viewModel.replanTheRest();
    }

    @FXML
    private void stop() {
        viewModel.stop();
    }

    @FXML
    private void accept() {
        viewModel.accept();
    }

    @FXML
    private void discard() {
        viewModel.discard();
    }

    private boolean roomy() {
        return root.getScene() == null || root.getScene().getWidth() >= ROOMY_WIDTH;
    }

    @FXML
    private void collapse() {
        setExpanded(false);
    }

    @FXML
    private void expand() {
        expandedOnce = true;
        setExpanded(true);
    }

    private void setExpanded(boolean open) {
        expanded.setVisible(open);
        expanded.setManaged(open);
        collapsed.setVisible(!open);
        collapsed.setManaged(!open);
    }

    @FXML
    private void addVisit() {
        viewModel.newVisitDialog().ifPresent(this::showDialog);
    }

    private void edit(VisitRow row) {
        viewModel.editDialog(row).ifPresent(this::showDialog);
    }

    @FXML
    private void importVisits() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("planner.import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("planner.import.filter"),
                "*.csv", "*.CSV"));
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            imports.importInto(file.toPath(), questions(window()), () -> { });
        }
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    /**
     * The week's right-click item "Keep in place when re-planning" for an event: ticked when it is pinned (read in the
     * background, the item waits disabled meanwhile); choosing it pins or frees the event, one step of Edit → Undo.
     */
    @Override
    public MenuItem pinItem(long eventId) {
        CheckMenuItem item = new CheckMenuItem(
                Messages.get("planner.menu.pin"));
        item.setDisable(true);
        viewModel.readPin(eventId, pinned -> {
            item.setSelected(pinned);
            ReadOnly.items(viewModel.state(), item);
        });
        item.setOnAction(e -> viewModel.pin(eventId, item.isSelected()));
        return item;
    }

    /** The confirmation and the refusal of a visits import, as dialogs over {@code owner}. */
    public static VisitsImportViewModel.Questions questions(Window owner) {
        return new VisitsImportViewModel.Questions() {
            @Override
            public boolean confirm(VisitsCsv.Preview preview) {
                ButtonType go = new ButtonType(Messages.get("planner.import.confirm"), ButtonBar.ButtonData.OK_DONE);
                return Dialogs.ask(owner, Messages.get("planner.import.title"),
                        Messages.get("planner.import.header", preview.source(), preview.trip().name())
                                + "\n" + VisitsImportViewModel.summary(preview),
                        VisitsImportViewModel.joining(preview), go, Dialogs.cancel()).filter(go::equals).isPresent();
            }

            @Override
            public void refuse(String sentence, String details) {
                Alert alert = Dialogs.message(owner, Alert.AlertType.ERROR, Messages.get("planner.import.title"),
                        sentence, null, Dialogs.close());
                if (!details.isEmpty()) {
                    TextArea lines = new TextArea(details);
                    lines.setEditable(false);
                    lines.setWrapText(true);
                    lines.setPrefRowCount(Math.min(12, (int) details.lines().count() + 1));
                    lines.setPrefColumnCount(60);
                    alert.getDialogPane().setContent(lines);
                }
                alert.showAndWait();
            }
        };
    }

    /** The visit dialog; saving validates, and a problem keeps it open with the text as typed. */
    private void showDialog(VisitDialogViewModel dialogModel) {
        Dialog<ButtonType> dialog = Dialogs.fxml(window(), "planner/VisitDialog", new VisitDialogView(dialogModel),
                Messages.get(dialogModel.isNew() ? "planner.dialog.newTitle" : "planner.dialog.editTitle"));
        Dialogs.okButton(dialog).addEventFilter(ActionEvent.ACTION, event -> {
            Optional<VisitToPlace> result = dialogModel.validate();
            if (result.isEmpty()) {
                event.consume(); // stay open: the messages are under the fields
            } else {
                viewModel.save(dialogModel, result.get());
            }
        });
        dialog.showAndWait();
        visitList.requestFocus();
    }

    /** A visit to place: title, where, how long, who; its wishes underneath. */
    private final class VisitCell extends ListCell<VisitRow> {
        private final Label title = new Label();
        private final Label line = new Label();
        private final Label conditions = new Label();
        private final VBox box = new VBox(1, title, line, conditions);

        VisitCell() {
            title.getStyleClass().add("visit-title");
            line.getStyleClass().add("visit-line");
            conditions.getStyleClass().add("visit-conditions");
            for (Label label : List.of(title, line, conditions)) {
                label.setWrapText(true);
                label.setMinHeight(Region.USE_PREF_SIZE);
            }
            // Wrapped lines need a width to measure their height: the list's, less the cell's padding and scroll bar.
            listViewProperty().addListener((obs, was, list) -> {
                if (list != null) {
                    for (Label label : List.of(title, line, conditions)) {
                        label.prefWidthProperty().bind(list.widthProperty().subtract(34));
                        label.maxWidthProperty().bind(list.widthProperty().subtract(34));
                    }
                }
            });
            setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && getItem() != null) {
                    ReadOnly.unlessRefused(viewModel.state(), () -> edit(getItem())).run();
                }
            });
            MenuItem editItem = new MenuItem(Messages.get("planner.menu.edit"), new FontIcon("fth-edit-2"));
            editItem.setOnAction(e -> edit(getItem()));
            MenuItem deleteItem = new MenuItem(Messages.get("planner.menu.delete"), new FontIcon("fth-trash-2"));
            deleteItem.setOnAction(e -> viewModel.delete(getItem()));
            ReadOnly.items(viewModel.state(), editItem, deleteItem);
            ContextMenu menu = new ContextMenu(editItem, deleteItem);
            emptyProperty().addListener((obs, was, isEmpty) -> setContextMenu(isEmpty ? null : menu));
        }

        @Override
        protected void updateItem(VisitRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            title.setText(row.title());
            line.setText(row.line());
            conditions.setText(row.conditions());
            conditions.setVisible(!row.conditions().isEmpty());
            conditions.setManaged(!row.conditions().isEmpty());
            setGraphic(box);
        }
    }
}
