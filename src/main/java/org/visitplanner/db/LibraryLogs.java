package org.visitplanner.db;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the libraries under the data layer quiet on the console: Flyway and jOOQ report every start at INFO level
 * (jOOQ with a banner), and Flyway logs a failed migration (a full disk) with stack traces, while Visit Planner says
 * what went wrong in one sentence itself, so that a command's stderr holds that sentence only. Applied by every class
 * of this package that opens a database, whichever command or window runs first.
 */
final class LibraryLogs {

    // java.util.logging forgets the level of a logger nobody references: these are held for the life of the app.
    private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");
    private static final Logger JOOQ = Logger.getLogger("org.jooq");

    private LibraryLogs() {
    }

    static void quiet() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        FLYWAY.setLevel(Level.OFF);
        JOOQ.setLevel(Level.WARNING);
    }
}
