package org.visitplanner.gui.people;

import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.visitplanner.gui.common.FormField;
import org.visitplanner.logic.check.FieldChecks;
import org.visitplanner.logic.check.FieldProblem;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.Member;
import org.visitplanner.model.MemberRole;

/** The delegation member dialog's state: the fields, checked as they are typed, and the role. */
public final class MemberEditor {

    private final Member before;
    private final FormField name = field(text -> FieldChecks.first(FieldChecks.required(text),
            FieldChecks.length(text, 200)));
    private final FormField chineseName = field(text -> FieldChecks.length(text, 200));
    private final FormField title = field(text -> FieldChecks.length(text, 300));
    private final FormField organisation = field(text -> FieldChecks.length(text, 300));
    private final FormField email = field(text -> FieldChecks.first(FieldChecks.email(text),
            FieldChecks.length(text, 320)));
    private final FormField phone = field(text -> FieldChecks.first(FieldChecks.phone(text),
            FieldChecks.length(text, 64)));
    private final FormField notes = field(text -> FieldChecks.length(text, 100_000));
    private final ObjectProperty<MemberRole> role = new SimpleObjectProperty<>(this, "role");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ObservableList<String> changes = FXCollections.observableArrayList();

    /** @param before the member as stored, or null for a new one */
    public MemberEditor(Member before) {
        this.before = before;
        if (before != null) {
            name.load(before.nameLatin());
            chineseName.load(text(before.nameChinese()));
            title.load(text(before.title()));
            organisation.load(text(before.organisation()));
            email.load(text(before.email()));
            phone.load(text(before.phone()));
            notes.load(text(before.notes()));
        }
        role.set(before == null ? MemberRole.MEMBER : before.role());
        check();
    }

    private FormField field(Function<String, Optional<FieldProblem>> check) {
        FormField field = new FormField();
        field.textProperty().addListener((obs, was, now) -> {
            field.problemProperty().set(check.apply(now).orElse(null));
            check();
        });
        field.problemProperty().set(check.apply(field.text()).orElse(null));
        return field;
    }

    public String title() {
        return before == null ? Messages.get("directory.member.new")
                : Messages.get("directory.member.edit", before.displayName());
    }

    public Member before() {
        return before;
    }

    public FormField name() {
        return name;
    }

    public FormField chineseName() {
        return chineseName;
    }

    public FormField jobTitle() {
        return title;
    }

    public FormField organisation() {
        return organisation;
    }

    public FormField email() {
        return email;
    }

    /** Who changed the member and when, one line each, newest first (read in the background; none for a new one). */
    public ObservableList<String> changes() {
        return changes;
    }

    /** Whether the dialog makes a new member (which has no history yet). */
    public boolean isNew() {
        return before == null;
    }

    public FormField phone() {
        return phone;
    }

    public FormField notes() {
        return notes;
    }

    public ObjectProperty<MemberRole> roleProperty() {
        return role;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The member as the dialog describes it (with the version it was read at); only when valid. */
    public Member result() {
        return new Member(before == null ? 0 : before.id(), name.text().strip(), FieldChecks.clean(chineseName.text()),
                FieldChecks.clean(title.text()), FieldChecks.clean(organisation.text()),
                role.get() == null ? MemberRole.MEMBER : role.get(), FieldChecks.clean(email.text()),
                FieldChecks.clean(phone.text()), notes.text().isBlank() ? null : notes.text().strip(),
                before == null ? 0 : before.version());
    }

    private void check() {
        if (name == null || notes == null) {
            return; // still building the fields
        }
        valid.set(Stream.of(name, chineseName, title, organisation, email, phone, notes)
                .noneMatch(FormField::hasError));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
