package org.visitplanner.logic.history;

import java.util.List;

import org.visitplanner.model.FieldChange;

/**
 * The recorded changes of records, newest first. The database writes them itself, in the transaction of each change
 * (docs/decisions/0026-live-refresh-and-change-history.md); this only reads them.
 */
public interface HistoryRepository {

    /** The changes of institution {@code institutionId} and of its contacts. */
    List<FieldChange> ofInstitution(long institutionId);

    /** The changes of delegation member {@code memberId}, their addition included. */
    List<FieldChange> ofMember(long memberId);

    /** The changes of event {@code eventId} and of its meeting record. */
    List<FieldChange> ofEvent(long eventId);
}
