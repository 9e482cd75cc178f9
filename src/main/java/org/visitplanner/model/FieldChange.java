package org.visitplanner.model;

import java.time.OffsetDateTime;

/**
 * One field of a record changed by someone: {@code table} and {@code recordId} name the record (an institution, a
 * contact, a member, an event, a meeting record), {@code field} its column in small letters. {@code before} and
 * {@code after} are the values as text, both {@code null} when {@code longText} (a note: the history says it changed,
 * not what it says). {@code who} is the database user (team) or the computer's user (a file); {@code when} the moment,
 * with its offset. {@code recordName} names a contact in its institution's history (null otherwise).
 */
public record FieldChange(String table, long recordId, String recordName, String field, String before, String after,
                          boolean longText, String who, OffsetDateTime when) {
}
