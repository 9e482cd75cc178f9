package org.visitplanner.db;

import org.visitplanner.db.history.ChangeHistoryTrigger;
import org.visitplanner.db.search.SearchQueueTrigger;

/**
 * Limits what H2 may load by name to the app's own trigger classes: a database can name any class in a trigger, a
 * function alias or a setting (a serializer, say), and H2 would load and run it. With this, only
 * {@link SearchQueueTrigger} and {@link ChangeHistoryTrigger} load. It is a second fence behind {@link FileSchema},
 * which refuses any file holding objects the migrations did not create before H2 opens it (source-code triggers and
 * functions, which this setting does not cover, among them).
 *
 * <p>H2 reads the setting once, when its first class that needs it loads: {@link #apply()} runs in the static
 * initialiser of every class of this package that opens a database, before any connection is made.
 */
final class H2Lockdown {

    static final String ALLOWED_CLASSES = "h2.allowedClasses";

    private H2Lockdown() {
    }

    static void apply() {
        System.setProperty(ALLOWED_CLASSES,
                SearchQueueTrigger.class.getName() + "," + ChangeHistoryTrigger.class.getName());
    }
}
