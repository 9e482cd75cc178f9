package org.visitplanner.gui.directory;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.visitplanner.gui.common.FormField;
import org.visitplanner.logic.check.FieldProblem;
import org.visitplanner.logic.check.FieldProblemException;
import org.visitplanner.logic.directory.ContactField;
import org.visitplanner.logic.directory.ContactTexts;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.Contact;

/** The contact dialog's state: the fields, checked as they are typed, and the institution the contact is at. */
public final class ContactEditor {

    /** An institution to pick in the dialog. */
    public record InstitutionChoice(long id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final Contact before;
    private final Map<ContactField, FormField> fields = new EnumMap<>(ContactField.class);
    private final ObjectProperty<InstitutionChoice> institution = new SimpleObjectProperty<>(this, "institution");
    private final ObservableList<InstitutionChoice> institutions;
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    /**
     * @param before       the contact as stored, or null for a new one
     * @param institutions the institutions to choose from; the contact's own is preselected
     */
    public ContactEditor(Contact before, long institutionId, List<InstitutionChoice> institutions) {
        this.before = before;
        this.institutions = FXCollections.observableArrayList(institutions);
        Map<ContactField, String> texts = ContactTexts.of(before != null ? before : ContactTexts.blank(institutionId));
        for (ContactField field : ContactField.values()) {
            FormField formField = new FormField();
            formField.load(texts.get(field));
            formField.textProperty().addListener((obs, was, now) -> check());
            fields.put(field, formField);
        }
        institution.set(institutions.stream().filter(i -> i.id() == institutionId).findFirst().orElse(null));
        institution.addListener((obs, was, now) -> check());
        check();
    }

    public boolean isNew() {
        return before == null;
    }

    public String title() {
        return isNew() ? Messages.get("directory.contact.new") : Messages.get("directory.contact.edit",
                before.displayName());
    }

    public FormField field(ContactField field) {
        return fields.get(field);
    }

    public ObjectProperty<InstitutionChoice> institutionProperty() {
        return institution;
    }

    public ObservableList<InstitutionChoice> institutions() {
        return institutions;
    }

    /** True when the contact can be saved: no field has an error and an institution is chosen. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The contact as stored before the edit; null for a new one. */
    public Contact before() {
        return before;
    }

    /** The contact as the dialog now describes it (with the version it was read at). */
    public Contact result() throws FieldProblemException {
        InstitutionChoice at = institution.get();
        if (at == null) {
            throw new FieldProblemException(FieldProblem.error("directory.check.required"));
        }
        return ContactTexts.apply(before != null ? before : ContactTexts.blank(at.id()), at.id(), texts());
    }

    private Map<ContactField, String> texts() {
        Map<ContactField, String> texts = new EnumMap<>(ContactField.class);
        fields.forEach((field, formField) -> texts.put(field, formField.text()));
        return texts;
    }

    private void check() {
        Map<ContactField, FieldProblem> problems = ContactTexts.checkAll(texts());
        fields.forEach((field, formField) -> formField.problemProperty().set(problems.get(field)));
        valid.set(institution.get() != null && problems.values().stream().noneMatch(FieldProblem::isError));
    }
}
