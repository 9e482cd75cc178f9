package org.visitplanner.gui.common;

import java.time.LocalDate;

import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.DatePickerSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

import org.visitplanner.logic.check.FieldProblem;

/**
 * Ties a text input to a {@link FormField}: the text both ways, a red or amber border when the field has an error
 * or a warning, and the message in a label under the field (always visible, not only in a tooltip). When there is no
 * problem, the label says what the field understood (a date in words), in muted text.
 */
public final class FieldFeedback {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass UNDERSTOOD = PseudoClass.getPseudoClass("understood");
    private static final String STYLESHEET = FieldFeedback.class.getResource("/org/visitplanner/gui/common/Forms.css")
            .toExternalForm();

    private FieldFeedback() {
    }

    public static void bind(TextInputControl input, Label message, FormField field) {
        input.textProperty().bindBidirectional(field.textProperty());
        message.getStyleClass().add("field-message");
        if (!message.getStylesheets().contains(STYLESHEET)) {
            message.getStylesheets().add(STYLESHEET); // the look of the message wherever the form is
        }
        field.problemProperty().addListener((obs, was, problem) -> show(input, message, field));
        field.understoodProperty().addListener((obs, was, understood) -> show(input, message, field));
        show(input, message, field);
    }

    /**
     * A date field: the text as {@link #bind(TextInputControl, Label, FormField)}, and the calendar beside it opens
     * on the date typed (or near {@code around} when there is none) and writes the day picked into the text.
     */
    public static void bind(DateField input, Label message, TypedField<LocalDate> date) {
        bind(input.getEditor(), message, date.field());
        DatePicker calendar = input.getCalendar();
        boolean[] opening = {false};
        calendar.setOnShowing(event -> {
            opening[0] = true;
            try {
                calendar.setValue(date.around());
            } finally {
                opening[0] = false;
            }
        });
        // A day clicked is taken even when it is the day the calendar opened on (its value does not change then).
        calendar.setOnShown(event -> {
            if (calendar.getSkin() instanceof DatePickerSkin skin
                    && !skin.getPopupContent().getProperties().containsKey(DateField.class)) {
                skin.getPopupContent().getProperties().put(DateField.class, Boolean.TRUE);
                skin.getPopupContent().addEventFilter(MouseEvent.MOUSE_RELEASED, click -> {
                    for (Node n = click.getPickResult().getIntersectedNode(); n != null;
                         n = n.getParent()) {
                        if (n instanceof DateCell cell) {
                            if (!cell.isEmpty() && !cell.isDisabled() && cell.getItem() != null) {
                                picked(input, date, cell.getItem());
                            }
                            return;
                        }
                    }
                });
            }
        });
        calendar.valueProperty().addListener((obs, was, picked) -> { // a day chosen with the keyboard
            if (!opening[0] && picked != null) {
                picked(input, date, picked);
            }
        });
    }

    private static void picked(DateField input, TypedField<LocalDate> date, LocalDate day) {
        if (!date.value().map(day::equals).orElse(false)) {
            date.set(day);
        }
        input.getEditor().requestFocus();
        input.getEditor().end();
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
            field.addEventHandler(ActionEvent.ACTION, event -> commit.run());
        } else if (input instanceof TextArea) {
            input.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
                if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                    commit.run();
                    event.consume();
                }
            });
        }
    }

    private static void show(TextInputControl input, Label message, FormField field) {
        FieldProblem problem = field.problem();
        boolean error = problem != null && problem.isError();
        boolean warning = problem != null && !problem.isError();
        String understood = field.understoodProperty().get() == null ? "" : field.understoodProperty().get();
        boolean explained = problem == null && !understood.isEmpty();
        input.pseudoClassStateChanged(DANGER, error);
        input.pseudoClassStateChanged(WARNING, warning);
        message.pseudoClassStateChanged(DANGER, error);
        message.pseudoClassStateChanged(WARNING, warning);
        message.pseudoClassStateChanged(UNDERSTOOD, explained);
        message.setText(problem != null ? problem.message() : understood);
        message.setVisible(problem != null || explained);
        message.setManaged(problem != null || explained);
    }
}
