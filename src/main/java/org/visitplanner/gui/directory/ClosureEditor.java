package org.visitplanner.gui.directory;

import java.time.LocalDate;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import org.visitplanner.gui.common.FormField;
import org.visitplanner.gui.common.TypedField;
import org.visitplanner.logic.check.FieldChecks;
import org.visitplanner.logic.check.FieldProblem;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.Closure;

/** The closure dialog's state: first day (required), last day (the same day when blank), reason. */
public final class ClosureEditor {

    private final Closure before;
    private final long institutionId;
    private final TypedField<LocalDate> first = TypedField.date().required();
    private final TypedField<LocalDate> last = TypedField.date();
    private final FormField reason = new FormField();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    /** @param before the closure being changed, or null for a new one */
    public ClosureEditor(Closure before, long institutionId) {
        this.before = before;
        this.institutionId = institutionId;
        first.load(before == null ? null : before.firstDay());
        last.load(before == null ? null : before.lastDay());
        last.rule(day -> first.value().filter(day::isBefore)
                .map(start -> FieldProblem.error("directory.check.endsBeforeStart")));
        reason.load(before == null || before.reason() == null ? "" : before.reason());
        first.field().textProperty().addListener((obs, was, now) -> check());
        last.field().textProperty().addListener((obs, was, now) -> check());
        reason.textProperty().addListener((obs, was, now) -> check());
        check();
    }

    public String title() {
        return Messages.get(before == null ? "directory.closure.new" : "directory.closure.edit");
    }

    public Closure before() {
        return before;
    }

    public TypedField<LocalDate> first() {
        return first;
    }

    public TypedField<LocalDate> last() {
        return last;
    }

    public FormField reason() {
        return reason;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The closure as the dialog describes it; call only when {@link #validProperty() valid}. */
    public Closure result() {
        LocalDate from = first.value().orElseThrow();
        LocalDate to = last.value().orElse(from);
        return new Closure(0, institutionId, from, to, FieldChecks.clean(reason.text()));
    }

    private void check() {
        last.recheck(); // it must not end before the first day
        reason.problemProperty().set(FieldChecks.length(reason.text(), 500).orElse(null));
        valid.set(!first.hasError() && !last.hasError() && !reason.hasError());
    }
}
