package org.visitplanner.gui.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import org.visitplanner.app.Services;
import org.visitplanner.logic.backup.BackupKind;
import org.visitplanner.logic.instance.RunningInstance;
import org.visitplanner.support.OtherInstance;

/** Data that cannot be opened at start: one sentence and a way forward. */
@Tag("ui")
class DataProblemsAtStartWindowTest {

    @TempDir
    Path temp;

    @Test
    void damagedDataOffersTheLatestBackupAndKeepsTheDamagedFileAside() throws Exception {
        Path data = temp.resolve("data");
        try (Services services = Services.open(data)) {
            services.sampleTrip().ensureLoaded();
            services.backups().backUp(BackupKind.MANUAL);
        }
        byte[] garbage = "a laptop that lost power while the disk was writing ".repeat(2000)
                .getBytes(StandardCharsets.UTF_8);
        Files.write(data.resolve("visit-planner.mv.db"), garbage);

        try (AppRunner app = AppRunner.start(data)) {
            app.awaitText("The data file " + data.resolve("visit-planner.mv.db") + " is damaged", true);
            assertThat(app.robot.lookup("The damaged file is never deleted: it is moved into the “damaged” folder "
                    + "beside your data.").tryQuery()).isPresent();
            app.robot.clickOn("Restore the latest backup");
            app.awaitMainWindow(1);
        }
        try (Stream<Path> damaged = Files.list(data.resolve("damaged"))) {
            Path aside = damaged.findFirst().orElseThrow();
            assertThat(Files.readAllBytes(aside)).isEqualTo(garbage);
        }
    }

    @Test
    void dataOpenInAnotherWindowSaysSoAndQuitsWhenAsked() throws Exception {
        Path data = temp.resolve("data");
        try (OtherInstance other = OtherInstance.holding(data); AppRunner app = AppRunner.start(data)) {
            app.awaitText("The data in " + data.resolve("visit-planner.mv.db")
                    + " is already in use by another Visit Planner", true);
            app.robot.clickOn("Quit");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.exitCount() == 1);
        }
    }

    @Test
    void aSecondStartBringsTheRunningWindowForwardInsteadOfComplaining() throws Exception {
        Path data = temp.resolve("data");
        AtomicInteger broughtForward = new AtomicInteger();
        try (OtherInstance other = OtherInstance.holding(data);
             RunningInstance listening = RunningInstance.listen(data, broughtForward::incrementAndGet);
             AppRunner app = AppRunner.start(data)) {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.exitCount() == 1);
            assertThat(broughtForward).hasValue(1);
            assertThat(app.robot.lookup("#open-problem").tryQuery()).isEmpty();
        }
    }
}
