-- Visit Planner schema, version 13: who added or deleted an institution, a contact, a member or an event, and when
-- (docs/decisions/0026-live-refresh-and-change-history.md). The same Java trigger as V12's writes one row of
-- CHANGE_HISTORY per record, FIELD 'added' (NEW_VALUE: the record's name) or 'deleted' (OLD_VALUE: its name), in the
-- transaction of the change. PARENT_ID names the record it belonged to (a contact's institution, an event's trip), so
-- that an institution's history still lists a contact deleted since. Adding back what the same person deleted within
-- 10 minutes (an undo) removes that row instead. PostgreSQL's copy (db/postgresql) does
-- the same in PL/pgSQL. A meeting record's existence follows its event's and is not recorded.

ALTER TABLE change_history ADD COLUMN parent_id BIGINT;

CREATE INDEX change_history_parent ON change_history (table_name, parent_id);

/* [jooq ignore start] */
CREATE TRIGGER history_institution_added AFTER INSERT ON institution
    FOR EACH ROW CALL 'org.visitplanner.db.history.ChangeHistoryTrigger';
CREATE TRIGGER history_institution_deleted AFTER DELETE ON institution
    FOR EACH ROW CALL 'org.visitplanner.db.history.ChangeHistoryTrigger';
CREATE TRIGGER history_contact_added AFTER INSERT ON contact
    FOR EACH ROW CALL 'org.visitplanner.db.history.ChangeHistoryTrigger';
CREATE TRIGGER history_contact_deleted AFTER DELETE ON contact
    FOR EACH ROW CALL 'org.visitplanner.db.history.ChangeHistoryTrigger';
CREATE TRIGGER history_member_added AFTER INSERT ON member
    FOR EACH ROW CALL 'org.visitplanner.db.history.ChangeHistoryTrigger';
CREATE TRIGGER history_member_deleted AFTER DELETE ON member
    FOR EACH ROW CALL 'org.visitplanner.db.history.ChangeHistoryTrigger';
CREATE TRIGGER history_event_added AFTER INSERT ON event
    FOR EACH ROW CALL 'org.visitplanner.db.history.ChangeHistoryTrigger';
CREATE TRIGGER history_event_deleted AFTER DELETE ON event
    FOR EACH ROW CALL 'org.visitplanner.db.history.ChangeHistoryTrigger';
/* [jooq ignore stop] */
