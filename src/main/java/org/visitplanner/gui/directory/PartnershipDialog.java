package org.visitplanner.gui.directory;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;

import org.visitplanner.gui.common.DateField;
import org.visitplanner.gui.common.FieldFeedback;
import org.visitplanner.model.PartnershipStatus;
import org.visitplanner.model.PartnershipType;

/** The partnership dialog's form (thin controller over a {@link PartnershipEditor}). */
public final class PartnershipDialog {

    private final PartnershipEditor editor;

    @FXML private ComboBox<PartnershipType> typeField;
    @FXML private ComboBox<PartnershipStatus> statusField;
    @FXML private DateField sinceField;
    @FXML private Label sinceMessage;
    @FXML private DateField untilField;
    @FXML private Label untilMessage;
    @FXML private TextArea notesField;
    @FXML private Label notesMessage;

    public PartnershipDialog(PartnershipEditor editor) {
        this.editor = editor;
    }

    @FXML
    private void initialize() {
        typeField.getItems().setAll(PartnershipType.values());
        typeField.setConverter(EnumCells.converter(PartnershipType.class));
        typeField.setCellFactory(list -> EnumCells.cell());
        typeField.valueProperty().bindBidirectional(editor.typeProperty());
        statusField.getItems().setAll(PartnershipStatus.values());
        statusField.setConverter(EnumCells.converter(PartnershipStatus.class));
        statusField.setCellFactory(list -> EnumCells.cell());
        statusField.valueProperty().bindBidirectional(editor.statusProperty());
        FieldFeedback.bind(sinceField, sinceMessage, editor.since());
        FieldFeedback.bind(untilField, untilMessage, editor.until());
        FieldFeedback.bind(notesField, notesMessage, editor.notes());
    }
}
