package org.visitplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.support.Headless;
import org.visitplanner.support.Headless.Run;
import org.visitplanner.support.OtherInstance;

class CliTest {

    @TempDir
    Path temp;

    private final List<Path> windowsOpened = new ArrayList<>();

    private Run run(String... args) {
        return Headless.run(Map.of("VISIT_PLANNER_DATA", temp.resolve("env-data").toString()),
                (directory, language) -> windowsOpened.add(directory), args);
    }

    @Test
    void sampleLoadsOnceAndPrintsTheSameIdEachTime() {
        Run first = run("--data-dir", temp.resolve("data").toString(), "sample");
        Run second = run("--data-dir", temp.resolve("data").toString(), "sample");
        assertThat(first.exitCode()).isZero();
        assertThat(first.out().strip()).matches("\\d+");
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(first.err()).isEmpty();
    }

    @Test
    void tripsPrintsOneTabSeparatedLinePerTrip() {
        String id = run("--data-dir", temp.resolve("data").toString(), "sample").out().strip();
        Run trips = run("--data-dir", temp.resolve("data").toString(), "trips");
        assertThat(trips.exitCode()).isZero();
        assertThat(trips.out().lines().toList()).containsExactly(
                id + "\tSJTU / SPEIT delegation to France, 8–12 December 2025\t2025-12-08\t2025-12-12\t18");
    }

    @Test
    void tripsOnAnEmptyDatabasePrintsNothing() {
        Run trips = run("--data-dir", temp.resolve("empty").toString(), "trips");
        assertThat(trips.exitCode()).isZero();
        assertThat(trips.out()).isEmpty();
    }

    @Test
    void theEnvironmentVariableChoosesTheDataDirectory() {
        run("sample");
        assertThat(Files.exists(temp.resolve("env-data").resolve("visit-planner.mv.db"))).isTrue();
    }

    @Test
    void badUsageIsOneLineOnStandardErrorAndExitCodeTwo() {
        Run unknownOption = run("--no-such-option");
        assertThat(unknownOption.exitCode()).isEqualTo(2);
        assertThat(unknownOption.err().lines()).hasSize(1);
        assertThat(unknownOption.out()).isEmpty();

        Run unknownCommand = run("fly-to-the-moon");
        assertThat(unknownCommand.exitCode()).isEqualTo(2);
        assertThat(unknownCommand.err().lines()).hasSize(1);

        Run badLanguage = run("--lang", "xx", "trips");
        assertThat(badLanguage.exitCode()).isEqualTo(2);
        assertThat(badLanguage.err().strip()).isEqualTo("Unknown language “xx”: use en, fr or zh.");
    }

    @Test
    void aDataProblemIsOneSentenceAndExitCodeThree() throws Exception {
        Path directory = temp.resolve("locked");
        try (OtherInstance alreadyOpen = OtherInstance.holding(directory)) {
            Run run = run("--data-dir", directory.toString(), "--lang", "en", "trips");
            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err().lines()).hasSize(1);
            assertThat(run.err()).contains("already in use by another Visit Planner").doesNotContain("Exception");
        }
    }

    @Test
    void messagesFollowTheChosenLanguage() throws Exception {
        Path directory = temp.resolve("locked-fr");
        try (OtherInstance alreadyOpen = OtherInstance.holding(directory)) {
            Run run = run("--data-dir", directory.toString(), "--lang", "fr", "trips");
            assertThat(run.err()).contains("déjà utilisées");
        } finally {
            org.visitplanner.logic.i18n.Messages.setLocale(Locale.ENGLISH);
        }
    }

    @Test
    void versionAndHelpPrintAndOpenNoWindow() {
        Run version = run("version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("Visit Planner ");
        Run help = run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("trips", "sample", "version", "--data-dir", "--lang");
        assertThat(windowsOpened).isEmpty();
    }

    @Test
    void everyCommandExplainsItselfWithHelp() {
        for (String command : java.util.List.of("trips", "sample", "check", "import", "export-directory", "search",
                "export", "version")) {
            Run help = run(command, "--help");
            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.out()).as(command).startsWith("Usage: visit-planner " + command);
        }
        assertThat(windowsOpened).isEmpty();
    }

    @Test
    void withoutACommandTheWindowOpensOnTheChosenData() {
        Run run = run("--data-dir", temp.resolve("gui").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(windowsOpened).containsExactly(temp.resolve("gui").toAbsolutePath());
    }
}
