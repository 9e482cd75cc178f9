-- Visit Planner schema, version 13, for PostgreSQL (db/h2 holds H2's; docs/decisions/0026-live-refresh-and-change-
-- history.md): who added or deleted an institution, a contact, a member or an event, and when, as H2's Java trigger
-- (db.history.ChangeHistoryTrigger) records it: one row of CHANGE_HISTORY per record, FIELD 'added' (NEW_VALUE: the
-- record's name) or 'deleted' (OLD_VALUE: its name), CHANGED_BY the session's user, PARENT_ID the record it belonged
-- to (a contact's institution, an event's trip). Adding back what the same person deleted within 10 minutes (an
-- undo) removes that row instead. A meeting record's existence is not recorded.

ALTER TABLE change_history ADD COLUMN parent_id BIGINT;

CREATE INDEX change_history_parent ON change_history (table_name, parent_id);

CREATE FUNCTION change_history_added_deleted() RETURNS trigger AS $$
DECLARE
    the_row JSONB := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
    what TEXT := CASE WHEN TG_OP = 'DELETE' THEN 'deleted' ELSE 'added' END;
    record_name TEXT := left(the_row ->> CASE TG_TABLE_NAME WHEN 'institution' THEN 'official_name'
                                                     WHEN 'event' THEN 'title' ELSE 'name_latin' END, 200);
    parent BIGINT := (the_row ->> CASE TG_TABLE_NAME WHEN 'contact' THEN 'institution_id'
                                                     WHEN 'event' THEN 'trip_id' ELSE 'none' END)::BIGINT;
    last RECORD;
BEGIN
    SELECT h.id, h.changed_by, h.created_at, h.field INTO last FROM change_history h
        WHERE h.table_name = TG_TABLE_NAME AND h.record_id = (the_row ->> 'id')::BIGINT
          AND h.field IN ('added', 'deleted')
        ORDER BY h.id DESC LIMIT 1;
    IF TG_OP = 'INSERT' AND last.id IS NOT NULL AND last.changed_by = session_user AND last.field = 'deleted'
            AND last.created_at > CURRENT_TIMESTAMP - INTERVAL '10 minutes' THEN
        -- Added back what was deleted (an undo): nothing happened after all.
        DELETE FROM change_history WHERE id = last.id;
    ELSE
        INSERT INTO change_history (table_name, record_id, field, old_value, new_value, changed_by, parent_id)
            VALUES (TG_TABLE_NAME, (the_row ->> 'id')::BIGINT, what,
                    CASE WHEN TG_OP = 'DELETE' THEN record_name END, CASE WHEN TG_OP = 'INSERT' THEN record_name END,
                    session_user, parent);
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER history_institution_added_deleted AFTER INSERT OR DELETE ON institution
    FOR EACH ROW EXECUTE FUNCTION change_history_added_deleted();
CREATE TRIGGER history_contact_added_deleted AFTER INSERT OR DELETE ON contact
    FOR EACH ROW EXECUTE FUNCTION change_history_added_deleted();
CREATE TRIGGER history_member_added_deleted AFTER INSERT OR DELETE ON member
    FOR EACH ROW EXECUTE FUNCTION change_history_added_deleted();
CREATE TRIGGER history_event_added_deleted AFTER INSERT OR DELETE ON event
    FOR EACH ROW EXECUTE FUNCTION change_history_added_deleted();
