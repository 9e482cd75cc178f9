package org.visitplanner.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

import org.visitplanner.app.log.AppLog;
import org.visitplanner.gui.MainView;
import org.visitplanner.logic.i18n.Messages;

/** What the window's menus do beyond its pages, handed to {@link MainView}. */
final class MenuCommands implements MainView.Host {

    private final AppWindow window;
    private final DataCommands data;
    private final TeamCommands team;
    private final Consumer<Locale> switchLanguage;

    MenuCommands(AppWindow window, DataCommands data, TeamCommands team, Consumer<Locale> switchLanguage) {
        this.window = window;
        this.data = data;
        this.team = team;
        this.switchLanguage = switchLanguage;
    }

    @Override
    public void switchLanguage(Locale language) {
        switchLanguage.accept(language);
    }

    @Override
    public void quit() {
        window.quit();
    }

    @Override
    public String version() {
        return AppVersion.get();
    }

    @Override
    public void backUpNow() {
        data.backUpNow();
    }

    @Override
    public void restore() {
        data.restore();
    }

    @Override
    public void openSettings() {
        data.openSettings();
    }

    @Override
    public void openLogFolder() {
        Path folder = AppLog.folder();
        if (folder == null) {
            window.alert(Messages.get("problem.unexpected.unlogged"));
        } else {
            window.openFolder(folder);
        }
    }

    @Override
    public void openTeamDatabase() {
        team.chooseTeamDatabase();
    }

    @Override
    public void copyToTeamDatabase() {
        team.copyToTeamDatabase();
    }

    @Override
    public boolean onTeamDatabase() {
        return window.team() != null;
    }

    @Override
    public void openTripFile() {
        team.openTripFile();
    }

    @Override
    public void saveTripFile() {
        team.saveTripFile();
    }
}
