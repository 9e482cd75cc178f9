package org.visitplanner.logic.trip;

import java.time.LocalDate;
import java.util.Map;

/** Notes for the days of a trip (meeting point, dress code, what to bring). */
public interface DayNoteRepository {

    /** The trip's day notes by day (days without notes are absent). */
    Map<LocalDate, String> findByTrip(long tripId);

    /** Sets the notes of a day; blank notes remove them. */
    void save(long tripId, LocalDate day, String notes);
}
