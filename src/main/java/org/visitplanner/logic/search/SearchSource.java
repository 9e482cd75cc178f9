package org.visitplanner.logic.search;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.visitplanner.model.SearchKind;

/**
 * Where the search index gets its documents, and the queue of changes it has not seen yet. The database fills the
 * queue itself (triggers on the tables that feed the index), in the same transaction as each change, so that no
 * feature has to remember to tell the index.
 */
public interface SearchSource {

    /** What a queued change is about. */
    enum Scope {
        /** An event, its meeting record, outcomes or action items. */
        EVENT,
        /** An institution (its names show in the titles of its contacts and meetings). */
        INSTITUTION,
        /** A contact. */
        CONTACT;

        public String term(long id) {
            return name().toLowerCase(Locale.ROOT) + ":" + id;
        }
    }

    /** A change not yet in the index; {@code id} orders the queue. */
    record Change(long id, Scope scope, long refId) {
    }

    /** Up to {@code limit} queued changes, oldest first. */
    List<Change> pending(int limit);

    /** The newest queued change (0 when the queue is empty). */
    long lastPendingId();

    /** Drops queued changes up to {@code id} once the index holds them. */
    void forget(long upToId);

    /** The current documents of one scope (none when it was deleted). */
    List<SearchDocument> documentsOf(Scope scope, long id);

    /**
     * The current documents of one kind with these ids (fewer when some were deleted): the text of a hit is read
     * from here, since the index stores none (it may not hold the notes of a password-protected database in clear).
     */
    List<SearchDocument> documents(SearchKind kind, Collection<Long> ids);

    /** Every document, for a full rebuild. */
    void forEachDocument(Consumer<SearchDocument> sink);
}
