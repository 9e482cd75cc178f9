package org.visitplanner.logic.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** When automatic backups are made: on start, then after edits, at most every 30 minutes. */
class AutoBackupTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2025-12-08T08:00:00Z"));
    private final FakeBackups backups = new FakeBackups();
    private final List<String> heard = new ArrayList<>();

    private AutoBackup autoBackup() {
        return new AutoBackup(backups, Runnable::run, clock, new AutoBackup.Listener() {
            @Override
            public void backedUp(Backup backup) {
                heard.add("backed up");
            }

            @Override
            public void failed(RuntimeException problem) {
                heard.add("failed: " + problem.getMessage());
            }
        });
    }

    @Test
    void backsUpOnStartThenAfterEditsAtMostEveryThirtyMinutes() {
        try (AutoBackup auto = autoBackup()) {
            auto.start();
            assertThat(backups.made).hasSize(1);

            clock.advance(Duration.ofMinutes(45));
            auto.check();
            assertThat(backups.made).as("no edit, no backup").hasSize(1);

            backups.changes.incrementAndGet();
            clock.advance(Duration.ofMinutes(1));
            auto.check();
            assertThat(backups.made).as("an edit after 46 minutes").hasSize(2);

            backups.changes.incrementAndGet();
            clock.advance(Duration.ofMinutes(29));
            auto.check();
            assertThat(backups.made).as("an edit 29 minutes after the last backup waits").hasSize(2);

            clock.advance(Duration.ofMinutes(1));
            auto.check();
            assertThat(backups.made).as("30 minutes after the last backup").hasSize(3);
            assertThat(backups.made).allMatch(kind -> kind == BackupKind.AUTO);
            assertThat(heard).containsExactly("backed up", "backed up", "backed up");
        }
    }

    @Test
    void aStartOnDataABackupAlreadyHoldsMakesNoneUntilAnEdit() {
        Instant yesterday = clock.instant().minus(Duration.ofDays(1));
        backups.sameAsData = new Backup(Path.of("backup-0.zip"), yesterday, BackupKind.AUTO, "1", false, Map.of(), 1);
        try (AutoBackup auto = autoBackup()) {
            auto.start();
            assertThat(backups.made).as("the data is what yesterday's backup holds").isEmpty();

            clock.advance(Duration.ofMinutes(5));
            auto.check();
            assertThat(backups.made).as("no edit, no backup").isEmpty();

            backups.changes.incrementAndGet();
            clock.advance(Duration.ofMinutes(1));
            auto.check();
            assertThat(backups.made).as("an edit, and the last backup is a day old").containsExactly(BackupKind.AUTO);
        }
    }

    @Test
    void aFailedBackupIsSaidAndTriedAgainAtTheNextCheck() {
        backups.failing = true;
        try (AutoBackup auto = autoBackup()) {
            auto.start();
            assertThat(heard).containsExactly("failed: disk full");

            backups.failing = false;
            clock.advance(Duration.ofMinutes(1));
            auto.check();
            assertThat(backups.made).hasSize(1);
            assertThat(heard).endsWith("backed up");
        }
    }

    private static final class FakeBackups implements BackupService {
        final List<BackupKind> made = new ArrayList<>();
        final AtomicLong changes = new AtomicLong();
        boolean failing;
        Backup sameAsData;

        @Override
        public Backup backUp(BackupKind kind) {
            if (failing) {
                throw new IllegalStateException("disk full");
            }
            made.add(kind);
            return new Backup(Path.of("backup-" + made.size() + ".zip"), Instant.EPOCH, kind, "1", false, Map.of(), 1);
        }

        @Override
        public Optional<Backup> sameAsData() {
            return Optional.ofNullable(sameAsData);
        }

        @Override
        public long changeCount() {
            return changes.get();
        }

        @Override
        public Path folder() {
            return Path.of("backups");
        }

        @Override
        public Backup backUpTo(Path target) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Backup> list() {
            return List.of();
        }

        @Override
        public Backup describe(Path file) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean needsPassword(Backup backup) {
            return false;
        }

        @Override
        public Path restore(Path file, char[] password) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
