package org.visitplanner.logic.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BackupRetentionTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NOW = Instant.parse("2025-12-10T20:00:00Z");

    private static Backup backup(String when, BackupKind kind) {
        return new Backup(Path.of(when + ".zip"), Instant.parse(when), kind, "1", false, Map.of(), 1);
    }

    @Test
    void keepsTheLastTenAndTheNewestOfEachOfTheLastSevenDays() {
        List<Backup> backups = new ArrayList<>();
        // Twelve backups today, every half hour, and one a day at noon and at 18:00 for twelve days before.
        for (int i = 0; i < 12; i++) {
            backups.add(backup(String.format("2025-12-10T%02d:%02d:00Z", 8 + i / 2, i % 2 * 30), BackupKind.AUTO));
        }
        for (int day = 1; day <= 12; day++) {
            String date = Instant.parse("2025-12-10T12:00:00Z").minusSeconds(day * 86_400L).toString()
                    .substring(0, 10);
            backups.add(backup(date + "T11:00:00Z", BackupKind.AUTO));
            backups.add(backup(date + "T17:00:00Z", BackupKind.AUTO));
        }
        List<Backup> pruned = BackupRetention.toPrune(backups, NOW, PARIS);
        List<Backup> kept = new ArrayList<>(backups);
        kept.removeAll(pruned);

        // The ten newest are today's; then the newest (18:00) of each of the six days before, within the week.
        assertThat(kept).hasSize(10 + 6);
        for (int day = 1; day <= 6; day++) {
            String date = Instant.parse("2025-12-10T12:00:00Z").minusSeconds(day * 86_400L).toString()
                    .substring(0, 10);
            assertThat(kept).extracting(b -> b.file().toString()).contains(date + "T17:00:00Z.zip")
                    .doesNotContain(date + "T11:00:00Z.zip");
        }
        assertThat(kept).extracting(b -> b.file().toString()).noneMatch(name -> name.startsWith("2025-12-03"));
    }

    @Test
    void backupsOtherThanAutomaticOnesAreNeverPruned() {
        List<Backup> backups = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            backups.add(backup(Instant.parse("2025-01-01T10:00:00Z").plusSeconds(i * 3_600L).toString(),
                    i % 2 == 0 ? BackupKind.MANUAL : BackupKind.BEFORE_RESTORE));
        }
        assertThat(BackupRetention.toPrune(backups, NOW, PARIS)).isEmpty();
    }

    @Test
    void fewerThanTenAreAllKept() {
        List<Backup> backups = List.of(backup("2024-01-01T10:00:00Z", BackupKind.AUTO),
                backup("2023-01-01T10:00:00Z", BackupKind.AUTO));
        assertThat(BackupRetention.toPrune(backups, NOW, PARIS)).isEmpty();
    }
}
