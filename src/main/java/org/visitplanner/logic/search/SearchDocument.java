package org.visitplanner.logic.search;

import java.util.List;

import org.visitplanner.model.SearchKind;

/**
 * One thing that can be found, as the index stores it.
 *
 * @param targetId what choosing the hit opens: the event (meetings, outcomes), the action item, or the institution
 *                 (institutions, contacts)
 * @param detail   a short extra for the list: the outcome type or action status (enum name), a contact's job title,
 *                 an institution's city; may be empty
 * @param day      the meeting's day (ISO), or "" when the kind has none
 * @param scopes   the changes that make this document stale: {@code event:<id>}, {@code institution:<id>},
 *                 {@code contact:<id>} (see {@link SearchSource.Scope})
 */
public record SearchDocument(SearchKind kind, long id, long targetId, String title, String body, String detail,
                             String day, List<String> scopes) {

    public SearchDocument {
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        detail = detail == null ? "" : detail;
        day = day == null ? "" : day;
        scopes = List.copyOf(scopes);
    }

    /** The unique key of the document in the index. */
    public String key() {
        return kind.code() + ":" + id;
    }
}
