package org.visitplanner.model;

import java.util.Locale;

/** What a search hit is; {@link #code()} is the word the {@code search} command prints. */
public enum SearchKind {
    MEETING, OUTCOME, ACTION, INSTITUTION, CONTACT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
