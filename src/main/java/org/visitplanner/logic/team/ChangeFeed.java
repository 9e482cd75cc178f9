package org.visitplanner.logic.team;

import java.util.Set;
import java.util.function.Consumer;

/**
 * Tells this computer that colleagues changed the team database: the names of the tables their transactions changed,
 * soon after each commit, gathered when several come at once. Changes this app made itself are not told (the window
 * shows them already). An H2 file, which one person uses, has no feed.
 */
public interface ChangeFeed extends AutoCloseable {

    /** Reported instead of table names when what changed is not known (the feed was away from the server). */
    String ANYTHING = "*";

    /** Starts listening on a thread of its own; {@code changed} is called there, never on the JavaFX thread. */
    void start(Consumer<Set<String>> changed);

    /** Stops listening and waits for the thread to end. */
    @Override
    void close();
}
