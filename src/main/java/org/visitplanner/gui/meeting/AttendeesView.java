package org.visitplanner.gui.meeting;

import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.visitplanner.logic.i18n.Messages;

/**
 * The attendees tab of a meeting record's window (its own FXML, included by {@link MeetingRecordView}): our members
 * and their contacts, ticked when present, and a form for a person met there (thin controller over
 * {@link AttendeesViewModel}).
 */
public final class AttendeesView {

    private AttendeesViewModel viewModel;

    @FXML private VBox memberBox;
    @FXML private VBox contactBox;
    @FXML private VBox newContactForm;
    @FXML private TextField contactNameField;
    @FXML private TextField contactChineseField;
    @FXML private TextField contactTitleField;

    /** Shows {@code attendees}; the window's view calls it once, from its own set-up. */
    void attach(AttendeesViewModel attendees) {
        this.viewModel = attendees;
        for (Node editor : List.of(memberBox, contactBox, newContactForm)) {
            editor.disableProperty().bind(viewModel.readOnlyProperty());
        }
        viewModel.members().addListener((ListChangeListener<AttendeesViewModel.Attendee>) change ->
                fill(memberBox, viewModel.members(), "meeting.attendees.noMembers"));
        viewModel.contacts().addListener((ListChangeListener<AttendeesViewModel.Attendee>) change ->
                fill(contactBox, viewModel.contacts(), "meeting.attendees.noContacts"));
        newContactForm.visibleProperty().bind(viewModel.hasInstitutionProperty());
        newContactForm.managedProperty().bind(newContactForm.visibleProperty());
    }

    private void fill(VBox box, List<AttendeesViewModel.Attendee> attendees, String emptyKey) {
        box.getChildren().clear();
        for (AttendeesViewModel.Attendee attendee : attendees) {
            CheckBox check = new CheckBox(attendee.name());
            check.selectedProperty().bindBidirectional(attendee.attendedProperty());
            Label detail = new Label(attendee.detail());
            detail.getStyleClass().add("text-muted");
            HBox line = new HBox(8, check, detail);
            line.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(line);
        }
        if (attendees.isEmpty()) {
            Label none = new Label(Messages.get(emptyKey));
            none.getStyleClass().add("text-muted");
            box.getChildren().add(none);
        }
    }

    @FXML
    private void addContact() {
        if (viewModel.addContact(contactNameField.getText(), contactChineseField.getText(),
                contactTitleField.getText())) {
            contactNameField.clear();
            contactChineseField.clear();
            contactTitleField.clear();
        }
    }
}
