package org.visitplanner.app;

import java.nio.file.Path;

import javafx.stage.Stage;

import org.visitplanner.gui.common.AppState;
import org.visitplanner.logic.team.TeamAddress;

/**
 * What the window's commands ({@link OpeningProblems}, {@link DataCommands}, {@link TeamCommands}) ask of the app
 * that holds the window: the data and state it shows now (both change when the data is switched or the window
 * rebuilt), and the few things only the app can do.
 */
interface AppWindow {

    Stage stage();

    /** The data open now ({@code null} while none is). */
    Services services();

    /** The state of the window's views now. */
    AppState state();

    /** The team database the window works on; {@code null}: this computer's H2 data. */
    TeamAddress team();

    /** Opens the data in the background with {@code password} (null: none typed yet), then shows it. */
    void openData(char[] password);

    /**
     * Closes the data open now and opens {@code team}'s (null: this computer's data), remembering the choice for the
     * next start.
     */
    void switchTo(TeamAddress team);

    /** Builds the window's views again on the data open now (after a restore), with an empty undo history. */
    void rebuild();

    void openFolder(Path folder);

    /** One plain sentence in an error dialog over the window. */
    void alert(String sentence);

    void quit();
}
