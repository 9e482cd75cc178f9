package org.visitplanner.gui.directory;

import java.time.LocalDate;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import org.visitplanner.gui.common.DateText;
import org.visitplanner.gui.common.FormField;
import org.visitplanner.logic.check.FieldChecks;
import org.visitplanner.logic.check.FieldProblem;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.Closure;

/** The closure dialog's state: first day (required), last day (the same day when blank), reason. */
public final class ClosureEditor {

    private final Closure before;
    private final long institutionId;
    private final FormField first = new FormField();
    private final FormField last = new FormField();
    private final FormField reason = new FormField();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    /** @param before the closure being changed, or null for a new one */
    public ClosureEditor(Closure before, long institutionId) {
        this.before = before;
        this.institutionId = institutionId;
        first.load(before == null ? "" : DateText.format(before.firstDay()));
        last.load(before == null ? "" : DateText.format(before.lastDay()));
        reason.load(before == null || before.reason() == null ? "" : before.reason());
        first.textProperty().addListener((obs, was, now) -> check());
        last.textProperty().addListener((obs, was, now) -> check());
        reason.textProperty().addListener((obs, was, now) -> check());
        check();
    }

    public String title() {
        return Messages.get(before == null ? "directory.closure.new" : "directory.closure.edit");
    }

    public Closure before() {
        return before;
    }

    public FormField first() {
        return first;
    }

    public FormField last() {
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
        LocalDate from = DateText.parse(first.text()).orElseThrow();
        LocalDate to = DateText.parse(last.text()).orElse(from);
        return new Closure(0, institutionId, from, to, FieldChecks.clean(reason.text()));
    }

    private void check() {
        first.problemProperty().set(FieldChecks.first(FieldChecks.required(first.text()),
                PartnershipEditor.date(first.text())).orElse(null));
        Optional<FieldProblem> lastProblem = PartnershipEditor.date(last.text());
        Optional<LocalDate> from = DateText.parse(first.text());
        Optional<LocalDate> to = DateText.parse(last.text());
        if (lastProblem.isEmpty() && from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            lastProblem = Optional.of(FieldProblem.error("directory.check.endsBeforeStart"));
        }
        last.problemProperty().set(lastProblem.orElse(null));
        reason.problemProperty().set(FieldChecks.length(reason.text(), 500).orElse(null));
        valid.set(!first.hasError() && !last.hasError() && !reason.hasError());
    }
}
