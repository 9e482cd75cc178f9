package org.visitplanner.gui.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.function.Function;

import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.EventKind;
import org.visitplanner.model.EventStatus;
import org.visitplanner.model.FieldChange;
import org.visitplanner.model.InstitutionKind;
import org.visitplanner.model.MemberRole;
import org.visitplanner.model.Relation;

/**
 * A recorded change as one line the user reads: "8 Dec 2025 14:02 · marie · city: Paris → Champs-sur-Marne", in the
 * user's language (field names, kinds and statuses translated, dates and times as the language writes them). The
 * moment is shown in this computer's zone: it says when the viewer's colleague changed it.
 */
public final class ChangeLines {

    /** The fields whose values are names of the model's enums, by table and field. */
    private static final Map<String, Function<String, Enum<?>>> ENUMS = Map.of(
            "event.kind", EventKind::valueOf,
            "event.status", EventStatus::valueOf,
            "institution.kind", InstitutionKind::valueOf,
            "institution.relation", Relation::valueOf,
            "member.role", MemberRole::valueOf);

    private ChangeLines() {
    }

    /** The line of {@code change}; a contact's change in an institution's history names the contact. */
    public static String line(FieldChange change) {
        if (change.field().equals("added") || change.field().equals("deleted")) {
            return addedOrDeleted(change);
        }
        String recordName = change.table().equals("contact") ? Messages.get("changes.record.contact",
                change.recordName() == null ? "" : change.recordName())
                : change.table().equals("meeting_record") ? Messages.get("changes.record.meeting_record") : null;
        String when = Formats.dateTime(change.when().atZoneSameInstant(ZoneId.systemDefault()));
        String field = fieldName(change.field());
        if (recordName != null) {
            field = recordName + " · " + field;
        }
        if (change.longText()) {
            return Messages.get("changes.line.long", when, change.who(), field);
        }
        return Messages.get("changes.line", when, change.who(), field, value(change, change.before()),
                value(change, change.after()));
    }

    /** "8 Dec 2025 14:02 · ben · added: Contact Li Wei": the record named as it was when added or deleted. */
    private static String addedOrDeleted(FieldChange change) {
        String when = Formats.dateTime(change.when().atZoneSameInstant(ZoneId.systemDefault()));
        boolean added = change.field().equals("added");
        String name = added ? change.after() : change.before();
        name = name == null ? "" : name;
        String record = change.table().equals("contact") ? Messages.get("changes.record.contact", name) : name;
        return Messages.get(added ? "changes.line.added" : "changes.line.deleted", when, change.who(), record);
    }

    /** The field's name in the user's language (its column name when it has none). */
    public static String fieldName(String field) {
        try {
            return Messages.get("changes.field." + field);
        } catch (MissingResourceException e) {
            return field;
        }
    }

    private static String value(FieldChange change, String value) {
        if (value == null || value.isEmpty()) {
            return Messages.get("changes.emptyValue");
        }
        Function<String, Enum<?>> kind = ENUMS.get(change.table() + "." + change.field());
        if (kind != null) {
            try {
                return Messages.of(kind.apply(value));
            } catch (IllegalArgumentException | MissingResourceException e) {
                return value;
            }
        }
        // Times as both engines write them: 2025-12-08T10:00[:00], 2025-12-08, 10:00[:00].
        try {
            LocalDateTime moment = LocalDateTime.parse(value.replace(' ', 'T'));
            return Formats.date(moment.toLocalDate()) + " " + Formats.time(moment.toLocalTime());
        } catch (DateTimeParseException notAMoment) {
            // not a date and time
        }
        try {
            return Formats.date(LocalDate.parse(value));
        } catch (DateTimeParseException notADay) {
            // not a day
        }
        try {
            return Formats.time(LocalTime.parse(value));
        } catch (DateTimeParseException notATime) {
            return value;
        }
    }
}
