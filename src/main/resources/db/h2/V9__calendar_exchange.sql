-- What calendar files need beyond an event's own fields.
-- sequence: how many times the event's time, place or title changed (iCalendar SEQUENCE), so that calendars that
-- received an earlier export take the new one as a change.
-- latitude, longitude: the map position of a free location (not an institution), read from a calendar file's GEO, so
-- that journeys to and from it keep their estimated times.
ALTER TABLE event ADD COLUMN sequence INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE event ADD COLUMN latitude DOUBLE PRECISION;
ALTER TABLE event ADD COLUMN longitude DOUBLE PRECISION;
ALTER TABLE event ADD CONSTRAINT event_sequence_range CHECK (sequence >= 0);
ALTER TABLE event ADD CONSTRAINT event_position_complete CHECK ((latitude IS NULL) = (longitude IS NULL));
ALTER TABLE event ADD CONSTRAINT event_position_range
    CHECK (latitude IS NULL OR (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180));

-- H2 rebuilds the table for these changes and its trigger is left knowing the rebuilt copy's temporary name until the
-- database is opened again: created anew, it knows the table by its own name at once.
/* [jooq ignore start] */
DROP TRIGGER search_event_changed;
CREATE TRIGGER search_event_changed AFTER INSERT, UPDATE, DELETE ON event
    FOR EACH ROW CALL 'org.visitplanner.db.search.SearchQueueTrigger';
/* [jooq ignore stop] */
