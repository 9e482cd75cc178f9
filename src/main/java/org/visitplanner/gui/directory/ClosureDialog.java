package org.visitplanner.gui.directory;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

import org.visitplanner.gui.common.DateField;
import org.visitplanner.gui.common.FieldFeedback;

/** The closure dialog's form (thin controller over a {@link ClosureEditor}). */
public final class ClosureDialog {

    private final ClosureEditor editor;

    @FXML private DateField firstField;
    @FXML private Label firstMessage;
    @FXML private DateField lastField;
    @FXML private Label lastMessage;
    @FXML private TextField reasonField;
    @FXML private Label reasonMessage;

    public ClosureDialog(ClosureEditor editor) {
        this.editor = editor;
    }

    @FXML
    private void initialize() {
        FieldFeedback.bind(firstField, firstMessage, editor.first());
        FieldFeedback.bind(lastField, lastMessage, editor.last());
        FieldFeedback.bind(reasonField, reasonMessage, editor.reason());
        Platform.runLater(firstField.getEditor()::requestFocus);
    }
}
