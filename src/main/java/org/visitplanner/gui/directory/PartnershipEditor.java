package org.visitplanner.gui.directory;

import java.time.LocalDate;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;

import org.visitplanner.gui.common.DateText;
import org.visitplanner.gui.common.FormField;
import org.visitplanner.logic.check.FieldChecks;
import org.visitplanner.logic.check.FieldProblem;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.Partnership;
import org.visitplanner.model.PartnershipStatus;
import org.visitplanner.model.PartnershipType;

/** The partnership dialog's state: type, status, since and until (checked), notes. */
public final class PartnershipEditor {

    private final Partnership before;
    private final long institutionId;
    private final ObjectProperty<PartnershipType> type = new SimpleObjectProperty<>(this, "type");
    private final ObjectProperty<PartnershipStatus> status = new SimpleObjectProperty<>(this, "status");
    private final FormField since = new FormField();
    private final FormField until = new FormField();
    private final FormField notes = new FormField();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    /** @param before the partnership as stored, or null for a new one at {@code institutionId} */
    public PartnershipEditor(Partnership before, long institutionId) {
        this.before = before;
        this.institutionId = institutionId;
        type.set(before == null ? PartnershipType.STUDENT_EXCHANGE : before.type());
        status.set(before == null ? PartnershipStatus.PROSPECT : before.status());
        since.load(before == null ? "" : DateText.format(before.since()));
        until.load(before == null ? "" : DateText.format(before.until()));
        notes.load(before == null || before.notes() == null ? "" : before.notes());
        since.textProperty().addListener((obs, was, now) -> check());
        until.textProperty().addListener((obs, was, now) -> check());
        notes.textProperty().addListener((obs, was, now) -> check());
        check();
    }

    public boolean isNew() {
        return before == null;
    }

    public String title() {
        return Messages.get(isNew() ? "directory.partnership.new" : "directory.partnership.edit");
    }

    public ObjectProperty<PartnershipType> typeProperty() {
        return type;
    }

    public ObjectProperty<PartnershipStatus> statusProperty() {
        return status;
    }

    public FormField since() {
        return since;
    }

    public FormField until() {
        return until;
    }

    public FormField notes() {
        return notes;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public Partnership before() {
        return before;
    }

    /** The partnership as the dialog describes it; call only when {@link #validProperty() valid}. */
    public Partnership result() {
        return new Partnership(before == null ? 0 : before.id(), institutionId, type.get(), status.get(),
                DateText.parse(since.text()).orElse(null), DateText.parse(until.text()).orElse(null),
                FieldChecks.clean(notes.text()), before == null ? 0 : before.version());
    }

    private void check() {
        since.problemProperty().set(date(since.text()).orElse(null));
        Optional<FieldProblem> untilProblem = date(until.text());
        Optional<LocalDate> from = DateText.parse(since.text());
        Optional<LocalDate> to = DateText.parse(until.text());
        if (untilProblem.isEmpty() && from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            untilProblem = Optional.of(FieldProblem.error("directory.check.endsBeforeStart"));
        }
        until.problemProperty().set(untilProblem.orElse(null));
        notes.problemProperty().set(FieldChecks.length(notes.text(), 100_000).orElse(null));
        valid.set(!since.hasError() && !until.hasError() && !notes.hasError());
    }

    /** A problem when {@code text} is neither blank nor a date. */
    static Optional<FieldProblem> date(String text) {
        return FieldChecks.isBlank(text) || DateText.parse(text).isPresent() ? Optional.empty()
                : Optional.of(FieldProblem.error("directory.check.date", text.strip()));
    }
}
