package org.visitplanner.gui.common;

import java.time.LocalDate;

import javafx.beans.property.StringProperty;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

import org.visitplanner.logic.i18n.Messages;

/**
 * A date field: a text field where the date is typed in any of the ways {@link TypedField} reads, and a calendar
 * button beside it that writes the picked day into the text. The text field is the only place the date lives: the
 * calendar never replaces what was typed unless a day is picked in it (a date picker's own text field would silently
 * put back the previous date when it cannot read the text). Bind it with {@link FieldFeedback#bind(DateField,
 * javafx.scene.control.Label, TypedField)}.
 */
public final class DateField extends HBox {

    private final TextField editor = new TextField();
    private final DatePicker calendar = new DatePicker();

    public DateField() {
        getStyleClass().add("date-field");
        getStylesheets().add(DateField.class.getResource("DateField.css").toExternalForm());
        editor.getStyleClass().add("date-text");
        editor.setPrefColumnCount(10);
        HBox.setHgrow(editor, Priority.ALWAYS);
        calendar.getStyleClass().add("calendar-button");
        calendar.setEditable(false);
        calendar.setFocusTraversable(false);
        calendar.setShowWeekNumbers(false);
        calendar.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return ""; // the button shows no text: the date is in the text field beside it
            }

            @Override
            public LocalDate fromString(String text) {
                return null;
            }
        });
        calendar.setTooltip(new Tooltip(Messages.get("entry.date.calendar")));
        calendar.setAccessibleText(Messages.get("entry.date.calendar"));
        getChildren().addAll(editor, calendar);
    }

    /** Where the date is typed. */
    public TextField getEditor() {
        return editor;
    }

    /** The calendar the day can be picked in (its day cells can be marked, e.g. the trip's days). */
    public DatePicker getCalendar() {
        return calendar;
    }

    public StringProperty promptTextProperty() {
        return editor.promptTextProperty();
    }

    public String getPromptText() {
        return editor.getPromptText();
    }

    public void setPromptText(String prompt) {
        editor.setPromptText(prompt);
    }

    public String getText() {
        return editor.getText();
    }
}
