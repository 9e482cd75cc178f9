package org.visitplanner.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.app.Services;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.Member;
import org.visitplanner.model.MemberRole;
import org.visitplanner.support.DiskFiller;
import org.visitplanner.support.FileSystems;

/** A full disk refuses the edit with one sentence; everything saved before stays, and work goes on with space. */
class DiskFullTest {

    private static final String NOTES = "Minutes of the meeting. ".repeat(3000);

    @TempDir
    Path temp;

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void aFullDiskRefusesTheEditKeepsEarlierDataAndWorkGoesOnOnceThereIsSpace() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        Path disk = temp.resolve("small-disk");
        AutoCloseable mounted = FileSystems.smallDisk(disk, 6144);
        assumeTrue(mounted != null, "needs root and tmpfs to mount a small disk; the file-size-limit test covers it");
        try (mounted) {
            Path data = disk.resolve("data");
            List<Long> saved = new ArrayList<>();
            try (Services services = Services.open(data)) {
                services.sampleTrip().ensureLoaded();
                // Ballast leaves room for a few members only; deleting it later is "freeing some space".
                Path ballast = disk.resolve("ballast");
                Files.write(ballast, new byte[(int) (Files.getFileStore(disk).getUsableSpace() - 700 * 1024)]);

                DataProblem refused = null;
                for (int i = 0; i < 200 && refused == null; i++) {
                    try {
                        saved.add(services.members().insert(member("Filler " + i)).id());
                    } catch (DataProblem problem) {
                        refused = problem;
                    }
                }
                assertThat(refused).as("the disk filled up").isNotNull();
                assertThat(refused.kind()).isEqualTo(DataProblem.Kind.DISK_FULL);
                assertThat(refused.userMessage()).isEqualTo("The disk holding " + data.resolve("visit-planner.mv.db")
                        + " is full. Your change was not saved; free some space and try again.");
                assertThat(saved).isNotEmpty();

                // Everything saved before is there, read through the same open data.
                assertThat(services.members().findAll()).extracting(Member::id).containsAll(saved);
                assertThat(services.trips().findAll()).hasSize(1);

                Files.delete(ballast);
                saved.add(services.members().insert(member("After freeing space")).id());
            }
            try (Services services = Services.open(data)) {
                assertThat(services.members().findAll()).extracting(Member::id).containsAll(saved);
                assertThat(services.members().findAll()).extracting(Member::nameLatin).contains("After freeing space");
            }
        }
    }

    @Test
    void aFileSizeLimitReachedDuringAWriteIsAFullDiskForTheUser() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash for ulimit");
        Path data = temp.resolve("data");
        try (Services services = Services.open(data)) {
            services.sampleTrip().ensureLoaded();
        }
        long limitKb = Files.size(data.resolve("visit-planner.mv.db")) / 1024 + 400;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = "ulimit -f " + limitKb + "; exec '" + java + "' -XX:-UsePerfData -XX:TieredStopAtLevel=1 "
                + "-Dorg.jooq.no-logo=true -cp '" + System.getProperty("java.class.path") + "' "
                + DiskFiller.class.getName() + " '" + data + "'";
        Process child = new ProcessBuilder("/bin/bash", "-c", command)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(child.exitValue()).as(String.join("\n", lines)).isEqualTo(3);
        List<Long> saved = lines.stream().filter(l -> l.startsWith("M ")).map(l -> Long.parseLong(l.substring(2)))
                .toList();
        assertThat(saved).isNotEmpty();
        assertThat(lines).contains("refused DISK_FULL\tThe disk holding " + data.resolve("visit-planner.mv.db")
                + " is full. Your change was not saved; free some space and try again.");
        assertThat(lines).anyMatch(l -> l.startsWith("readable "));
        try (Services services = Services.open(data)) {
            assertThat(services.members().findAll()).extracting(Member::id).containsAll(saved);
            assertThat(services.trips().findAll()).hasSize(1);
        }
    }

    @Test
    void aDiskTooFullToCreateTheDataSaysSoAndLeavesNoHalfMadeFile() throws Exception {
        Path disk = temp.resolve("tiny-disk");
        AutoCloseable mounted = FileSystems.smallDisk(disk, 64);
        assumeTrue(mounted != null, "needs root and tmpfs to mount a small disk");
        try (mounted) {
            Path data = disk.resolve("data");
            assertThatThrownBy(() -> Services.open(data)).isInstanceOfSatisfying(DataProblem.class,
                    problem -> assertThat(problem.kind()).isEqualTo(DataProblem.Kind.DISK_FULL));
            assertThat(data.resolve("visit-planner.mv.db")).doesNotExist();
        }
    }

    private static Member member(String name) {
        return new Member(0, name, null, null, null, MemberRole.OTHER, null, null, NOTES + name, 0);
    }

}
