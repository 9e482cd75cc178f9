-- PostgreSQL only. The shared scripts in db/migration speak the SQL both engines understand, except the type CLOB,
-- which PostgreSQL calls TEXT: the name is made to mean that here before any script runs (Flyway runs this before
-- every migrate; it changes nothing once the type exists).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                   WHERE t.typname = 'clob' AND n.nspname = current_schema()) THEN
        CREATE DOMAIN clob AS text;
    END IF;
END
$$;
