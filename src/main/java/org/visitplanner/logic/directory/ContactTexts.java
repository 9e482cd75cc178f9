package org.visitplanner.logic.directory;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.visitplanner.logic.check.FieldChecks;
import org.visitplanner.logic.check.FieldProblem;
import org.visitplanner.logic.check.FieldProblemException;
import org.visitplanner.model.Contact;

/** A contact as the texts of its fields, checked and read the same way by the contact form and by CSV import. */
public final class ContactTexts {
    private ContactTexts() {
    }

    public static Map<ContactField, String> of(Contact c) {
        Map<ContactField, String> texts = new EnumMap<>(ContactField.class);
        texts.put(ContactField.NAME, c.nameLatin());
        texts.put(ContactField.CHINESE_NAME, text(c.nameChinese()));
        texts.put(ContactField.TITLE, text(c.title()));
        texts.put(ContactField.EMAIL, text(c.email()));
        texts.put(ContactField.PHONE, text(c.phone()));
        texts.put(ContactField.LANGUAGES, text(c.languages()));
        texts.put(ContactField.NOTES, text(c.notes()));
        return texts;
    }

    public static Optional<FieldProblem> check(ContactField field, String text) {
        return FieldChecks.first(FieldChecks.length(text, field.maxLength()), switch (field) {
            case NAME -> FieldChecks.required(text);
            case EMAIL -> FieldChecks.email(text);
            case PHONE -> FieldChecks.phone(text);
            default -> Optional.empty();
        });
    }

    public static Map<ContactField, FieldProblem> checkAll(Map<ContactField, String> texts) {
        Map<ContactField, FieldProblem> problems = new EnumMap<>(ContactField.class);
        texts.forEach((field, text) -> check(field, text).ifPresent(p -> problems.put(field, p)));
        return problems;
    }

    /** {@code base} (at {@code institutionId}) with the given texts read into its fields. */
    public static Contact apply(Contact base, long institutionId, Map<ContactField, String> texts)
            throws FieldProblemException {
        for (FieldProblem problem : checkAll(texts).values()) {
            if (problem.isError()) {
                throw new FieldProblemException(problem);
            }
        }
        Map<ContactField, String> t = new EnumMap<>(of(base));
        t.putAll(texts);
        String notes = t.get(ContactField.NOTES);
        return new Contact(base.id(), institutionId, t.get(ContactField.NAME).strip(),
                FieldChecks.clean(t.get(ContactField.CHINESE_NAME)), FieldChecks.clean(t.get(ContactField.TITLE)),
                FieldChecks.clean(t.get(ContactField.EMAIL)), FieldChecks.clean(t.get(ContactField.PHONE)),
                FieldChecks.clean(t.get(ContactField.LANGUAGES)), FieldChecks.isBlank(notes) ? null : notes.strip(),
                base.version());
    }

    /** A new contact at {@code institutionId} with nothing filled in yet. */
    public static Contact blank(long institutionId) {
        return new Contact(0, institutionId, "", null, null, null, null, null, null, 0);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
