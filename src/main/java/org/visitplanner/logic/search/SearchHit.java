package org.visitplanner.logic.search;

import java.util.List;

import org.visitplanner.model.SearchKind;

/**
 * One result of a search.
 *
 * @param snippet a short extract of the matching text, with the matching words marked
 * @see SearchDocument for what {@code targetId}, {@code detail} and {@code day} mean
 */
public record SearchHit(SearchKind kind, long id, long targetId, String title, String detail, String day,
                        List<Part> snippet, float score) {

    /** A piece of a snippet; {@code match} when it is a word the query found. */
    public record Part(String text, boolean match) {
    }

    public SearchHit {
        snippet = List.copyOf(snippet);
    }

    /** The snippet as one line with the matches between {@code marker}s, e.g. {@code **Descartes** Class}. */
    public String snippetText(String marker) {
        StringBuilder line = new StringBuilder();
        for (Part part : snippet) {
            line.append(part.match() ? marker + part.text() + marker : part.text());
        }
        return line.toString();
    }
}
