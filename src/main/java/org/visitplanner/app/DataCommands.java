package org.visitplanner.app;

import java.io.File;
import java.time.LocalTime;

import javafx.stage.FileChooser;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.visitplanner.gui.backup.BackupDoneDialog;
import org.visitplanner.gui.backup.BackupsViewModel;
import org.visitplanner.gui.backup.RestoreDialog;
import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.FxTaskExecutor;
import org.visitplanner.gui.common.LongWork;
import org.visitplanner.gui.common.Problems;
import org.visitplanner.gui.common.WorkingDialog;
import org.visitplanner.gui.security.PasswordPrompt;
import org.visitplanner.gui.settings.SettingsDialog;
import org.visitplanner.gui.settings.SettingsViewModel;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.backup.Backup;
import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.settings.UserSettings;

/** The File menu's commands on the data open now: Backup now…, Restore… and Settings…. */
final class DataCommands {

    private static final Logger LOG = LoggerFactory.getLogger(DataCommands.class);

    private final AppWindow window;
    private final FxTaskExecutor tasks;
    private final UserSettings settings;

    DataCommands(AppWindow window, FxTaskExecutor tasks, UserSettings settings) {
        this.window = window;
        this.tasks = tasks;
        this.settings = settings;
    }

    /** File → Backup now…: a checked backup at once, then where it is and what it holds. */
    void backUpNow() {
        AppState state = window.state();
        BackupsViewModel model = new BackupsViewModel(tasks, window.services().backups());
        LongWork.Job working = state.longWork().start(Messages.get("backupNow.working"), false);
        model.backUpNow(backup -> {
            working.finish();
            state.showStatus(Messages.get("status.backedUp", Formats.time(LocalTime.now())));
            switch (BackupDoneDialog.show(window.stage(), backup.file(), BackupsViewModel.contents(backup))) {
                case SAVE_COPY -> saveCopy(model, backup);
                case OPEN_FOLDER -> window.openFolder(backup.file().getParent());
                case CLOSE -> { }
            }
        }, failure -> {
            working.finish();
            window.alert(Problems.describe(failure));
        });
    }

    private void saveCopy(BackupsViewModel model, Backup backup) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("backupDone.saveCopy.title"));
        chooser.setInitialFileName(backup.file().getFileName().toString());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("restore.otherFile.filter"),
                "*.zip"));
        File target = chooser.showSaveDialog(window.stage());
        if (target != null) {
            AppState state = window.state();
            LongWork.Job working = state.longWork().start(Messages.get("backupNow.working"), false);
            model.backUpTo(target.toPath(), copy -> {
                working.finish();
                state.announce(Messages.get("status.copySaved", copy.file().toString()));
            }, failure -> {
                working.finish();
                window.alert(Problems.describe(failure));
            });
        }
    }

    /** File → Restore…: choose a backup; the data now open is saved as a backup first, then replaced. */
    void restore() {
        BackupsViewModel model = new BackupsViewModel(tasks, window.services().backups());
        RestoreDialog.choose(window.stage(), model, Messages.get("restore.explanation"))
                .ifPresent(row -> restore(model, row, null, false));
    }

    private void restore(BackupsViewModel model, BackupsViewModel.Row row, char[] typed, boolean wrong) {
        char[] password = typed;
        if (row.needsPassword() && password == null) {
            PasswordPrompt.Answer answer = PasswordPrompt.ask(window.stage(), Messages.get("password.prompt.backup",
                    row.when()), wrong, false, "button.cancel");
            if (answer.choice() != PasswordPrompt.Choice.OPEN) {
                return;
            }
            password = answer.password();
        }
        char[] chosen = password;
        WorkingDialog working = WorkingDialog.show(window.stage(), Messages.get("restore.working"));
        model.restore(row, chosen, kept -> {
            working.close();
            OpeningProblems.clear(chosen);
            // The data changed under every view and every edit that could be undone: the window is built again on
            // it, and the search index again from the restored data.
            window.rebuild();
            Services services = window.services();
            tasks.run(() -> services.search().catchUp(), applied -> { },
                    failure -> LOG.warn("The search index did not catch up after a restore; the next search will",
                            failure));
            window.state().announce(Messages.get("restore.done", row.when(), String.valueOf(kept)));
        }, failure -> {
            working.close();
            OpeningProblems.clear(chosen);
            if (row.needsPassword() && DataProblem.is(failure, DataProblem.Kind.WRONG_PASSWORD)) {
                restore(model, row, null, true);
            } else {
                window.alert(Problems.describe(failure));
            }
        });
    }

    /** File → Settings…: the data's password, its backups and the name the history records (this computer's data). */
    void openSettings() {
        if (window.team() != null) {
            window.alert(Messages.get("team.settings", window.team().label()));
            return;
        }
        Services services = window.services();
        SettingsDialog.show(window.stage(), new SettingsViewModel(tasks, services.encryption(), services.backups(),
                services.database().location(), settings.historyName().orElse(""), name -> {
                    settings.setHistoryName(name);
                    Services.recordChangesAs(name);
                }), this::backUpNow, window::openFolder);
    }
}
