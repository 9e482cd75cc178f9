package org.visitplanner.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.app.Services;
import org.visitplanner.cli.VisitPlannerCommand;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.support.FileSystems;

/** A folder that cannot be written: one sentence, the file untouched, exit code 3 for commands. */
class ReadOnlyDataTest {

    @TempDir
    Path temp;

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void dataInAReadOnlyFolderIsRefusedWithASentenceAndLeftAsItWas() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        Path data = temp.resolve("data");
        try (Services services = Services.open(data)) {
            services.sampleTrip().ensureLoaded();
        }
        Path file = data.resolve("visit-planner.mv.db");
        byte[] before = Files.readAllBytes(file);
        AutoCloseable readOnly = FileSystems.readOnly(data);
        assumeTrue(readOnly != null, "needs chmod (or chattr for root) to make a folder read-only");
        try (readOnly) {
            assertThatThrownBy(() -> Services.open(data)).isInstanceOfSatisfying(DataProblem.class, problem -> {
                assertThat(problem.kind()).isEqualTo(DataProblem.Kind.READ_ONLY);
                assertThat(problem.userMessage()).isEqualTo("Visit Planner cannot write to " + data + ". Check that "
                        + "the folder and its files are writable, or choose another data folder with --data-dir.");
            });

            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = VisitPlannerCommand.execute(
                    new String[] {"--data-dir", data.toString(), "--lang", "en", "trips"},
                    new PrintWriter(out), new PrintWriter(err), Map.of(), (d, l) -> { });
            assertThat(code).isEqualTo(3);
            assertThat(err.toString().strip()).startsWith("Visit Planner cannot write to " + data);
            assertThat(out.toString()).isEmpty();
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        }
    }

    @Test
    void aDataFolderThatCannotBeCreatedIsReadOnly() throws Exception {
        Path parent = Files.createDirectories(temp.resolve("locked"));
        AutoCloseable readOnly = FileSystems.readOnly(parent);
        assumeTrue(readOnly != null, "needs chmod (or chattr for root) to make a folder read-only");
        try (readOnly) {
            assertThatThrownBy(() -> Services.open(parent.resolve("data"))).isInstanceOfSatisfying(DataProblem.class,
                    problem -> assertThat(problem.kind()).isEqualTo(DataProblem.Kind.READ_ONLY));
            assertThat(parent.resolve("data")).doesNotExist();
        }
    }

    @Test
    void aDataFolderInsideAFileIsReadOnlyNotACrash() throws Exception {
        Path file = Files.writeString(temp.resolve("a-file"), "not a folder");
        assertThatThrownBy(() -> Services.open(file.resolve("data"))).isInstanceOfSatisfying(DataProblem.class,
                problem -> assertThat(problem.kind()).isEqualTo(DataProblem.Kind.READ_ONLY));
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }
}
