package org.visitplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.team.TeamAddress;
import org.visitplanner.support.Headless;
import org.visitplanner.support.Headless.Run;
import org.visitplanner.support.PgPassFile;
import org.visitplanner.support.TestPostgres;

/**
 * The headless commands on a team database, against a real PostgreSQL server: the global {@code --database} (and
 * {@code VISIT_PLANNER_DATABASE}), the password from {@code ~/.pgpass}, {@code copy-to}, and {@code backup} making the
 * same backup file that restores into H2.
 */
@Tag("team")
class TeamCommandsTest {

    @TempDir
    Path temp;

    private final Map<String, String> environment = new HashMap<>();
    private final TestPostgres server = TestPostgres.shared();
    /** The driver reads the password from a pgpass file, as a user's ~/.pgpass; the test gives it its own. */
    @RegisterExtension
    final PgPassFile pgpass = new PgPassFile(server);

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private Run run(String... args) {
        return Headless.run(environment, args);
    }

    private String csv(String... where) throws IOException {
        Path file = Files.createTempFile(temp, "itinerary-", ".csv");
        String[] args = new String[where.length + 6];
        System.arraycopy(where, 0, args, 0, where.length);
        System.arraycopy(new String[] {"export", "1", "--format", "csv", "--out", file.toString()}, 0, args,
                where.length, 6);
        Run export = run(args);
        assertThat(export.exitCode()).as(export.err()).isZero();
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void theDataOfAFolderCopiedToAnEmptyTeamDatabaseReadsTheSameThereAndCannotBeCopiedTwice() throws IOException {
        String data = temp.resolve("data").toString();
        assertThat(run("--data-dir", data, "sample").exitCode()).isZero();
        TeamAddress team = server.emptyDatabase();

        Run copy = run("--data-dir", data, "copy-to", "--database", team.toString());

        assertThat(copy.exitCode()).as(copy.err()).isZero();
        assertThat(copy.out()).matches("\\d+ records copied to " + java.util.regex.Pattern.quote(team.toString())
                + "\\R");
        Run here = run("--data-dir", data, "trips");
        Run there = run("--data-dir", data, "--database", team.toString(), "trips");
        assertThat(there.exitCode()).as(there.err()).isZero();
        assertThat(there.out()).isEqualTo(here.out()).contains("SJTU");
        assertThat(run("--data-dir", data, "--database", team.toString(), "check", "1").out())
                .isEqualTo(run("--data-dir", data, "check", "1").out());
        assertThat(csv("--data-dir", data, "--database", team.toString())).isEqualTo(csv("--data-dir", data));
        // The same address from the environment.
        environment.put(VisitPlannerCommand.DATABASE_VARIABLE, team.toString());
        assertThat(run("--data-dir", data, "trips").out()).isEqualTo(here.out());
        environment.remove(VisitPlannerCommand.DATABASE_VARIABLE);

        Run again = run("--data-dir", data, "copy-to", "--database", team.toString());

        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.err().strip()).isEqualTo(Messages.get("team.error.notEmpty", team.toString()));
        assertThat(run("--data-dir", data, "--database", team.toString(), "trips").out()).isEqualTo(here.out());
    }

    @Test
    void aBackupOfTheTeamDatabaseRestoresIntoADataFolderWithTheSameItinerary() throws IOException {
        String data = temp.resolve("data").toString();
        run("--data-dir", data, "sample");
        TeamAddress team = server.emptyDatabase();
        assertThat(run("--data-dir", data, "copy-to", "--database", team.toString()).exitCode()).isZero();
        Run edit = run("--data-dir", data, "--database", team.toString(), "edit-trip", "1", "--name", "Shared plan");
        assertThat(edit.exitCode()).as(edit.err()).isZero();
        Path zip = temp.resolve("team-backup.zip");

        Run backup = run("--data-dir", data, "--database", team.toString(), "backup", "--out", zip.toString());

        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(backup.out().strip()).isEqualTo(zip.toString());
        String fresh = temp.resolve("fresh").toString();
        Run restore = run("--data-dir", fresh, "restore", zip.toString());
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(run("--data-dir", fresh, "trips").out())
                .isEqualTo(run("--data-dir", data, "--database", team.toString(), "trips").out())
                .contains("Shared plan");
        assertThat(csv("--data-dir", fresh)).isEqualTo(csv("--data-dir", data, "--database", team.toString()));
        // A new record in the restored file takes a new id, not a copied one's.
        Run created = run("--data-dir", fresh, "new-trip", "Next", "--from", "2027-01-04", "--to", "2027-01-08");
        assertThat(created.exitCode()).as(created.err()).isZero();
    }

    @Test
    void withoutAPasswordTheCommandSaysWhereToPutOne() {
        pgpass.forget();
        TeamAddress team = server.emptyDatabase();

        Run trips = run("--data-dir", temp.resolve("data").toString(), "--database", team.toString(), "trips");

        assertThat(trips.exitCode()).isEqualTo(3);
        assertThat(trips.err().strip()).isEqualTo(Messages.get("team.error.passwordNeeded", team.toString()));
    }

    @Test
    void aServerThatDoesNotAnswerOrAnAddressThatIsNotOneIsOneSentence() throws IOException {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String nowhere = "postgresql://127.0.0.1:" + closed + "/office?user=anna";

        Run unreachable = run("--data-dir", temp.resolve("data").toString(), "--database", nowhere, "trips");
        Run bad = run("--data-dir", temp.resolve("data").toString(), "--database", "mysql://x/y", "trips");
        Run secret = run("--data-dir", temp.resolve("data").toString(), "--database",
                "postgresql://db/office?user=anna&password=x", "trips");

        assertThat(unreachable.exitCode()).isEqualTo(3);
        assertThat(unreachable.err().strip()).isEqualTo(Messages.get("team.error.unreachable", nowhere));
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo(Messages.get("team.address.form", "mysql://x/y"));
        assertThat(secret.exitCode()).isEqualTo(2);
        assertThat(secret.err().strip()).isEqualTo(Messages.get("team.address.password", "password"));
    }
}
