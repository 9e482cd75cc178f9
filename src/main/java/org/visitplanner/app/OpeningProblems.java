package org.visitplanner.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.visitplanner.db.Database;
import org.visitplanner.db.DatabaseBackups;
import org.visitplanner.gui.backup.BackupsViewModel;
import org.visitplanner.gui.backup.RestoreDialog;
import org.visitplanner.gui.common.FxTaskExecutor;
import org.visitplanner.gui.common.Problems;
import org.visitplanner.gui.common.WorkingDialog;
import org.visitplanner.gui.security.PasswordPrompt;
import org.visitplanner.gui.startup.OpenProblemDialog;
import org.visitplanner.gui.team.TeamDatabaseDialog;
import org.visitplanner.gui.team.TeamProblemDialog;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.backup.Backup;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.instance.RunningInstance;

/**
 * Data that did not open: one plain sentence and a way forward — the password asked, another try, a backup restored
 * over it, a fresh start with the damaged file set aside, the window that has it open brought forward, or this
 * computer's data instead of a team database. The file is left as it was until the user chooses.
 */
final class OpeningProblems {

    private final AppWindow window;
    private final FxTaskExecutor tasks;
    private final Path dataDirectory;

    OpeningProblems(AppWindow window, FxTaskExecutor tasks, Path dataDirectory) {
        this.window = window;
        this.tasks = tasks;
        this.dataDirectory = dataDirectory;
    }

    /** Why the data did not open with {@code password} (null: none typed), and what the user can do about it. */
    void cannotOpen(Throwable failure, char[] password) {
        if (window.team() != null) {
            teamCannotOpen(failure, password);
            return;
        }
        DataProblem.Kind kind = DataProblem.in(failure).map(DataProblem::kind).orElse(DataProblem.Kind.OTHER);
        String sentence = Problems.describe(failure);
        switch (kind) {
            case WRONG_PASSWORD -> {
                clear(password);
                askPassword(password != null);
            }
            case LOCKED -> tasks.run(() -> RunningInstance.askToShow(dataDirectory), shown -> {
                if (shown) {
                    window.quit(); // the window that has the data open came forward instead
                } else {
                    offerWaysForward(kind, sentence, password, List.of());
                }
            }, ignored -> offerWaysForward(kind, sentence, password, List.of()));
            case CORRUPT -> tasks.run(() -> DatabaseBackups.list(dataDirectory),
                    backups -> offerWaysForward(kind, sentence, password, backups),
                    ignored -> offerWaysForward(kind, sentence, password, List.of()));
            default -> offerWaysForward(kind, sentence, password, List.of());
        }
    }

    /** The team database could not be opened: its password is asked when that is what it lacks. */
    private void teamCannotOpen(Throwable failure, char[] password) {
        boolean wrong = password != null;
        clear(password);
        if (DataProblem.is(failure, DataProblem.Kind.WRONG_PASSWORD)) {
            TeamDatabaseDialog.password(window.stage(), window.team(), wrong)
                    .ifPresentOrElse(window::openData, () -> teamCannotOpen(
                            Messages.get("team.open.noPassword", window.team().label())));
            return;
        }
        teamCannotOpen(Problems.describe(failure));
    }

    /** The team database cannot be opened: try again, go back to this computer's data, or quit. */
    private void teamCannotOpen(String sentence) {
        switch (TeamProblemDialog.show(window.stage(), sentence)) {
            case TRY_AGAIN -> window.openData(null);
            case USE_LOCAL_DATA -> window.switchTo(null);
            case QUIT -> window.quit();
        }
    }

    private void askPassword(boolean wrong) {
        PasswordPrompt.Answer answer = PasswordPrompt.ask(window.stage(),
                Messages.get("password.prompt.data", dataDirectory.toString()), wrong, true, "open.quit");
        switch (answer.choice()) {
            case OPEN -> window.openData(answer.password());
            case RESTORE -> restoreClosedData();
            case QUIT -> window.quit();
        }
    }

    private void offerWaysForward(DataProblem.Kind kind, String sentence, char[] password, List<Backup> backups) {
        String latest = backups.isEmpty() ? null : BackupsViewModel.summary(backups.get(0));
        switch (OpenProblemDialog.show(window.stage(), kind, sentence, latest)) {
            case TRY_AGAIN -> window.openData(password);
            case RESTORE_LATEST -> restoreClosedData(backups.get(0).file(), backups.get(0).encrypted(), null, false);
            case CHOOSE_BACKUP -> restoreClosedData();
            case START_AFRESH -> tasks.run(() -> Database.setAsideDamaged(dataDirectory),
                    aside -> window.openData(null),
                    failure -> offerWaysForward(kind, Problems.describe(failure), password, backups));
            case QUIT -> window.quit();
        }
    }

    /** Restores a backup chosen in the list over data that cannot be opened. */
    private void restoreClosedData() {
        BackupsViewModel model = new BackupsViewModel(tasks, DatabaseBackups.closed(dataDirectory));
        RestoreDialog.choose(window.stage(), model, Messages.get("restore.explanation.closed"))
                .ifPresentOrElse(row -> restoreClosedData(row.backup().file(), row.needsPassword(), null, false),
                        () -> window.openData(null));
    }

    private void restoreClosedData(Path file, boolean needsPassword, char[] typed, boolean wrong) {
        char[] password = typed;
        if (needsPassword && password == null) {
            PasswordPrompt.Answer answer = PasswordPrompt.ask(window.stage(),
                    Messages.get("password.prompt.backup", file.getFileName().toString()), wrong, false,
                    "button.cancel");
            if (answer.choice() != PasswordPrompt.Choice.OPEN) {
                window.openData(null);
                return;
            }
            password = answer.password();
        }
        char[] chosen = password;
        WorkingDialog working = WorkingDialog.show(window.stage(), Messages.get("restore.working"));
        tasks.run(() -> DatabaseBackups.closed(dataDirectory).restore(file, chosen), kept -> {
            working.close();
            window.openData(chosen);
        }, failure -> {
            working.close();
            if (needsPassword && DataProblem.is(failure, DataProblem.Kind.WRONG_PASSWORD)) {
                restoreClosedData(file, true, null, true);
            } else {
                window.alert(Problems.describe(failure));
                window.openData(null);
            }
        });
    }

    /** Wipes a password from memory once it is no longer needed ({@code null}: nothing to wipe). */
    static void clear(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
