-- Notes for one day of a trip (meeting point, dress code, what to bring), printed on the day sheets.
CREATE TABLE day_note (
    trip_id     BIGINT NOT NULL REFERENCES trip (id) ON DELETE CASCADE,
    note_day    DATE NOT NULL,
    notes       CLOB NOT NULL,
    version     INTEGER DEFAULT 0 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (trip_id, note_day)
);
