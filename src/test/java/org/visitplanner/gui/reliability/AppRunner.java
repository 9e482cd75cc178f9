package org.visitplanner.gui.reliability;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Application;
import javafx.scene.control.ComboBox;

import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.visitplanner.app.VisitPlannerApp;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.support.RunningApp;

/** Starts and stops the app for the reliability window tests; counts the times it asked to quit. */
final class AppRunner implements AutoCloseable {

    final FxRobot robot = new FxRobot();
    private final AtomicInteger exits;
    private final Application app;

    private AppRunner(Application app, AtomicInteger exits) {
        this.app = app;
        this.exits = exits;
    }

    static AppRunner start(Path data) throws Exception {
        RunningApp.primaryStage();
        AtomicInteger exits = new AtomicInteger();
        Application app = FxToolkit.setupApplication(() -> new VisitPlannerApp(data, Locale.ENGLISH,
                exits::incrementAndGet));
        return new AppRunner(app, exits);
    }

    /** How many times the app asked to quit (it ends the whole JavaFX platform outside tests). */
    int exitCount() {
        return exits.get();
    }

    /** Waits until the main window shows the trips (the data is open). */
    void awaitMainWindow(int trips) throws Exception {
        // One lookup: the window may be rebuilt (after a restore) between two of them. The box's first entry is
        // "New trip…", not a trip.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#tripPicker").tryQuery()
                .map(picker -> ((ComboBox<?>) picker).getItems().stream()
                        .filter(item -> ((org.visitplanner.model.TripSummary) item).trip() != null).count() == trips)
                .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until a node with {@code text} shows (a dialog, a message). */
    void awaitText(String text) throws Exception {
        awaitText(text, false);
    }

    /** Waits until a labelled node's text is, or (with {@code start}) starts with, {@code text}. */
    void awaitText(String text, boolean start) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup((javafx.scene.control.Labeled l) ->
                l.getText() != null && (start ? l.getText().startsWith(text) : l.getText().equals(text)))
                .tryQuery().isPresent() || robot.lookup(text).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        Messages.setLocale(Locale.ENGLISH);
    }
}
