package org.visitplanner.db.trip;

import static org.visitplanner.db.jooq.Tables.DAY_NOTE;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;

import org.jooq.DSLContext;
import org.visitplanner.logic.trip.DayNoteRepository;

public final class JooqDayNoteRepository implements DayNoteRepository {

    private final DSLContext dsl;

    public JooqDayNoteRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Map<LocalDate, String> findByTrip(long tripId) {
        Map<LocalDate, String> notes = new TreeMap<>();
        dsl.selectFrom(DAY_NOTE).where(DAY_NOTE.TRIP_ID.eq(tripId)).orderBy(DAY_NOTE.NOTE_DAY)
                .forEach(r -> notes.put(r.getNoteDay(), r.getNotes()));
        return notes;
    }

    @Override
    public void save(long tripId, LocalDate day, String notes) {
        if (notes == null || notes.isBlank()) {
            dsl.deleteFrom(DAY_NOTE).where(DAY_NOTE.TRIP_ID.eq(tripId), DAY_NOTE.NOTE_DAY.eq(day)).execute();
            return;
        }
        dsl.insertInto(DAY_NOTE)
                .set(DAY_NOTE.TRIP_ID, tripId)
                .set(DAY_NOTE.NOTE_DAY, day)
                .set(DAY_NOTE.NOTES, notes)
                .onDuplicateKeyUpdate()
                .set(DAY_NOTE.NOTES, notes)
                .set(DAY_NOTE.VERSION, DAY_NOTE.VERSION.plus(1))
                .set(DAY_NOTE.UPDATED_AT, OffsetDateTime.now())
                .execute();
    }
}
