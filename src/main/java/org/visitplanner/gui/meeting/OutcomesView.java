package org.visitplanner.gui.meeting;

import java.util.List;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.Outcome;
import org.visitplanner.model.OutcomeType;

/**
 * The outcomes tab of a meeting record's window (its own FXML, included by {@link MeetingRecordView}): the list, its
 * order, and the form that adds an outcome or changes the selected one (thin controller over
 * {@link OutcomesViewModel}).
 */
public final class OutcomesView {

    private OutcomesViewModel viewModel;

    @FXML private Tab tab;
    @FXML private ListView<Outcome> outcomeList;
    @FXML private Button outcomeUpButton;
    @FXML private Button outcomeDownButton;
    @FXML private Button outcomeDeleteButton;
    @FXML private Label outcomeFormLabel;
    @FXML private ComboBox<OutcomeType> outcomeTypeBox;
    @FXML private TextArea outcomeTextArea;
    @FXML private Button outcomeCancelButton;
    @FXML private Button outcomeSaveButton;

    /** Shows {@code outcomes}; the window's view calls it once, from its own set-up. */
    void attach(OutcomesViewModel outcomes) {
        this.viewModel = outcomes;
        var readOnly = viewModel.readOnlyProperty();
        for (Node editor : List.of(outcomeSaveButton, outcomeTypeBox, outcomeTextArea)) {
            editor.disableProperty().bind(readOnly);
        }
        outcomeList.setItems(viewModel.items());
        outcomeList.setCellFactory(list -> new OutcomeCell());
        outcomeTypeBox.getItems().setAll(OutcomeType.values());
        outcomeTypeBox.setConverter(MeetingTabs.enumConverter());
        outcomeTypeBox.setValue(OutcomeType.DECISION);
        tab.textProperty().bind(Bindings.createStringBinding(() -> MeetingTabs.counted("meeting.tab.outcomes",
                viewModel.items().size()), viewModel.items()));
        var selected = outcomeList.getSelectionModel().selectedItemProperty();
        for (Button button : List.of(outcomeUpButton, outcomeDownButton, outcomeDeleteButton)) {
            button.disableProperty().bind(selected.isNull().or(readOnly));
        }
        outcomeUpButton.setTooltip(new Tooltip(Messages.get("meeting.moveUp")));
        outcomeDownButton.setTooltip(new Tooltip(Messages.get("meeting.moveDown")));
        outcomeCancelButton.visibleProperty().bind(selected.isNotNull());
        selected.addListener((obs, was, outcome) -> {
            if (outcome == null) {
                outcomeFormLabel.setText(Messages.get("meeting.outcome.new"));
                outcomeSaveButton.setText(Messages.get("meeting.outcome.add"));
                outcomeTextArea.clear();
            } else {
                outcomeFormLabel.setText(Messages.get("meeting.outcome.edit"));
                outcomeSaveButton.setText(Messages.get("meeting.saveChanges"));
                outcomeTypeBox.setValue(outcome.type());
                outcomeTextArea.setText(outcome.text());
            }
        });
        viewModel.partnershipOfferProperty().addListener((obs, was, offer) -> {
            if (offer != null) {
                PartnershipOfferDialog.ask(outcomeList.getScene().getWindow(), offer)
                        .ifPresentOrElse(answer -> viewModel.acceptOffer(offer, answer.partnership(),
                                answer.newType(), answer.status()), viewModel::declineOffer);
            }
        });
    }

    @FXML
    private void saveOutcome() {
        Outcome editing = outcomeList.getSelectionModel().getSelectedItem();
        if (viewModel.save(editing, outcomeTypeBox.getValue(), outcomeTextArea.getText())) {
            outcomeList.getSelectionModel().clearSelection();
            outcomeTextArea.clear();
        }
    }

    @FXML
    private void cancelOutcomeEdit() {
        outcomeList.getSelectionModel().clearSelection();
    }

    @FXML
    private void deleteOutcome() {
        Outcome outcome = outcomeList.getSelectionModel().getSelectedItem();
        if (outcome != null && MeetingTabs.confirm(outcomeList,
                Messages.get("meeting.outcome.deleteConfirm", outcome.text()))) {
            viewModel.delete(outcome);
        }
    }

    @FXML
    private void moveOutcomeUp() {
        moveOutcome(-1);
    }

    @FXML
    private void moveOutcomeDown() {
        moveOutcome(1);
    }

    private void moveOutcome(int delta) {
        Outcome outcome = outcomeList.getSelectionModel().getSelectedItem();
        if (outcome != null) {
            viewModel.move(outcome, delta);
            outcomeList.getSelectionModel().clearSelection();
        }
    }

    private final class OutcomeCell extends ListCell<Outcome> {
        @Override
        protected void updateItem(Outcome outcome, boolean empty) {
            super.updateItem(outcome, empty);
            if (empty || outcome == null) {
                setGraphic(null);
                return;
            }
            Label type = new Label(Messages.of(outcome.type()));
            type.getStyleClass().addAll("outcome-type", outcome.type().name().toLowerCase(Locale.ROOT));
            type.setMinWidth(Region.USE_PREF_SIZE);
            Label text = new Label(outcome.text());
            text.getStyleClass().add("cell-text");
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.maxWidthProperty().bind(outcomeList.widthProperty().subtract(60));
            VBox box = new VBox(4, type, text);
            setGraphic(box);
        }
    }
}
