package org.visitplanner.gui.backup;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.visitplanner.gui.common.Problems;
import org.visitplanner.gui.common.TaskExecutor;
import org.visitplanner.logic.backup.Backup;
import org.visitplanner.logic.backup.BackupKind;
import org.visitplanner.logic.backup.BackupService;
import org.visitplanner.logic.backup.Restorer;
import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;

/**
 * Backups as the user sees them: the list to restore from, "back up now", and restoring. All work runs through the
 * task executor; results and problems come back as properties and callbacks on the UI thread.
 */
public final class BackupsViewModel {

    /** One backup in the list: when, why, what it holds, how big, and whether it needs its own password. */
    public record Row(Backup backup, boolean needsPassword, String when, String kind, String contents, String size) {
    }

    private final TaskExecutor tasks;
    private final Restorer restorer;
    private final BackupService backups;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");

    /** Over the open data: can back up as well as restore. */
    public BackupsViewModel(TaskExecutor tasks, BackupService backups) {
        this(tasks, backups, backups);
    }

    /** Over data that cannot be opened: restores only. */
    public BackupsViewModel(TaskExecutor tasks, Restorer restorer) {
        this(tasks, restorer, null);
    }

    private BackupsViewModel(TaskExecutor tasks, Restorer restorer, BackupService backups) {
        this.tasks = tasks;
        this.restorer = restorer;
        this.backups = backups;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    /** True while work runs in the background (buttons wait). */
    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The sentence to show when something went wrong (empty otherwise). */
    public StringProperty problemProperty() {
        return problem;
    }

    /** Reads the backups folder; the newest backup is selected. */
    public void load() {
        run(() -> restorer.list().stream().map(this::row).toList(), loaded -> {
            rows.setAll(loaded);
            selected.set(loaded.isEmpty() ? null : loaded.get(0));
        });
    }

    /** Adds a backup file chosen elsewhere to the list, selected; a file that is not a backup says so. */
    public void addFile(Path file) {
        run(() -> row(restorer.describe(file)), row -> {
            rows.removeIf(r -> r.backup().file().equals(row.backup().file()));
            rows.add(0, row);
            selected.set(row);
        });
    }

    /** Makes a checked backup in the backups folder. */
    public void backUpNow(Consumer<Backup> done, Consumer<Throwable> failed) {
        busy.set(true);
        tasks.run(() -> backups().backUp(BackupKind.MANUAL), backup -> {
            busy.set(false);
            done.accept(backup);
        }, failure -> {
            busy.set(false);
            failed.accept(failure);
        });
    }

    /** Makes a checked backup at {@code target}, a file the user chose. */
    public void backUpTo(Path target, Consumer<Backup> done, Consumer<Throwable> failed) {
        busy.set(true);
        tasks.run(() -> backups().backUpTo(target), backup -> {
            busy.set(false);
            done.accept(backup);
        }, failure -> {
            busy.set(false);
            failed.accept(failure);
        });
    }

    /** What a backup holds, in a few words ("1 trip, 18 events, 2 meeting records"). */
    public static String contents(Backup backup) {
        return backup.rows("TRIP").isPresent()
                ? Messages.get("backup.contents", backup.rows("TRIP").getAsLong(),
                        backup.rows("EVENT").orElse(0), backup.rows("MEETING_RECORD").orElse(0))
                : Messages.get("backup.contents.unknown");
    }

    /**
     * Restores the selected backup; {@code done} receives where the replaced data was kept. A wrong password goes
     * to {@code failed} (the caller asks again), other problems to {@link #problemProperty()}.
     */
    public void restore(Row row, char[] password, Consumer<Path> done, Consumer<Throwable> failed) {
        busy.set(true);
        problem.set("");
        tasks.run(() -> restorer.restore(row.backup().file(), password), kept -> {
            busy.set(false);
            done.accept(kept);
        }, failure -> {
            busy.set(false);
            failed.accept(failure);
        });
    }

    /** One backup's description, e.g. "8 December 2025 10:15 · Automatic · 1 trip, 18 events, 0 meeting records". */
    public static String describe(Row row) {
        return row.when() + " · " + row.kind() + " · " + row.contents();
    }

    /** The same description, of a backup not in the list. */
    public static String summary(Backup backup) {
        return when(backup) + " · " + Messages.of(backup.kind()) + " · " + contents(backup);
    }

    private static String when(Backup backup) {
        return Formats.dateTime(backup.created().atZone(ZoneId.systemDefault()));
    }

    private Row row(Backup backup) {
        return new Row(backup, restorer.needsPassword(backup), when(backup), Messages.of(backup.kind()),
                contents(backup), size(backup.sizeBytes()));
    }

    /** "52 KB", "3.4 MB" in the user's language. */
    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Messages.get("backup.size.kb", Math.max(1, (bytes + 1023) / 1024));
        }
        return Messages.get("backup.size.mb", String.format(Messages.locale(), "%.1f", bytes / (1024.0 * 1024.0)));
    }

    private BackupService backups() {
        if (backups == null) {
            throw new IllegalStateException("no data is open to back up");
        }
        return backups;
    }

    private <T> void run(Callable<T> work, Consumer<? super T> done) {
        busy.set(true);
        problem.set("");
        tasks.run(work, result -> {
            busy.set(false);
            done.accept(result);
        }, failure -> {
            busy.set(false);
            problem.set(Problems.describe(failure));
        });
    }
}
