package org.visitplanner.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.jooq.Record;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class MigrationTest {

    @Test
    void everyTableHasOptimisticLockingAndTimestamps() {
        try (Database database = Database.inMemory("migration-" + UUID.randomUUID())) {
            List<String> tables = database.dsl().fetch(
                    "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' "
                            + "AND TABLE_NAME <> 'flyway_schema_history'")
                    .getValues(0, String.class);
            assertThat(tables).contains("TRIP", "MEMBER", "TRIP_MEMBER", "INSTITUTION", "OPENING_HOURS", "CLOSURE",
                    "CONTACT", "PARTNERSHIP", "EVENT", "EVENT_PARTICIPANT", "EVENT_HOST", "TRAVEL_LEG",
                    "MEETING_RECORD", "MEETING_MEMBER", "MEETING_CONTACT", "OUTCOME", "ACTION_ITEM", "ATTACHMENT",
                    "PARTNERSHIP_STATUS_CHANGE");
            for (String table : tables) {
                List<String> columns = database.dsl().fetch(
                        "SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = ?", table)
                        .getValues(0, String.class);
                assertThat(columns).as(table).contains("VERSION", "CREATED_AT", "UPDATED_AT");
            }
        }
    }

    @Test
    void theSchemaRefusesEventsThatEndBeforeTheyStartWithAPlainSentence() {
        org.visitplanner.logic.i18n.Messages.setLocale(java.util.Locale.ENGLISH);
        try (Database database = Database.inMemory("migration-" + UUID.randomUUID())) {
            database.dsl().execute("INSERT INTO trip (name, first_day, last_day, venue_zone, home_zone) "
                    + "VALUES ('t', DATE '2025-12-08', DATE '2025-12-12', 'Europe/Paris', 'Asia/Shanghai')");
            Record trip = database.dsl().fetchOne("SELECT id FROM trip");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> database.dsl().execute(
                    "INSERT INTO event (trip_id, uid, kind, title, starts_at, ends_at, zone) VALUES (?, 'u', 'VISIT', "
                            + "'x', TIMESTAMP '2025-12-08 11:00:00', TIMESTAMP '2025-12-08 10:00:00', 'Europe/Paris')",
                    trip.get(0, Long.class)))
                    .isInstanceOfSatisfying(org.visitplanner.logic.DataProblem.class, problem -> {
                        assertThat(problem.kind()).isEqualTo(org.visitplanner.logic.DataProblem.Kind.REFUSED);
                        assertThat(problem.userMessage()).isEqualTo(
                                "An event must end after it starts. Nothing was changed.");
                    });
            assertThat(database.dsl().fetchCount(DSL.table("event"))).isZero();
        }
    }
}
