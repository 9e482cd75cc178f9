package org.visitplanner.gui.planner;

import java.util.List;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import org.controlsfx.control.SearchableComboBox;
import org.visitplanner.gui.common.FieldFeedback;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.EventKind;
import org.visitplanner.model.Institution;

/** The visit dialog's fields, bound to a {@link VisitDialogViewModel}. */
public final class VisitDialogView {

    private final VisitDialogViewModel viewModel;

    @FXML private TextField titleField;
    @FXML private Label titleMessage;
    @FXML private SearchableComboBox<Institution> institutionBox;
    @FXML private TextField locationField;
    @FXML private ComboBox<EventKind> kindBox;
    @FXML private Label durationLabel;
    @FXML private TextField minutesField;
    @FXML private Label minutesMessage;
    @FXML private FlowPane memberBoxes;
    @FXML private TextField daysField;
    @FXML private Label daysUnderstood;
    @FXML private Label daysMessage;
    @FXML private Label fromLabel;
    @FXML private TextField earliestField;
    @FXML private Label toLabel;
    @FXML private TextField latestField;
    @FXML private Label earliestMessage;
    @FXML private Label latestMessage;
    @FXML private TextField preferredField;
    @FXML private Label preferredMessage;
    @FXML private ComboBox<VisitDialogViewModel.Earlier> afterBox;
    @FXML private TextArea notesArea;

    public VisitDialogView(VisitDialogViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        FieldFeedback.bind(titleField, titleMessage, viewModel.title());
        FieldFeedback.bind(minutesField, minutesMessage, viewModel.minutes());
        FieldFeedback.bind(daysField, daysMessage, viewModel.days());
        FieldFeedback.bind(earliestField, earliestMessage, viewModel.earliest());
        FieldFeedback.bind(latestField, latestMessage, viewModel.latest());
        FieldFeedback.bind(preferredField, preferredMessage, viewModel.preferred());
        daysUnderstood.textProperty().bind(viewModel.daysUnderstoodProperty());
        locationField.textProperty().bindBidirectional(viewModel.locationProperty());
        notesArea.textProperty().bindBidirectional(viewModel.notesProperty());

        institutionBox.setItems(viewModel.institutions());
        institutionBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Institution institution) {
                return institution == null ? Messages.get("planner.dialog.noInstitution")
                        : institution.label().equals(institution.officialName()) ? institution.officialName()
                        : institution.label() + " — " + institution.officialName();
            }

            @Override
            public Institution fromString(String text) {
                return null;
            }
        });
        institutionBox.valueProperty().bindBidirectional(viewModel.institutionProperty());

        kindBox.getItems().setAll(EventKind.VISIT, EventKind.MEETING, EventKind.LAB_TOUR, EventKind.MEAL,
                EventKind.OTHER);
        kindBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(EventKind kind) {
                return kind == null ? "" : Messages.of(kind);
            }

            @Override
            public EventKind fromString(String text) {
                return null;
            }
        });
        kindBox.valueProperty().bindBidirectional(viewModel.kindProperty());

        for (VisitDialogViewModel.Attendee attendee : viewModel.attendees()) {
            CheckBox box = new CheckBox(attendee.name());
            box.selectedProperty().bindBidirectional(attendee.chosenProperty());
            memberBoxes.getChildren().add(box);
        }
        afterBox.setItems(viewModel.earlierChoices());
        afterBox.valueProperty().bindBidirectional(viewModel.afterProperty());

        for (Control control : List.of(durationLabel, fromLabel, toLabel, minutesField,
                earliestField, latestField)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        Platform.runLater(titleField::requestFocus);
    }
}
