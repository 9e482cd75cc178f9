package org.visitplanner.gui.common;

import java.util.Objects;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.visitplanner.logic.check.FieldProblem;

/**
 * One text field of a form, in a view-model: what the user typed, the problem with it (shown next to the field; the
 * owner checks), what the app understood it as (a date in words, shown when there is no problem; see
 * {@link TypedField}), and the value last saved, so the form knows what changed. The user's text is never replaced by
 * a check: a wrong value stays on screen until fixed.
 */
public final class FormField {

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<FieldProblem> problem = new SimpleObjectProperty<>(this, "problem");
    private final StringProperty understood = new SimpleStringProperty(this, "understood", "");
    private String saved = "";

    public StringProperty textProperty() {
        return text;
    }

    public String text() {
        return text.get() == null ? "" : text.get();
    }

    public ObjectProperty<FieldProblem> problemProperty() {
        return problem;
    }

    public FieldProblem problem() {
        return problem.get();
    }

    /** What the text was read as, in words ("Friday 15 January 2027"); "" when there is nothing to add. */
    public StringProperty understoodProperty() {
        return understood;
    }

    public boolean hasError() {
        return problem.get() != null && problem.get().isError();
    }

    /** Shows a stored value: it becomes the text and the saved value. */
    public void load(String value) {
        saved = value == null ? "" : value;
        text.set(saved);
    }

    /** Notes that {@code value} is now stored (the text may have moved on since it was sent). */
    public void saved(String value) {
        saved = value == null ? "" : value;
    }

    /** True when the text differs from what is stored. */
    public boolean changed() {
        return !Objects.equals(text(), saved);
    }
}
