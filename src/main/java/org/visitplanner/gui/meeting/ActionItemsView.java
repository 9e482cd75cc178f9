package org.visitplanner.gui.meeting;

import java.util.List;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.visitplanner.gui.common.DateField;
import org.visitplanner.gui.common.FieldFeedback;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.ActionItem;
import org.visitplanner.model.ActionStatus;
import org.visitplanner.model.Member;

/**
 * The action items tab of a meeting record's window (its own FXML, included by {@link MeetingRecordView}): the list
 * with a tick for done, its order, and the form that adds an item or changes the selected one (thin controller over
 * {@link ActionItemsViewModel}).
 */
public final class ActionItemsView {

    private ActionItemsViewModel viewModel;

    @FXML private Tab tab;
    @FXML private ListView<ActionItemsViewModel.ActionRow> actionList;
    @FXML private Button actionUpButton;
    @FXML private Button actionDownButton;
    @FXML private Button actionDeleteButton;
    @FXML private Label actionFormLabel;
    @FXML private TextField actionTextField;
    @FXML private ComboBox<Member> actionOwnerBox;
    @FXML private DateField actionDueField;
    @FXML private Label actionDueMessage;
    @FXML private ComboBox<ActionStatus> actionStatusBox;
    @FXML private Button actionCancelButton;
    @FXML private Button actionSaveButton;

    /** Shows {@code actions}; the window's view calls it once, from its own set-up. */
    void attach(ActionItemsViewModel actions) {
        this.viewModel = actions;
        var readOnly = viewModel.readOnlyProperty();
        for (Node editor : List.of(actionSaveButton, actionTextField, actionOwnerBox, actionDueField,
                actionStatusBox)) {
            editor.disableProperty().bind(readOnly);
        }
        actionList.setItems(viewModel.items());
        actionList.setCellFactory(list -> new ActionCell());
        actionOwnerBox.setItems(viewModel.owners());
        actionOwnerBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Member member) {
                return member == null ? "" : member.displayName();
            }

            @Override
            public Member fromString(String text) {
                return null;
            }
        });
        FieldFeedback.bind(actionDueField, actionDueMessage, viewModel.due());
        actionStatusBox.getItems().setAll(ActionStatus.values());
        actionStatusBox.setConverter(MeetingTabs.enumConverter());
        tab.textProperty().bind(Bindings.createStringBinding(() -> MeetingTabs.counted("meeting.tab.actions",
                (int) viewModel.items().stream().filter(r -> r.item().status() == ActionStatus.OPEN).count()),
                viewModel.items()));
        var selected = actionList.getSelectionModel().selectedItemProperty();
        for (Button button : List.of(actionUpButton, actionDownButton, actionDeleteButton)) {
            button.disableProperty().bind(selected.isNull().or(readOnly));
        }
        actionUpButton.setTooltip(new Tooltip(Messages.get("meeting.moveUp")));
        actionDownButton.setTooltip(new Tooltip(Messages.get("meeting.moveDown")));
        actionCancelButton.visibleProperty().bind(selected.isNotNull());
        actionStatusBox.visibleProperty().bind(selected.isNotNull());
        actionStatusBox.managedProperty().bind(selected.isNotNull());
        selected.addListener((obs, was, row) -> {
            if (row == null) {
                actionFormLabel.setText(Messages.get("meeting.action.new"));
                actionSaveButton.setText(Messages.get("meeting.action.add"));
                actionTextField.clear();
                viewModel.due().load(null);
                actionOwnerBox.setValue(null);
            } else {
                actionFormLabel.setText(Messages.get("meeting.action.edit"));
                actionSaveButton.setText(Messages.get("meeting.saveChanges"));
                actionTextField.setText(row.item().text());
                actionOwnerBox.setValue(viewModel.owner(row.item()));
                viewModel.due().load(row.item().due());
                actionStatusBox.setValue(row.item().status());
            }
        });
        actionTextField.setOnAction(event -> saveAction());
    }

    @FXML
    private void saveAction() {
        ActionItemsViewModel.ActionRow editing = actionList.getSelectionModel().getSelectedItem();
        if (viewModel.save(editing == null ? null : editing.item(), actionTextField.getText(),
                actionOwnerBox.getValue(), editing == null ? ActionStatus.OPEN : actionStatusBox.getValue())) {
            actionList.getSelectionModel().clearSelection();
            actionTextField.clear();
            viewModel.due().load(null);
            actionOwnerBox.setValue(null);
        } else if (viewModel.due().hasError()) {
            actionDueField.getEditor().requestFocus(); // the reason is under the field
        }
    }

    @FXML
    private void cancelActionEdit() {
        actionList.getSelectionModel().clearSelection();
    }

    @FXML
    private void deleteAction() {
        ActionItemsViewModel.ActionRow row = actionList.getSelectionModel().getSelectedItem();
        if (row != null && MeetingTabs.confirm(actionList,
                Messages.get("meeting.action.deleteConfirm", row.item().text()))) {
            viewModel.delete(row.item());
        }
    }

    @FXML
    private void moveActionUp() {
        moveAction(-1);
    }

    @FXML
    private void moveActionDown() {
        moveAction(1);
    }

    private void moveAction(int delta) {
        ActionItemsViewModel.ActionRow row = actionList.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.move(row.item(), delta);
            actionList.getSelectionModel().clearSelection();
        }
    }

    private final class ActionCell extends ListCell<ActionItemsViewModel.ActionRow> {
        @Override
        protected void updateItem(ActionItemsViewModel.ActionRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            ActionItem item = row.item();
            CheckBox done = new CheckBox();
            done.setSelected(item.status() == ActionStatus.DONE);
            done.setTooltip(new Tooltip(Messages.get("meeting.action.markDone")));
            done.setOnAction(event -> viewModel.setStatus(item,
                    done.isSelected() ? ActionStatus.DONE : ActionStatus.OPEN));
            Label text = new Label(item.text());
            text.getStyleClass().add("cell-text");
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.maxWidthProperty().bind(actionList.widthProperty().subtract(80));
            Label owner = new Label(detail(row));
            owner.getStyleClass().add(row.overdue() ? "overdue" : "text-muted");
            // Who and when wraps like the text: "en retard depuis le 16 janvier 2026" is long in French.
            owner.setWrapText(true);
            owner.setMinHeight(Region.USE_PREF_SIZE);
            owner.maxWidthProperty().bind(text.maxWidthProperty());
            VBox lines = new VBox(2, text, owner);
            HBox.setHgrow(lines, Priority.ALWAYS);
            HBox box = new HBox(8, done, lines);
            box.getStyleClass().addAll("action-line", item.status().name().toLowerCase(Locale.ROOT));
            setGraphic(box);
        }

        private String detail(ActionItemsViewModel.ActionRow row) {
            String owner = row.owner().isEmpty() ? Messages.get("meeting.action.noOwner") : row.owner();
            String due = row.due().isEmpty() ? "" : " · " + Messages.get(row.overdue() ? "meeting.action.overdue"
                    : "meeting.action.dueOn", row.due());
            String status = row.item().status() == ActionStatus.DROPPED
                    ? " · " + Messages.of(ActionStatus.DROPPED) : "";
            return owner + due + status;
        }
    }
}
