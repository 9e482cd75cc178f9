package org.visitplanner.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.app.Services;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.team.TeamAddress;
import org.visitplanner.model.Institution;
import org.visitplanner.model.InstitutionKind;
import org.visitplanner.model.Relation;
import org.visitplanner.support.TestPostgres;

/** A team database on a real PostgreSQL server: opening it, what is refused, and two colleagues at once. */
@Tag("team")
class TeamDatabaseTest {

    @TempDir
    java.nio.file.Path temp;

    private final TestPostgres server = TestPostgres.shared();
    private final char[] password = TestPostgres.PASSWORD.toCharArray();

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private static Institution institution(String name) {
        return new Institution(0, name, null, null, null, InstitutionKind.UNIVERSITY, Relation.NONE, null, null,
                "Paris", "France", null, null, null, null, 0);
    }

    @Test
    void anEmptyDatabaseGetsTheSchemaAndTwoColleaguesFindEachOthersRecordsInSearch() {
        TeamAddress team = server.emptyDatabase();
        try (Services anna = Services.team(team, password, temp.resolve("anna"));
             Services bo = Services.team(team, password, temp.resolve("bo"))) {
            assertThat(anna.database().isTeam()).isTrue();
            assertThat(anna.search().search("Sorbonne", 10)).isEmpty();
            assertThat(bo.search().search("Sorbonne", 10)).isEmpty();

            anna.institutions().insert(institution("Sorbonne Université"));

            // Bo's index reads the change from the shared queue first; Anna's still finds it after (nothing of the
            // queue is taken away from her).
            assertThat(bo.search().search("Sorbonne", 10)).hasSize(1);
            assertThat(anna.search().search("Sorbonne", 10)).hasSize(1);
            bo.institutions().insert(institution("Université Paris Cité"));
            assertThat(anna.search().search("Cité", 10)).hasSize(1);
            assertThat(bo.search().search("Université", 10)).hasSize(2);
        }
    }

    @Test
    void aValueTheSchemaRefusesIsTheSameSentenceAsOnH2() {
        TeamAddress team = server.migratedDatabase();
        try (Database database = Database.team(team, password)) {
            database.dsl().execute("INSERT INTO trip (name, first_day, last_day, venue_zone, home_zone) "
                    + "VALUES ('t', DATE '2025-12-08', DATE '2025-12-12', 'Europe/Paris', 'Asia/Shanghai')");
            long trip = database.dsl().fetchOne("SELECT id FROM trip").get(0, Long.class);
            assertThatThrownBy(() -> database.dsl().execute(
                    "INSERT INTO event (trip_id, uid, kind, title, starts_at, ends_at, zone) VALUES (?, 'u', 'VISIT', "
                            + "'x', TIMESTAMP '2025-12-08 11:00:00', TIMESTAMP '2025-12-08 10:00:00', 'Europe/Paris')",
                    trip))
                    .isInstanceOfSatisfying(DataProblem.class, problem -> {
                        assertThat(problem.kind()).isEqualTo(DataProblem.Kind.REFUSED);
                        assertThat(problem.userMessage())
                                .isEqualTo(Messages.get("refused.rule.event_ends_after_start"));
                    });
            assertThat(database.dsl().fetchCount(org.jooq.impl.DSL.table("event"))).isZero();
        }
    }

    @Test
    void aWrongPasswordIsSaidAsSuch() {
        TeamAddress team = server.migratedDatabase();
        assertThatThrownBy(() -> Database.team(team, "not it".toCharArray()))
                .isInstanceOfSatisfying(DataProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(DataProblem.Kind.WRONG_PASSWORD);
                    assertThat(problem.userMessage()).isEqualTo(Messages.get("team.error.login", team.toString()));
                });
    }

    @Test
    void aDatabaseOfSomethingElseIsRefusedAndLeftAlone() {
        TeamAddress team = server.emptyDatabase();
        server.run(team, "CREATE TABLE invoices (id INTEGER PRIMARY KEY)");

        assertThatThrownBy(() -> Database.team(team, password))
                .isInstanceOfSatisfying(DataProblem.class, problem -> assertThat(problem.userMessage())
                        .isEqualTo(Messages.get("team.error.notVisitPlanner", team.toString())));
        assertThat(server.tables(team)).containsExactly("invoices");
    }

    @Test
    void aTableOrColumnSomeoneAddedOrDroppedIsRefusedBeforeAnythingIsWritten() {
        TeamAddress added = server.migratedDatabase();
        server.run(added, "ALTER TABLE institution ADD COLUMN secret TEXT");
        server.run(added, "CREATE VIEW everyone AS SELECT * FROM contact");
        String before = server.dump(added);
        assertThatThrownBy(() -> Database.team(added, password))
                .isInstanceOfSatisfying(DataProblem.class, problem -> assertThat(problem.userMessage())
                        .isEqualTo(Messages.get("team.error.schemaChanged", added.toString(),
                                "everyone, institution.secret")));
        assertThat(server.dump(added)).isEqualTo(before);

        TeamAddress dropped = server.migratedDatabase();
        server.run(dropped, "ALTER TABLE event DROP COLUMN notes");
        assertThatThrownBy(() -> Database.team(dropped, password))
                .isInstanceOfSatisfying(DataProblem.class, problem -> assertThat(problem.userMessage())
                        .contains("-event.notes"));
    }

    @Test
    void aSchemaMadeByANewerVisitPlannerIsRefusedBeforeAnythingIsWritten() {
        TeamAddress team = server.migratedDatabase();
        server.run(team, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                + "checksum, installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL', "
                + "'V99__future.sql', 0, 'postgres', 0, TRUE)");
        String before = server.dump(team);

        assertThatThrownBy(() -> Database.team(team, password))
                .isInstanceOfSatisfying(DataProblem.class, problem ->
                        assertThat(problem.kind()).isEqualTo(DataProblem.Kind.NEWER_SCHEMA));
        assertThat(server.dump(team)).isEqualTo(before);
    }

    @Test
    void aDatabaseThatDoesNotExistIsNamed() {
        TeamAddress team = server.address("no_such_database");
        assertThatThrownBy(() -> Database.team(team, password))
                .isInstanceOfSatisfying(DataProblem.class, problem -> assertThat(problem.userMessage())
                        .isEqualTo(Messages.get("team.error.noDatabase", team.toString())));
    }
}
