package org.visitplanner.app.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.visitplanner.logic.UnexpectedFailures;
import org.visitplanner.logic.i18n.Messages;

/** The log in the data folder: what a user (or whoever helps her) finds there, and what is never in it. */
class AppLogTest {

    private static final String NOTE = "Budget confidentiel : 2 M€ pour le double diplôme";

    @TempDir
    Path data;

    @AfterEach
    void stopTheLog() {
        AppLog.stop();
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void anUnexpectedFailureIsOneSentenceSayingWhereItsDetailsWereWritten() throws IOException {
        Path folder = AppLog.start(data);

        String sentence = UnexpectedFailures.describe(new NullPointerException());

        assertThat(folder).isEqualTo(data.toAbsolutePath().resolve("logs"));
        assertThat(sentence).contains(folder.toString()).doesNotContain("null").doesNotContain("problem.")
                .doesNotContain("Exception");
        String log = Files.readString(folder.resolve(AppLog.FILE), StandardCharsets.UTF_8);
        assertThat(log).contains("ERROR").contains("java.lang.NullPointerException")
                .contains("at org.visitplanner.app.log.AppLogTest");
    }

    @Test
    void theSentenceIsInFrenchAndInChinese() {
        Path folder = AppLog.start(data);

        Messages.setLocale(Locale.FRENCH);
        assertThat(UnexpectedFailures.describe(new IllegalStateException("x")))
                .contains("inattendu").contains(folder.toString());
        Messages.setLocale(Locale.CHINESE);
        assertThat(UnexpectedFailures.describe(new IllegalStateException("x")))
                .contains("意外").contains(folder.toString());
    }

    @Test
    void withoutALogTheSentenceSaysTheDetailsCouldNotBeWritten() {
        AppLog.stop();

        assertThat(UnexpectedFailures.describe(new IllegalStateException()))
                .isEqualTo(Messages.get("problem.unexpected.unlogged")).doesNotContain("null");
    }

    @Test
    void theLogFolderAndItsFileAreTheOwnersOnly() throws IOException {
        Path folder = AppLog.start(data);
        LoggerFactory.getLogger(AppLogTest.class).warn("something the user cannot see");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(AppLog.FILE))))
                .isEqualTo("rw-------");
    }

    @Test
    void theValuesInADatabaseFailureNeverReachTheLog() throws SQLException, IOException {
        Path folder = AppLog.start(data);
        SQLException failure;
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:log-test");
             Statement statement = connection.createStatement()) {
            statement.execute("create table note(text varchar(10))");
            failure = catchFailure(statement, "insert into note values ('" + NOTE + "')");
        }
        // H2 names the value it refused in its message: that is what must stay out of the log.
        assertThat(failure.getMessage()).contains(NOTE);

        UnexpectedFailures.describe(new RuntimeException("saving the meeting record", failure));

        String log = Files.readString(folder.resolve(AppLog.FILE), StandardCharsets.UTF_8);
        assertThat(log).contains("org.h2.jdbc.JdbcSQLDataException").contains("Value too long for column")
                .doesNotContain("Budget").doesNotContain("double diplôme");
    }

    @Test
    void theLogRollsAtItsSizeAndKeepsAFewOwnerOnlyFiles() throws IOException {
        Path folder = AppLog.start(data);
        var log = LoggerFactory.getLogger(AppLogTest.class);
        String line = "x".repeat(PrivateLogLayout.MAX_MESSAGE - 10);
        long lines = 5 * AppLog.FILE_SIZE.getSize() / line.length();
        for (long i = 0; i < lines; i++) {
            log.info("{} {}", i, line);
        }

        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.sorted().toList();
        }
        assertThat(files).extracting(file -> file.getFileName().toString())
                .containsExactly("visit-planner.1.log", "visit-planner.2.log", "visit-planner.3.log",
                        "visit-planner.log");
        for (Path file : files) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .as(file.toString()).isEqualTo("rw-------");
            assertThat(Files.size(file)).isLessThan(2 * AppLog.FILE_SIZE.getSize());
        }
    }

    @Test
    void aFileThatCannotBeWrittenIsNamedNotCalledUnexpected() throws IOException {
        Path folder = AppLog.start(data);
        Path missing = data.resolve("no-such-folder").resolve("week.pdf");

        String sentence;
        try {
            Files.writeString(missing, "x");
            throw new AssertionError("the folder does not exist");
        } catch (IOException failure) {
            sentence = UnexpectedFailures.describe(failure);
        }

        assertThat(sentence).contains(missing.toString()).isNotEqualTo(UnexpectedFailures.sentence());
        assertThat(Files.readString(folder.resolve(AppLog.FILE), StandardCharsets.UTF_8))
                .contains("NoSuchFileException");
    }

    private static SQLException catchFailure(Statement statement, String sql) {
        try {
            statement.execute(sql);
        } catch (SQLException e) {
            return e;
        }
        throw new AssertionError("the database took a value too long for its column");
    }
}
