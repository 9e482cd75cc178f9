package org.visitplanner.gui.directory;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

import org.visitplanner.gui.common.FieldFeedback;
import org.visitplanner.logic.directory.ContactField;

/** The contact dialog's form (thin controller over a {@link ContactEditor}). */
public final class ContactDialog {

    private final ContactEditor editor;

    @FXML private TextField nameField;
    @FXML private Label nameMessage;
    @FXML private TextField chineseNameField;
    @FXML private Label chineseNameMessage;
    @FXML private TextField titleField;
    @FXML private Label titleMessage;
    @FXML private ComboBox<ContactEditor.InstitutionChoice> institutionField;
    @FXML private TextField emailField;
    @FXML private Label emailMessage;
    @FXML private TextField phoneField;
    @FXML private Label phoneMessage;
    @FXML private TextField languagesField;
    @FXML private Label languagesMessage;
    @FXML private TextArea notesField;
    @FXML private Label notesMessage;

    public ContactDialog(ContactEditor editor) {
        this.editor = editor;
    }

    @FXML
    private void initialize() {
        FieldFeedback.bind(nameField, nameMessage, editor.field(ContactField.NAME));
        FieldFeedback.bind(chineseNameField, chineseNameMessage, editor.field(ContactField.CHINESE_NAME));
        FieldFeedback.bind(titleField, titleMessage, editor.field(ContactField.TITLE));
        FieldFeedback.bind(emailField, emailMessage, editor.field(ContactField.EMAIL));
        FieldFeedback.bind(phoneField, phoneMessage, editor.field(ContactField.PHONE));
        FieldFeedback.bind(languagesField, languagesMessage, editor.field(ContactField.LANGUAGES));
        FieldFeedback.bind(notesField, notesMessage, editor.field(ContactField.NOTES));
        institutionField.setItems(editor.institutions());
        institutionField.valueProperty().bindBidirectional(editor.institutionProperty());
        institutionField.setDisable(editor.institutions().size() < 2);
        Platform.runLater(nameField::requestFocus);
    }
}
