-- Stable global ids for the records a trip file (a bundle) carries, so that a trip exported, changed elsewhere and
-- imported back finds its own records again. A record gets its id the first time it leaves in a bundle (or arrives in
-- one); it never changes afterwards.
ALTER TABLE TRIP ADD COLUMN GID VARCHAR(36);
ALTER TABLE MEMBER ADD COLUMN GID VARCHAR(36);
ALTER TABLE INSTITUTION ADD COLUMN GID VARCHAR(36);
ALTER TABLE OPENING_HOURS ADD COLUMN GID VARCHAR(36);
ALTER TABLE CLOSURE ADD COLUMN GID VARCHAR(36);
ALTER TABLE PARTNERSHIP ADD COLUMN GID VARCHAR(36);
ALTER TABLE CONTACT ADD COLUMN GID VARCHAR(36);
ALTER TABLE EVENT ADD COLUMN GID VARCHAR(36);
ALTER TABLE TRAVEL_LEG ADD COLUMN GID VARCHAR(36);
ALTER TABLE MEETING_RECORD ADD COLUMN GID VARCHAR(36);
ALTER TABLE OUTCOME ADD COLUMN GID VARCHAR(36);
ALTER TABLE ACTION_ITEM ADD COLUMN GID VARCHAR(36);
ALTER TABLE ATTACHMENT ADD COLUMN GID VARCHAR(36);

CREATE UNIQUE INDEX TRIP_GID ON TRIP (GID);
CREATE UNIQUE INDEX MEMBER_GID ON MEMBER (GID);
CREATE UNIQUE INDEX INSTITUTION_GID ON INSTITUTION (GID);
CREATE UNIQUE INDEX OPENING_HOURS_GID ON OPENING_HOURS (GID);
CREATE UNIQUE INDEX CLOSURE_GID ON CLOSURE (GID);
CREATE UNIQUE INDEX PARTNERSHIP_GID ON PARTNERSHIP (GID);
CREATE UNIQUE INDEX CONTACT_GID ON CONTACT (GID);
CREATE UNIQUE INDEX EVENT_GID ON EVENT (GID);
CREATE UNIQUE INDEX TRAVEL_LEG_GID ON TRAVEL_LEG (GID);
CREATE UNIQUE INDEX MEETING_RECORD_GID ON MEETING_RECORD (GID);
CREATE UNIQUE INDEX OUTCOME_GID ON OUTCOME (GID);
CREATE UNIQUE INDEX ACTION_ITEM_GID ON ACTION_ITEM (GID);
CREATE UNIQUE INDEX ATTACHMENT_GID ON ATTACHMENT (GID);

-- What each record of a bundle held when it last left or arrived here: the version the next bundle of the same trip
-- is merged against, field by field (the values as text, one "field=value" a line, escaped).
CREATE TABLE BUNDLE_BASE (
    KIND VARCHAR(64) NOT NULL,
    RECORD_KEY VARCHAR(400) NOT NULL,
    FIELDS CLOB NOT NULL,
    VERSION INTEGER DEFAULT 0 NOT NULL,
    CREATED_AT TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    UPDATED_AT TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (KIND, RECORD_KEY)
);

-- H2 rebuilds a table to add a column and its trigger is left knowing the rebuilt copy's temporary name until the
-- database is opened again: created anew, each knows its table by its own name at once.
/* [jooq ignore start] */
DROP TRIGGER search_event_changed;
CREATE TRIGGER search_event_changed AFTER INSERT, UPDATE, DELETE ON event
    FOR EACH ROW CALL 'org.visitplanner.db.search.SearchQueueTrigger';
DROP TRIGGER search_meeting_changed;
CREATE TRIGGER search_meeting_changed AFTER INSERT, UPDATE, DELETE ON meeting_record
    FOR EACH ROW CALL 'org.visitplanner.db.search.SearchQueueTrigger';
DROP TRIGGER search_outcome_changed;
CREATE TRIGGER search_outcome_changed AFTER INSERT, UPDATE, DELETE ON outcome
    FOR EACH ROW CALL 'org.visitplanner.db.search.SearchQueueTrigger';
DROP TRIGGER search_action_changed;
CREATE TRIGGER search_action_changed AFTER INSERT, UPDATE, DELETE ON action_item
    FOR EACH ROW CALL 'org.visitplanner.db.search.SearchQueueTrigger';
DROP TRIGGER search_institution_changed;
CREATE TRIGGER search_institution_changed AFTER INSERT, UPDATE, DELETE ON institution
    FOR EACH ROW CALL 'org.visitplanner.db.search.SearchQueueTrigger';
DROP TRIGGER search_contact_changed;
CREATE TRIGGER search_contact_changed AFTER INSERT, UPDATE, DELETE ON contact
    FOR EACH ROW CALL 'org.visitplanner.db.search.SearchQueueTrigger';
/* [jooq ignore stop] */
