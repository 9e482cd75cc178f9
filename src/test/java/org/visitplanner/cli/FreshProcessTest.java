package org.visitplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.Main;

/**
 * Commands as a user runs them, each in a JVM of its own: what a library prints, or how the JVM fails, shows only
 * there (a test JVM has long set up the logging and has memory to spare).
 */
@Tag("slow")
class FreshProcessTest {

    @TempDir
    Path temp;

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(String heap, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        byte[] err = process.getErrorStream().readAllBytes();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void aRestorePrintsThePathOfTheSavedDataAndNothingElse() throws Exception {
        String data = temp.resolve("data").toString();
        assertThat(run("256m", "--data-dir", data, "sample").exitCode()).isZero();
        Run backup = run("256m", "--data-dir", data, "backup");
        assertThat(backup.exitCode()).isZero();
        Run restore = run("256m", "--data-dir", data, "--lang", "en", "restore", backup.out().strip());
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.err()).as("no library's log lines").isEmpty();
        assertThat(restore.out().lines()).singleElement().asString().endsWith("-before-restore.zip");
    }

    @Test
    void runningOutOfMemoryIsOneSentenceAndTheDataIsNotCalledDamaged() throws Exception {
        Run run = run("12m", "--data-dir", temp.resolve("small").toString(), "--lang", "en", "sample");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err().strip()).isEqualTo("Visit Planner ran out of memory and stopped; nothing was changed. "
                + "Give Java more memory (for example java -Xmx1g -jar …) and try again.");
    }
}
