package org.visitplanner.model;

/**
 * What was said at one event: the agenda and the notes typed during the meeting (plain text with light Markdown).
 * Who attended, the outcomes, action items and attachments are kept beside it, each in its own table.
 */
public record MeetingRecord(long id, long eventId, String agenda, String notes, int version) {

    public MeetingRecord {
        agenda = agenda == null ? "" : agenda;
        notes = notes == null ? "" : notes;
    }
}
