package org.visitplanner.gui.people;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

import org.visitplanner.gui.common.ChangeList;
import org.visitplanner.gui.common.FieldFeedback;
import org.visitplanner.gui.directory.EnumCells;
import org.visitplanner.model.MemberRole;

/** The delegation member dialog's form (thin controller over a {@link MemberEditor}). */
public final class MemberDialog {

    private final MemberEditor editor;

    @FXML private TextField nameField;
    @FXML private Label nameMessage;
    @FXML private TextField chineseNameField;
    @FXML private Label chineseNameMessage;
    @FXML private ComboBox<MemberRole> roleField;
    @FXML private TextField titleField;
    @FXML private Label titleMessage;
    @FXML private TextField organisationField;
    @FXML private Label organisationMessage;
    @FXML private TextField emailField;
    @FXML private Label emailMessage;
    @FXML private TextField phoneField;
    @FXML private Label phoneMessage;
    @FXML private TextArea notesField;
    @FXML private Label notesMessage;
    @FXML private Label changesLabel;
    @FXML private ListView<String> changeList;

    public MemberDialog(MemberEditor editor) {
        this.editor = editor;
    }

    @FXML
    private void initialize() {
        FieldFeedback.bind(nameField, nameMessage, editor.name());
        FieldFeedback.bind(chineseNameField, chineseNameMessage, editor.chineseName());
        FieldFeedback.bind(titleField, titleMessage, editor.jobTitle());
        FieldFeedback.bind(organisationField, organisationMessage, editor.organisation());
        FieldFeedback.bind(emailField, emailMessage, editor.email());
        FieldFeedback.bind(phoneField, phoneMessage, editor.phone());
        FieldFeedback.bind(notesField, notesMessage, editor.notes());
        roleField.getItems().setAll(MemberRole.values());
        roleField.setConverter(EnumCells.converter(MemberRole.class));
        roleField.setCellFactory(list -> EnumCells.cell());
        roleField.valueProperty().bindBidirectional(editor.roleProperty());
        ChangeList.show(changesLabel, changeList, editor.changes(), editor.isNew());
        Platform.runLater(nameField::requestFocus);
    }
}
