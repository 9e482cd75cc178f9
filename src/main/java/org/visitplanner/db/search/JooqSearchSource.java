package org.visitplanner.db.search;

import static org.visitplanner.db.jooq.Tables.ACTION_ITEM;
import static org.visitplanner.db.jooq.Tables.CONTACT;
import static org.visitplanner.db.jooq.Tables.EVENT;
import static org.visitplanner.db.jooq.Tables.INSTITUTION;
import static org.visitplanner.db.jooq.Tables.MEETING_RECORD;
import static org.visitplanner.db.jooq.Tables.OUTCOME;
import static org.visitplanner.db.jooq.Tables.SEARCH_PENDING;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.visitplanner.db.followup.JooqFollowUpRepository;
import org.visitplanner.logic.io.AtomicFiles;
import org.visitplanner.logic.meeting.NoteMarkup;
import org.visitplanner.logic.search.SearchDocument;
import org.visitplanner.logic.search.SearchSource;
import org.visitplanner.model.PersonNames;
import org.visitplanner.model.SearchKind;

/** The search index's view of the database: documents built from a few joined queries, and the change queue. */
public final class JooqSearchSource implements SearchSource {

    private static final int FETCH_SIZE = 500;

    private final DSLContext dsl;
    /** Where a shared database's queue position is kept on this computer; {@code null}: the queue is this app's own. */
    private final Path position;

    /** The source of a database this app alone uses: queued changes the index holds are deleted. */
    public JooqSearchSource(DSLContext dsl) {
        this(dsl, null);
    }

    /**
     * The source of a team database, whose queue every colleague's index reads: changes are never deleted from it
     * (another index may not hold them yet); how far this computer's index has read is kept in {@code position}.
     */
    public JooqSearchSource(DSLContext dsl, Path position) {
        this.dsl = dsl;
        this.position = position;
    }

    @Override
    public List<Change> pending(int limit) {
        return dsl.selectFrom(SEARCH_PENDING).where(SEARCH_PENDING.ID.gt(readUpTo())).orderBy(SEARCH_PENDING.ID)
                .limit(limit).fetch(r -> new Change(r.getId(), r.getScope(), r.getRefId()));
    }

    /** The last change this index read from a shared queue (0 for a queue of its own, emptied as it is read). */
    private long readUpTo() {
        if (position == null || !Files.isRegularFile(position)) {
            return 0;
        }
        try {
            return Long.parseLong(Files.readString(position, StandardCharsets.US_ASCII).strip());
        } catch (IOException | NumberFormatException e) {
            // Unreadable: read the queue from its start again (applying a change twice changes nothing).
            return 0;
        }
    }

    @Override
    public long lastPendingId() {
        Long last = dsl.select(DSL.max(SEARCH_PENDING.ID)).from(SEARCH_PENDING).fetchOne(0, Long.class);
        return last == null ? 0 : last;
    }

    @Override
    public void forget(long upToId) {
        if (position == null) {
            dsl.deleteFrom(SEARCH_PENDING).where(SEARCH_PENDING.ID.le(upToId)).execute();
            return;
        }
        try {
            AtomicFiles.write(position, out -> out.write(Long.toString(upToId).getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new UncheckedIOException("keeping the search index's place in the queue", e);
        }
    }

    @Override
    public List<SearchDocument> documentsOf(Scope scope, long id) {
        List<SearchDocument> documents = new ArrayList<>();
        switch (scope) {
            case EVENT -> meetingDocuments(EVENT.ID.eq(id), documents::add);
            case INSTITUTION -> {
                institutions(INSTITUTION.ID.eq(id), documents::add);
                contacts(CONTACT.INSTITUTION_ID.eq(id), documents::add);
                meetingDocuments(EVENT.INSTITUTION_ID.eq(id), documents::add);
            }
            case CONTACT -> contacts(CONTACT.ID.eq(id), documents::add);
        }
        return documents;
    }

    @Override
    public void forEachDocument(Consumer<SearchDocument> sink) {
        institutions(DSL.noCondition(), sink);
        contacts(DSL.noCondition(), sink);
        meetingDocuments(DSL.noCondition(), sink);
    }

    private void institutions(Condition condition, Consumer<SearchDocument> sink) {
        try (Cursor<?> rows = dsl.selectFrom(INSTITUTION).where(condition).fetchSize(FETCH_SIZE).fetchLazy()) {
            for (Record row : rows) {
                var i = row.into(INSTITUTION);
                String body = String.join("\n", nonBlank(i.getOfficialName(), i.getEnglishName(), i.getChineseName(),
                        i.getShortName(), i.getCity()));
                sink.accept(new SearchDocument(SearchKind.INSTITUTION, i.getId(), i.getId(), i.getOfficialName(), body,
                        nullToEmpty(i.getCity()), "", List.of(Scope.INSTITUTION.term(i.getId()))));
            }
        }
    }

    private void contacts(Condition condition, Consumer<SearchDocument> sink) {
        try (Cursor<?> rows = dsl.select(CONTACT.asterisk(), INSTITUTION.SHORT_NAME, INSTITUTION.OFFICIAL_NAME)
                .from(CONTACT).join(INSTITUTION).on(INSTITUTION.ID.eq(CONTACT.INSTITUTION_ID))
                .where(condition).fetchSize(FETCH_SIZE).fetchLazy()) {
            for (Record row : rows) {
                var c = row.into(CONTACT);
                String institution = JooqFollowUpRepository.label(row.get(INSTITUTION.SHORT_NAME),
                        row.get(INSTITUTION.OFFICIAL_NAME));
                String body = String.join("\n", nonBlank(c.getNameLatin(), c.getNameChinese(), c.getTitle(),
                        c.getEmail(), institution));
                sink.accept(new SearchDocument(SearchKind.CONTACT, c.getId(), c.getInstitutionId(),
                        PersonNames.display(c.getNameLatin(), c.getNameChinese()) + " — " + institution, body,
                        nullToEmpty(c.getTitle()), "",
                        List.of(Scope.CONTACT.term(c.getId()), Scope.INSTITUTION.term(c.getInstitutionId()))));
            }
        }
    }

    @Override
    public List<SearchDocument> documents(SearchKind kind, Collection<Long> ids) {
        List<SearchDocument> documents = new ArrayList<>();
        switch (kind) {
            case INSTITUTION -> institutions(INSTITUTION.ID.in(ids), documents::add);
            case CONTACT -> contacts(CONTACT.ID.in(ids), documents::add);
            case MEETING -> meetings(EVENT.ID.in(ids), documents::add);
            case OUTCOME -> outcomes(OUTCOME.ID.in(ids), documents::add);
            case ACTION -> actions(ACTION_ITEM.ID.in(ids), documents::add);
        }
        return documents;
    }

    /** Meeting records, their outcomes and their action items, for the events {@code condition} selects. */
    private void meetingDocuments(Condition condition, Consumer<SearchDocument> sink) {
        meetings(condition, sink);
        outcomes(condition, sink);
        actions(condition, sink);
    }

    private static final List<Field<?>> MEETING_CONTEXT = List.of(EVENT.ID, EVENT.TITLE, EVENT.STARTS_AT,
            EVENT.LOCATION, EVENT.INSTITUTION_ID, INSTITUTION.SHORT_NAME, INSTITUTION.OFFICIAL_NAME);

    private void meetings(Condition condition, Consumer<SearchDocument> sink) {
        var context = MEETING_CONTEXT;
        try (Cursor<?> rows = dsl.select(context).select(MEETING_RECORD.ID, MEETING_RECORD.AGENDA, MEETING_RECORD.NOTES)
                .from(MEETING_RECORD).join(EVENT).on(EVENT.ID.eq(MEETING_RECORD.EVENT_ID))
                .leftJoin(INSTITUTION).on(INSTITUTION.ID.eq(EVENT.INSTITUTION_ID))
                .where(condition).fetchSize(FETCH_SIZE).fetchLazy()) {
            for (Record row : rows) {
                // Snippets read better without the notes' Markdown marks; the words are the same.
                String agenda = NoteMarkup.plain(row.get(MEETING_RECORD.AGENDA));
                String notes = NoteMarkup.plain(row.get(MEETING_RECORD.NOTES));
                String body = agenda.isBlank() ? notes : notes.isBlank() ? agenda : agenda + "\n\n" + notes;
                sink.accept(document(SearchKind.MEETING, row.get(EVENT.ID), row.get(EVENT.ID), row, body, ""));
            }
        }
    }

    private void outcomes(Condition condition, Consumer<SearchDocument> sink) {
        var context = MEETING_CONTEXT;
        try (Cursor<?> rows = dsl.select(context).select(OUTCOME.ID, OUTCOME.TYPE, OUTCOME.TEXT)
                .from(OUTCOME).join(MEETING_RECORD).on(MEETING_RECORD.ID.eq(OUTCOME.MEETING_ID))
                .join(EVENT).on(EVENT.ID.eq(MEETING_RECORD.EVENT_ID))
                .leftJoin(INSTITUTION).on(INSTITUTION.ID.eq(EVENT.INSTITUTION_ID))
                .where(condition).fetchSize(FETCH_SIZE).fetchLazy()) {
            for (Record row : rows) {
                sink.accept(document(SearchKind.OUTCOME, row.get(OUTCOME.ID), row.get(EVENT.ID), row,
                        row.get(OUTCOME.TEXT), row.get(OUTCOME.TYPE).name()));
            }
        }
    }

    private void actions(Condition condition, Consumer<SearchDocument> sink) {
        var context = MEETING_CONTEXT;
        try (Cursor<?> rows = dsl.select(context).select(ACTION_ITEM.ID, ACTION_ITEM.STATUS, ACTION_ITEM.TEXT)
                .from(ACTION_ITEM).join(MEETING_RECORD).on(MEETING_RECORD.ID.eq(ACTION_ITEM.MEETING_ID))
                .join(EVENT).on(EVENT.ID.eq(MEETING_RECORD.EVENT_ID))
                .leftJoin(INSTITUTION).on(INSTITUTION.ID.eq(EVENT.INSTITUTION_ID))
                .where(condition).fetchSize(FETCH_SIZE).fetchLazy()) {
            for (Record row : rows) {
                sink.accept(document(SearchKind.ACTION, row.get(ACTION_ITEM.ID), row.get(ACTION_ITEM.ID), row,
                        row.get(ACTION_ITEM.TEXT), row.get(ACTION_ITEM.STATUS).name()));
            }
        }
    }

    private static SearchDocument document(SearchKind kind, long id, long target, Record row, String body,
                                           String detail) {
        Long institutionId = row.get(EVENT.INSTITUTION_ID);
        String place = institutionId != null
                ? JooqFollowUpRepository.label(row.get(INSTITUTION.SHORT_NAME), row.get(INSTITUTION.OFFICIAL_NAME))
                : nullToEmpty(row.get(EVENT.LOCATION));
        String title = place.isBlank() ? row.get(EVENT.TITLE) : row.get(EVENT.TITLE) + " — " + place;
        List<String> scopes = institutionId == null ? List.of(Scope.EVENT.term(row.get(EVENT.ID)))
                : List.of(Scope.EVENT.term(row.get(EVENT.ID)), Scope.INSTITUTION.term(institutionId));
        return new SearchDocument(kind, id, target, title, body, detail,
                row.get(EVENT.STARTS_AT).toLocalDate().toString(), scopes);
    }

    private static List<String> nonBlank(String... values) {
        List<String> kept = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank() && !kept.contains(value)) {
                kept.add(value);
            }
        }
        return kept;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
