package org.visitplanner.gui.directory;

import java.time.LocalDate;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;

import org.visitplanner.gui.common.FormField;
import org.visitplanner.gui.common.TypedField;
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
    private final TypedField<LocalDate> since = TypedField.date();
    private final TypedField<LocalDate> until = TypedField.date();
    private final FormField notes = new FormField();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    /** @param before the partnership as stored, or null for a new one at {@code institutionId} */
    public PartnershipEditor(Partnership before, long institutionId) {
        this.before = before;
        this.institutionId = institutionId;
        type.set(before == null ? PartnershipType.STUDENT_EXCHANGE : before.type());
        status.set(before == null ? PartnershipStatus.PROSPECT : before.status());
        since.load(before == null ? null : before.since());
        until.load(before == null ? null : before.until());
        until.rule(day -> since.value().filter(day::isBefore)
                .map(start -> FieldProblem.error("directory.check.endsBeforeStart")));
        notes.load(before == null || before.notes() == null ? "" : before.notes());
        since.field().textProperty().addListener((obs, was, now) -> check());
        until.field().textProperty().addListener((obs, was, now) -> check());
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

    public TypedField<LocalDate> since() {
        return since;
    }

    public TypedField<LocalDate> until() {
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
                since.value().orElse(null), until.value().orElse(null),
                FieldChecks.clean(notes.text()), before == null ? 0 : before.version());
    }

    private void check() {
        until.recheck(); // it must not end before it starts
        notes.problemProperty().set(FieldChecks.length(notes.text(), 100_000).orElse(null));
        valid.set(!since.hasError() && !until.hasError() && !notes.hasError());
    }
}
