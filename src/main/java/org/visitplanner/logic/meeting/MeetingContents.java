package org.visitplanner.logic.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.undo.DeletedRows;

/**
 * What an event's meeting record holds, as a delete would take it: said to the user before an event with a record is
 * deleted ("Its meeting record goes with it: the notes (245 words), 3 outcomes…").
 */
public record MeetingContents(int words, boolean agenda, int outcomes, int actions, int attendees, int attachments) {

    /** The meeting record among the rows a delete would take; empty when there is none. */
    public static Optional<MeetingContents> of(DeletedRows rows) {
        Optional<DeletedRows.Row> record = rows.rows().stream()
                .filter(row -> row.table().equalsIgnoreCase("MEETING_RECORD")).findFirst();
        return record.map(r -> new MeetingContents(words(text(r, "NOTES")), !text(r, "AGENDA").isBlank(),
                (int) rows.count("OUTCOME"), (int) rows.count("ACTION_ITEM"),
                (int) (rows.count("MEETING_MEMBER") + rows.count("MEETING_CONTACT")),
                (int) rows.count("ATTACHMENT")));
    }

    /** True when nothing was written or attached in the record (attendance alone comes from the plan). */
    public boolean isEmpty() {
        return words == 0 && !agenda && outcomes == 0 && actions == 0 && attachments == 0;
    }

    /** One sentence in the current language: what goes with the record. */
    public String describe() {
        if (isEmpty()) {
            return Messages.get("itinerary.deleteEvent.emptyRecord");
        }
        List<String> parts = new ArrayList<>();
        if (words > 0) {
            parts.add(Messages.get("itinerary.deleteEvent.notes", words));
        }
        if (agenda) {
            parts.add(Messages.get("itinerary.deleteEvent.agenda"));
        }
        if (outcomes > 0) {
            parts.add(Messages.get("itinerary.deleteEvent.outcomes", outcomes));
        }
        if (actions > 0) {
            parts.add(Messages.get("itinerary.deleteEvent.actions", actions));
        }
        if (attendees > 0) {
            parts.add(Messages.get("itinerary.deleteEvent.attendees", attendees));
        }
        if (attachments > 0) {
            parts.add(Messages.get("itinerary.deleteEvent.attachments", attachments));
        }
        String list = parts.size() == 1 ? parts.get(0) : Messages.get("itinerary.deleteEvent.list",
                String.join(Messages.get("itinerary.deleteEvent.separator"), parts.subList(0, parts.size() - 1)),
                parts.get(parts.size() - 1));
        return Messages.get("itinerary.deleteEvent.goesWithIt", list);
    }

    /** Words of a text as a reader counts them; Chinese is counted by characters, as Chinese word counts are. */
    public static int words(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                count++;
                inWord = false;
            } else if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    count++;
                }
                inWord = true;
            } else {
                inWord = false;
            }
            i += Character.charCount(c);
        }
        return count;
    }

    private static String text(DeletedRows.Row row, String column) {
        Object value = row.values().get(column);
        return value == null ? "" : value.toString();
    }
}
