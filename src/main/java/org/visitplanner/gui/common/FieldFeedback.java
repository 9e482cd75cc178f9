package org.visitplanner.gui.common;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.visitplanner.logic.check.FieldProblem;

/**
 * Ties a text input to a {@link FormField}: the text both ways, a red or amber border when the field has an error
 * or a warning, and the message in a label under the field (always visible, not only in a tooltip).
 */
public final class FieldFeedback {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private FieldFeedback() {
    }

    public static void bind(TextInputControl input, Label message, FormField field) {
        input.textProperty().bindBidirectional(field.textProperty());
        message.getStyleClass().add("field-message");
        field.problemProperty().addListener((obs, was, problem) -> show(input, message, problem));
        show(input, message, field.problem());
    }

    /**
     * Runs {@code commit} when the user is done with the field: focus leaves it, Enter in a one-line field, or
     * Ctrl+Enter in a text area (where Enter starts a new line).
     */
    public static void onCommit(TextInputControl input, Runnable commit) {
        input.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
        if (input instanceof TextField field) {
            field.addEventHandler(javafx.event.ActionEvent.ACTION, event -> commit.run());
        } else if (input instanceof TextArea) {
            input.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
                if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                    commit.run();
                    event.consume();
                }
            });
        }
    }

    private static void show(TextInputControl input, Label message, FieldProblem problem) {
        boolean error = problem != null && problem.isError();
        boolean warning = problem != null && !problem.isError();
        input.pseudoClassStateChanged(DANGER, error);
        input.pseudoClassStateChanged(WARNING, warning);
        message.pseudoClassStateChanged(DANGER, error);
        message.pseudoClassStateChanged(WARNING, warning);
        message.setText(problem == null ? "" : problem.message());
        message.setVisible(problem != null);
        message.setManaged(problem != null);
    }
}
