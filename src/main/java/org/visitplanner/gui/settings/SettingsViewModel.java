package org.visitplanner.gui.settings;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.visitplanner.gui.common.Problems;
import org.visitplanner.gui.common.TaskExecutor;
import org.visitplanner.gui.security.PasswordForm;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.backup.Backup;
import org.visitplanner.logic.backup.BackupService;
import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.security.EncryptionService;

/**
 * The settings of the data: where it lives, its backups, the password that protects it, and the name its change
 * history records.
 */
public final class SettingsViewModel {

    private final TaskExecutor tasks;
    private final EncryptionService encryption;
    private final BackupService backups;
    private final String dataFile;
    private final ReadOnlyBooleanWrapper encrypted = new ReadOnlyBooleanWrapper(this, "encrypted");
    private final StringProperty backupsFolder = new SimpleStringProperty(this, "backupsFolder", "");
    private final StringProperty lastBackup = new SimpleStringProperty(this, "lastBackup", "");
    private final StringProperty outcome = new SimpleStringProperty(this, "outcome", "");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty historyName = new SimpleStringProperty(this, "historyName", "");
    private final Consumer<String> historyNameSaver;
    private String savedHistoryName;
    private Path folder;

    private record Loaded(boolean encrypted, Path folder, List<Backup> backups) {
    }

    /**
     * {@code historyName} is the name the history records now; {@code historyNameSaver} keeps and applies a new one
     * ({@code null}: this computer's user again).
     */
    public SettingsViewModel(TaskExecutor tasks, EncryptionService encryption, BackupService backups,
                             String dataFile, String historyName, Consumer<String> historyNameSaver) {
        this.tasks = tasks;
        this.encryption = encryption;
        this.backups = backups;
        this.dataFile = dataFile;
        this.historyNameSaver = historyNameSaver;
        this.savedHistoryName = historyName == null ? "" : historyName.strip();
        this.historyName.set(savedHistoryName);
    }

    /** The name recorded as who made the changes to this data (typed; kept by {@link #saveHistoryName}). */
    public StringProperty historyNameProperty() {
        return historyName;
    }

    /** Keeps the name typed, when it changed: the next changes are recorded under it. Empty: this computer's user. */
    public void saveHistoryName() {
        String name = historyName.get() == null ? "" : historyName.get().strip();
        if (name.equals(savedHistoryName)) {
            return;
        }
        historyNameSaver.accept(name.isEmpty() ? null : name);
        savedHistoryName = name;
        outcome.set(name.isEmpty() ? Messages.get("settings.history.done.computer", computerUser())
                : Messages.get("settings.history.done", name));
    }

    /** The computer's user, recorded when no name is set. */
    public static String computerUser() {
        return System.getProperty("user.name", "");
    }

    /** Reads whether the data is encrypted and when it was last backed up. */
    public void load() {
        busy.set(true);
        tasks.run(() -> new Loaded(encryption.isEncrypted(), backups.folder(), backups.list()), loaded -> {
            busy.set(false);
            encrypted.set(loaded.encrypted());
            folder = loaded.folder();
            backupsFolder.set(folder.toString());
            List<Backup> list = loaded.backups();
            lastBackup.set(list.isEmpty() ? Messages.get("settings.backups.none")
                    : Messages.get("settings.backups.last",
                            Formats.dateTime(list.get(0).created().atZone(ZoneId.systemDefault())), list.size()));
        }, failure -> {
            busy.set(false);
            problem.set(Problems.describe(failure));
        });
    }

    public String dataFile() {
        return dataFile;
    }

    /** The backups folder, once {@link #load()} has found it. */
    public Path folder() {
        return folder;
    }

    public ReadOnlyBooleanProperty encryptedProperty() {
        return encrypted.getReadOnlyProperty();
    }

    public StringProperty backupsFolderProperty() {
        return backupsFolder;
    }

    public StringProperty lastBackupProperty() {
        return lastBackup;
    }

    /** What the last change of password did, in one or two sentences. */
    public StringProperty outcomeProperty() {
        return outcome;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /**
     * Sets, changes or removes the password as {@code form} says, in the background (the file and its backups are
     * re-encrypted). {@code finished} runs when the work ends, whatever the result; then a wrong current password
     * marks the form and calls {@code wrongPassword} (to ask again), and other problems are shown.
     */
    public void changePassword(PasswordForm form, Runnable finished, Consumer<PasswordForm> wrongPassword) {
        busy.set(true);
        problem.set("");
        outcome.set("");
        char[] current = form.current();
        char[] fresh = form.newPassword();
        tasks.run(() -> encryption.changePassword(current, fresh), change -> {
            busy.set(false);
            String what = Messages.get(switch (form.purpose()) {
                case SET -> "settings.password.done.set";
                case CHANGE -> "settings.password.done.change";
                case REMOVE -> "settings.password.done.remove";
            });
            String left = change.backupsLeft() == 0 ? ""
                    : " " + Messages.get("settings.password.done.backupsLeft", change.backupsLeft());
            outcome.set(what + " " + Messages.get("settings.password.done.backups", change.backupsConverted()) + left);
            encrypted.set(fresh != null);
            finished.run();
            load();
        }, failure -> {
            busy.set(false);
            finished.run();
            if (failure instanceof DataProblem p && p.kind() == DataProblem.Kind.WRONG_PASSWORD) {
                form.rejectCurrent();
                wrongPassword.accept(form);
            } else {
                problem.set(Problems.describe(failure));
            }
        });
    }
}
