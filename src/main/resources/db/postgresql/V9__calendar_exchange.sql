-- Visit Planner schema, version 9, for PostgreSQL: H2's script (db/h2) without the H2-only re-creation of its
-- trigger (PostgreSQL's triggers follow their table).
-- sequence: how many times the event's time, place or title changed (iCalendar SEQUENCE).
-- latitude, longitude: the map position of a free location (not an institution), read from a calendar file's GEO.
ALTER TABLE event ADD COLUMN sequence INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE event ADD COLUMN latitude DOUBLE PRECISION;
ALTER TABLE event ADD COLUMN longitude DOUBLE PRECISION;
ALTER TABLE event ADD CONSTRAINT event_sequence_range CHECK (sequence >= 0);
ALTER TABLE event ADD CONSTRAINT event_position_complete CHECK ((latitude IS NULL) = (longitude IS NULL));
ALTER TABLE event ADD CONSTRAINT event_position_range
    CHECK (latitude IS NULL OR (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180));
