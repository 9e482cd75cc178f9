package org.visitplanner.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Properties;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.visitplanner.app.Services;

/**
 * Makes the small database of a released schema version that {@code SchemaUpgradeTest} opens with the current app:
 * the sample trip plus a row in every table, with accents, Chinese, emoji and right-to-left text.
 *
 * <p>Run it once when a schema version is released (on the commit that releases it), and commit its output:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.visitplanner.support.MakeSchemaSnapshot src/test/resources/schema-versions/V<n>
 * </pre>
 * It writes {@code visit-planner.mv.db} and {@code expected.properties} (what the test checks) into the folder.
 */
public final class MakeSchemaSnapshot {

    static final String NOTE = "Réunion à l’ENPC — 与巴黎路桥学院会谈 🎓 — اجتماع — פגישה";

    private MakeSchemaSnapshot() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]).toAbsolutePath();
        Path data = Files.createTempDirectory("schema-snapshot");
        Properties expected = new Properties();
        try (Services services = Services.open(data)) {
            long tripId = services.sampleTrip().ensureLoaded();
            DSLContext dsl = services.database().dsl();
            services.transactions().run(() -> fill(dsl, tripId));
            expected.setProperty("trip.name", services.trips().findById(tripId).orElseThrow().name());
            expected.setProperty("meeting.notes", NOTE);
            for (var table : dsl.fetch("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' "
                    + "AND TABLE_NAME <> 'flyway_schema_history' AND TABLE_NAME <> 'SEARCH_PENDING'")) {
                // (the queue of changes for the search index is work in progress, not data)
                String name = table.get(0, String.class);
                expected.setProperty("rows." + name, Integer.toString(dsl.fetchCount(org.jooq.impl.DSL.table(name))));
            }
            expected.setProperty("schema.version", dsl.fetchValue("SELECT \"version\" FROM "
                    + "\"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL "
                    + "ORDER BY \"installed_rank\" DESC LIMIT 1").toString()); // "10" sorts before "9" as text
            services.database().withConnection(connection -> compact(connection));
        }
        Files.createDirectories(folder);
        Files.copy(data.resolve("visit-planner.mv.db"), folder.resolve("visit-planner.mv.db"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (var out = Files.newBufferedWriter(folder.resolve("expected.properties"))) {
            expected.store(out,
                    "What SchemaUpgradeTest checks after opening this version's database with the current app");
        }
        System.out.println("wrote " + folder);
    }

    private static boolean compact(Connection connection) throws java.sql.SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.execute("SHUTDOWN COMPACT");
        }
    }

    private static boolean tableExists(DSLContext dsl, String name) {
        return dsl.fetchCount(DSL.table("INFORMATION_SCHEMA.TABLES"), DSL.field("TABLE_SCHEMA").eq("PUBLIC")
                .and(DSL.field("TABLE_NAME").eq(name))) > 0;
    }

    /** One row in every table the sample leaves empty (and one more meeting record with every script in it). */
    private static void fill(DSLContext dsl, long tripId) {
        long secondEvent = ((Number) dsl.fetchValue("SELECT MAX(id) FROM event WHERE trip_id = ?", tripId)).longValue();
        long firstEvent = ((Number) dsl.fetchValue("SELECT MIN(id) FROM event WHERE trip_id = ?", tripId)).longValue();
        long member = ((Number) dsl.fetchValue("SELECT MIN(id) FROM member")).longValue();
        long contact = ((Number) dsl.fetchValue("SELECT MIN(id) FROM contact")).longValue();
        long institution = ((Number) dsl.fetchValue("SELECT MIN(id) FROM institution")).longValue();
        long partnership = ((Number) dsl.fetchValue("SELECT MIN(id) FROM partnership")).longValue();
        dsl.execute("INSERT INTO closure (institution_id, first_day, last_day, reason) VALUES (?, DATE '2025-12-24', "
                + "DATE '2026-01-02', 'Vacances de Noël — 圣诞假期')", institution);
        if (dsl.fetchCount(DSL.table("travel_leg"), DSL.field("from_event_id").eq(firstEvent)
                .and(DSL.field("to_event_id").eq(secondEvent))) == 0) {
            dsl.execute("INSERT INTO travel_leg (from_event_id, to_event_id, mode, minutes, notes) VALUES (?, ?, "
                    + "'PUBLIC_TRANSPORT', 45, 'RER B puis métro')", firstEvent, secondEvent);
        }
        // Later samples come with meeting records of their own: this one goes on an event that has none.
        long unrecorded = ((Number) dsl.fetchValue("SELECT MIN(id) FROM event WHERE trip_id = ? AND id NOT IN "
                + "(SELECT event_id FROM meeting_record)", tripId)).longValue();
        long meeting = ((Number) dsl.resultQuery("SELECT id FROM FINAL TABLE (INSERT INTO meeting_record "
                + "(event_id, agenda, notes) VALUES (?, 'Double diplôme', ?))", unrecorded, NOTE).fetchOne(0))
                .longValue();
        if (tableExists(dsl, "DAY_NOTE")) {
            dsl.execute("MERGE INTO day_note (trip_id, note_day, notes) KEY (trip_id, note_day) VALUES (?, "
                    + "DATE '2025-12-10', ?)", tripId, "Rendez-vous 8 h 15 — 8:15 集合 — " + NOTE);
        }
        dsl.execute("INSERT INTO meeting_member (meeting_id, member_id) VALUES (?, ?)", meeting, member);
        dsl.execute("INSERT INTO meeting_contact (meeting_id, contact_id) VALUES (?, ?)", meeting, contact);
        long outcome = ((Number) dsl.resultQuery("SELECT id FROM FINAL TABLE (INSERT INTO outcome (meeting_id, type, "
                + "text, position) VALUES (?, 'CONSENSUS', 'Curriculum alignment agreed', 0))", meeting).fetchOne(0))
                .longValue();
        dsl.execute("INSERT INTO action_item (meeting_id, text, owner_member_id, due_day, status, position) VALUES "
                + "(?, 'Send the draft agreement', ?, DATE '2026-01-15', 'OPEN', 0)", meeting, member);
        dsl.execute("INSERT INTO attachment (meeting_id, file_name, stored_path, size_bytes, sha256) VALUES (?, "
                + "'programme.pdf', 'attachments/1/programme.pdf', 1234, ?)", meeting, "0".repeat(64));
        dsl.execute("INSERT INTO partnership_status_change (partnership_id, old_status, new_status, changed_at, "
                + "outcome_id) VALUES (?, 'IN_DISCUSSION', 'AGREED_IN_PRINCIPLE', TIMESTAMP WITH TIME ZONE "
                + "'2025-12-09 15:30:00+01:00', ?)", partnership, outcome);
    }
}
