package org.visitplanner.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.app.Services;
import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.UndoActions;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.settings.UserSettings;
import org.visitplanner.logic.undo.UndoHistory;
import org.visitplanner.support.CurrentThreadTaskExecutor;
import org.visitplanner.support.TestServices;

/** File → Import… as the window's view-model does it. */
class MainViewModelImportTest {

    @TempDir
    Path temp;

    private final Services services = TestServices.withSample();
    private final AppState state = new AppState();
    private final List<String> problems = new ArrayList<>();

    @AfterEach
    void close() {
        services.close();
        Messages.setLocale(Locale.ENGLISH);
    }

    private MainViewModel window() {
        Messages.setLocale(Locale.ENGLISH);
        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        MainViewModel window = new MainViewModel(tasks, state, services.trips(), UserSettings.load(temp),
                "memory", new UndoActions(tasks, state, new UndoHistory(10)), services.calendarImport());
        window.load();
        return window;
    }

    private Path calendar(String name) throws Exception {
        Path file = temp.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/org/visitplanner/logic/itinerary/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void aCalendarImportedIntoANewTripBecomesTheCurrentTrip() throws Exception {
        MainViewModel window = window();
        window.importFile(calendar("outlook.ics"), false, problems::add);

        assertThat(problems).isEmpty();
        assertThat(state.currentTrip().name()).isEqualTo("Paris programme");
        assertThat(window.trips()).hasSize(2);
        assertThat(state.statusMessageProperty().get()).startsWith("3 events added and 0 updated in “Paris programme”");
    }

    @Test
    void aBadFileIsExplainedAndChangesNothing() throws Exception {
        MainViewModel window = window();
        window.importFile(calendar("broken.ics"), true, problems::add);
        window.importFile(Files.writeString(temp.resolve("people.csv"), "name\n"), true, problems::add);

        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).startsWith("broken.ics is not a calendar file that can be read");
        assertThat(problems.get(1)).startsWith("Unsupported file type: people.csv");
        assertThat(window.trips()).hasSize(1);
        assertThat(services.events().findByTrip(state.currentTrip().id())).hasSize(18);
    }
}
