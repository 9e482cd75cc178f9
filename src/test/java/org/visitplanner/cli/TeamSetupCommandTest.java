package org.visitplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.app.Services;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.team.TeamAddress;
import org.visitplanner.model.Institution;
import org.visitplanner.model.InstitutionKind;
import org.visitplanner.model.Relation;
import org.visitplanner.support.Headless;
import org.visitplanner.support.Headless.Run;
import org.visitplanner.support.PgPassFile;
import org.visitplanner.support.TestPostgres;

/**
 * {@code team-setup} against a real PostgreSQL server: the roles it creates log in, a reader reads and prints but
 * every change is refused with one sentence, an editor changes the data; it runs twice without changing anything,
 * and refuses bad role names and a data folder.
 */
@Tag("team")
class TeamSetupCommandTest {

    private static final String ROLE_PASSWORD = "colleague-secret";

    @TempDir
    Path temp;

    private final Map<String, String> environment = new HashMap<>();
    private final TestPostgres server = TestPostgres.shared();
    @RegisterExtension
    final PgPassFile pgpass = new PgPassFile(server);
    private TeamAddress team;
    /** Role names are the whole server's: each test's are its own. */
    private String editor;
    private String reader;

    @BeforeEach
    void teamDatabaseWithTheSampleTrip() {
        team = server.migratedDatabase();
        editor = "editor_" + team.database();
        reader = "Reader-" + team.database(); // kept as written: capitals and a hyphen, quoted in SQL
        Run sample = run("--database", team.toString(), "sample");
        assertThat(sample.exitCode()).as(sample.err()).isZero();
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private Run run(String... args) {
        return Headless.run(environment, Headless.inEnglish(temp.resolve("data"), args));
    }

    /** What the administrator does after team-setup: a password for the role, kept in the colleague's ~/.pgpass. */
    private TeamAddress loginAs(String role) throws IOException {
        server.admin("ALTER ROLE \"" + role + "\" PASSWORD '" + ROLE_PASSWORD + "'");
        pgpass.addLogin(role, ROLE_PASSWORD);
        return new TeamAddress(team.host(), team.port(), team.database(), role);
    }

    private Run setUp() {
        return run("team-setup", "--database", team.toString(), "--editor", editor, "--reader", reader);
    }

    @Test
    void theRolesItCreatesLogInAReaderReadsButCannotChangeAndAnEditorCan() throws IOException {
        Run setup = setUp();

        assertThat(setup.exitCode()).as(setup.err()).isZero();
        assertThat(setup.out().lines()).containsExactly(
                Messages.get("team.setup.created", editor, Messages.get("team.setup.access.editor")),
                Messages.get("team.setup.created", reader, Messages.get("team.setup.access.reader")));
        assertThat(setup.out()).contains("\\password \"" + reader + "\"");

        TeamAddress asReader = loginAs(reader);
        Run trips = run("--database", asReader.toString(), "trips");
        assertThat(trips.exitCode()).as(trips.err()).isZero();
        assertThat(trips.out()).isEqualTo(run("--database", team.toString(), "trips").out()).contains("SJTU");
        Path pdf = temp.resolve("schedule.pdf");
        Run export = run("--database", asReader.toString(), "export", "1", "--format", "pdf-week", "--out",
                pdf.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.size(pdf)).isPositive();
        String before = server.dump(team);

        Run write = run("--database", asReader.toString(), "new-trip", "Not mine", "--from", "2027-01-04", "--to",
                "2027-01-08");

        assertThat(write.exitCode()).isEqualTo(ExitCodes.DATA_PROBLEM);
        assertThat(write.err().strip()).isEqualTo(Messages.get("team.error.readOnly", asReader.toString()));
        assertThat(write.out()).isEmpty();
        assertThat(run("--database", asReader.toString(), "edit-trip", "1", "--name", "Mine").err().strip())
                .isEqualTo(Messages.get("team.error.readOnly", asReader.toString()));
        assertThat(server.dump(team)).isEqualTo(before);

        TeamAddress asEditor = loginAs(editor);
        Run created = run("--database", asEditor.toString(), "new-trip", "Next visit", "--from", "2027-01-04",
                "--to", "2027-01-08");
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(run("--database", asReader.toString(), "trips").out()).contains("Next visit");
    }

    @Test
    void theDatabaseKnowsAtConnectionWhetherItsUserOnlyReadsAndAnEditorsChangesReachTheSearchQueue()
            throws IOException {
        assertThat(setUp().exitCode()).isZero();
        TeamAddress asReader = loginAs(reader);
        TeamAddress asEditor = loginAs(editor);

        try (Services owner = Services.team(team, null, temp.resolve("owner"));
             Services editing = Services.team(asEditor, null, temp.resolve("editor"));
             Services reading = Services.team(asReader, null, temp.resolve("reader"))) {
            assertThat(owner.database().isReadOnly()).isFalse();
            assertThat(editing.database().isReadOnly()).isFalse();
            assertThat(reading.database().isReadOnly()).isTrue();
            assertThat(reading.trips().findAll()).isNotEmpty();

            editing.institutions().insert(new Institution(0, "Institut du Quai", null, null, null,
                    InstitutionKind.UNIVERSITY, Relation.NONE, null, null, "Paris", "France", null, null, null, null,
                    0));

            // The trigger queued the change as the editor; the reader's own index reads it from the queue.
            assertThat(reading.search().search("Quai", 10)).hasSize(1);
            assertThatThrownBy(() -> reading.institutions().insert(new Institution(0, "Pas à moi", null, null, null,
                    InstitutionKind.UNIVERSITY, Relation.NONE, null, null, "Paris", "France", null, null, null, null,
                    0)))
                    .isInstanceOfSatisfying(DataProblem.class, problem -> {
                        assertThat(problem.kind()).isEqualTo(DataProblem.Kind.READ_ONLY);
                        assertThat(problem.userMessage())
                                .isEqualTo(Messages.get("team.error.readOnly", asReader.toString()));
                    });
        }
    }

    @Test
    void runningItTwiceChangesNothingAndAnEditorMadeAReaderOnlyReads() throws IOException, SQLException {
        assertThat(setUp().exitCode()).isZero();
        String grants = grants();

        Run again = setUp();

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out().lines()).containsExactly(
                Messages.get("team.setup.granted", editor, Messages.get("team.setup.access.editor")),
                Messages.get("team.setup.granted", reader, Messages.get("team.setup.access.reader")));
        assertThat(grants()).isEqualTo(grants);

        Run demoted = run("team-setup", "--database", team.toString(), "--reader", editor);
        assertThat(demoted.exitCode()).as(demoted.err()).isZero();
        TeamAddress asFormerEditor = loginAs(editor);
        try (Services former = Services.team(asFormerEditor, null, temp.resolve("former"))) {
            assertThat(former.database().isReadOnly()).isTrue();
        }
    }

    @Test
    void aTableALaterMigrationCreatesIsCoveredByTheDefaultPrivileges() throws IOException, SQLException {
        assertThat(setUp().exitCode()).isZero();
        loginAs(reader);
        loginAs(editor);
        server.run(team, "CREATE TABLE later_notes (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                + "text VARCHAR(100))");
        server.run(team, "INSERT INTO later_notes (text) VALUES ('from a later version')");

        try (Connection editing = server.connect(team.database(), editor, ROLE_PASSWORD);
             Statement statement = editing.createStatement()) {
            statement.execute("INSERT INTO later_notes (text) VALUES ('an editor''s')");
        }
        try (Connection reading = server.connect(team.database(), reader, ROLE_PASSWORD);
             Statement statement = reading.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM later_notes")) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(2);
            }
            assertThatThrownBy(() -> statement.execute("DELETE FROM later_notes"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        }
    }

    @Test
    void badRoleNamesAreRefusedWithOneSentenceAndNothingIsCreated() throws SQLException {
        String roles = roles();
        for (String bad : List.of("x\"; DROP TABLE trip; --", "pg_signal_backend", "public", "1anna", "an na",
                "a".repeat(64), "")) {
            Run refused = run("team-setup", "--database", team.toString(), "--editor", editor, "--reader", bad);

            assertThat(refused.exitCode()).as(bad).isEqualTo(ExitCodes.BAD_USAGE);
            assertThat(refused.err().strip()).isEqualTo(Messages.get("team.setup.badName", bad));
            assertThat(refused.err().lines()).hasSize(1);
        }
        Run self = run("team-setup", "--database", team.toString(), "--editor", editor, "--reader", "postgres");
        assertThat(self.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(self.err().strip()).isEqualTo(Messages.get("team.setup.self", "postgres"));
        Run both = run("team-setup", "--database", team.toString(), "--editor", editor, "--reader", editor);
        assertThat(both.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(both.err().strip()).isEqualTo(Messages.get("team.setup.both", editor));
        Run none = run("team-setup", "--database", team.toString());
        assertThat(none.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(none.err().strip()).isEqualTo(Messages.get("team.setup.noRole"));

        assertThat(roles()).isEqualTo(roles);
        assertThat(server.tables(team)).contains("trip");
    }

    @Test
    void aDataFolderIsNotATeamDatabase() {
        Run sample = run("sample");
        assertThat(sample.exitCode()).isZero();

        Run withoutDatabase = run("team-setup", "--reader", reader);
        Run folder = run("team-setup", "--database", temp.resolve("data").toString(), "--reader", reader);
        Run h2 = run("team-setup", "--database", "jdbc:h2:" + temp.resolve("data/visit-planner"), "--reader", reader);

        for (Run refused : List.of(withoutDatabase, folder, h2)) {
            assertThat(refused.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
            assertThat(refused.err().strip()).isEqualTo(Messages.get("team.setup.notTeam"));
        }
    }

    @Test
    void aUserWhoMayNotCreateRolesIsToldSoAndNothingChanges() throws IOException, SQLException {
        assertThat(setUp().exitCode()).isZero();
        TeamAddress asEditor = loginAs(editor);
        String roles = roles();

        Run refused = run("team-setup", "--database", asEditor.toString(), "--reader", "newcomer_" + team.database());

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.DATA_PROBLEM);
        assertThat(refused.err().strip()).isEqualTo(Messages.get("team.setup.notAllowed", editor,
                asEditor.toString()));
        assertThat(roles()).isEqualTo(roles);
    }

    /** Every role of the server with its attributes. */
    private String roles() throws SQLException {
        return query("SELECT rolname || ' ' || rolcanlogin || ' ' || rolsuper FROM pg_roles ORDER BY rolname");
    }

    /** Every privilege on the team database's tables and sequences, and its default privileges. */
    private String grants() throws SQLException {
        return roles() + query("SELECT grantee || ' ' || table_name || ' ' || privilege_type "
                + "FROM information_schema.role_table_grants ORDER BY 1")
                + query("SELECT c.relname || ' ' || coalesce(c.relacl::text, '') FROM pg_class c "
                + "WHERE c.relkind = 'S' ORDER BY 1")
                + query("SELECT defaclobjtype::text || ' ' || defaclacl::text FROM pg_default_acl ORDER BY 1");
    }

    private String query(String sql) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Connection connection = server.connect(team.database(), "postgres", TestPostgres.PASSWORD);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                text.append(rows.getString(1)).append('\n');
            }
        }
        return text.toString();
    }
}
