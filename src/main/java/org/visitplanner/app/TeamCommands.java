package org.visitplanner.app;

import java.io.File;
import java.nio.file.Path;

import javafx.stage.FileChooser;

import org.visitplanner.db.DatabaseCopy;
import org.visitplanner.gui.common.FxTaskExecutor;
import org.visitplanner.gui.common.Problems;
import org.visitplanner.gui.common.WorkingDialog;
import org.visitplanner.gui.team.ClashDialog;
import org.visitplanner.gui.team.TeamDatabaseDialog;
import org.visitplanner.gui.team.TeamDatabaseViewModel;
import org.visitplanner.gui.team.TeamProblemDialog;
import org.visitplanner.gui.team.TripFileViewModel;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.team.TeamAddress;
import org.visitplanner.model.Trip;

/**
 * The File menu's commands for working with colleagues: Team database…, Copy my data to the team database…, Open
 * trip file… and Save trip as file….
 */
final class TeamCommands {

    private final AppWindow window;
    private final FxTaskExecutor tasks;
    private final Path dataDirectory;

    TeamCommands(AppWindow window, FxTaskExecutor tasks, Path dataDirectory) {
        this.window = window;
        this.tasks = tasks;
        this.dataDirectory = dataDirectory;
    }

    /** File → Team database…: where the team's PostgreSQL database is; the window then reopens on it. */
    void chooseTeamDatabase() {
        TeamAddress team = window.team();
        TeamDatabaseDialog.Answer answer = TeamDatabaseDialog.choose(window.stage(), new TeamDatabaseViewModel(team),
                team != null, false);
        switch (answer.choice()) {
            case CONNECT -> window.switchTo(answer.address());
            case USE_LOCAL_DATA -> window.switchTo(null);
            case CANCEL -> { }
        }
    }

    /**
     * File → Copy my data to the team database…: copies this computer's data into an empty team database (all or
     * nothing), then offers to work on it.
     */
    void copyToTeamDatabase() {
        TeamDatabaseDialog.Answer answer = TeamDatabaseDialog.choose(window.stage(), new TeamDatabaseViewModel(null),
                false, true);
        if (answer.choice() == TeamDatabaseDialog.Choice.CONNECT) {
            copyToTeamDatabase(answer.address(), null);
        }
    }

    private void copyToTeamDatabase(TeamAddress target, char[] password) {
        Services source = window.services();
        WorkingDialog working = WorkingDialog.show(window.stage(), Messages.get("team.copy.working"));
        tasks.run(() -> {
            try (Services copy = Services.team(target, password, dataDirectory)) {
                return DatabaseCopy.copy(source.database(), copy.database());
            }
        }, copied -> {
            working.close();
            OpeningProblems.clear(password);
            if (TeamProblemDialog.confirm(window.stage(), Messages.get("team.copy.doneSwitch", copied.rows(),
                    target.label()))) {
                window.switchTo(target);
            }
        }, failure -> {
            working.close();
            boolean wrong = password != null;
            OpeningProblems.clear(password);
            if (DataProblem.is(failure, DataProblem.Kind.WRONG_PASSWORD)) {
                TeamDatabaseDialog.password(window.stage(), target, wrong)
                        .ifPresent(typed -> copyToTeamDatabase(target, typed));
                return;
            }
            window.alert(Problems.describe(failure));
        });
    }

    private TripFileViewModel tripFiles() {
        Services open = window.services();
        return new TripFileViewModel(tasks, window.state(), open::bundles, open::trips);
    }

    /** File → Open trip file…: read and checked whole, merged, and the fields changed on both sides shown. */
    void openTripFile() {
        File file = tripFileChooser().showOpenDialog(window.stage());
        if (file != null) {
            tripFiles().open(file.toPath(), clashes -> ClashDialog.choose(window.stage(), clashes), window::alert);
        }
    }

    /** File → Save trip as file…: the current trip as one .vptrip file. */
    void saveTripFile() {
        Trip trip = window.state().currentTrip();
        if (trip == null) {
            return;
        }
        FileChooser chooser = tripFileChooser();
        chooser.setInitialFileName(trip.name().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + ".vptrip");
        File file = chooser.showSaveDialog(window.stage());
        if (file != null) {
            tripFiles().save(trip, file.toPath(), window::alert);
        }
    }

    private static FileChooser tripFileChooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("bundle.chooser.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("bundle.chooser.filter"),
                "*.vptrip"));
        return chooser;
    }
}
