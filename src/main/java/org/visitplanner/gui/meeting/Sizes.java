package org.visitplanner.gui.meeting;

import org.visitplanner.logic.i18n.Messages;

/** File sizes as people read them: "840 B", "12.4 KB", "3.1 MB" (units and decimal mark per language). */
final class Sizes {
    private Sizes() {
    }

    static String human(long bytes) {
        if (bytes < 1024) {
            return Messages.get("meeting.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return Messages.get("meeting.size.kilobytes", bytes / 1024.0);
        }
        if (bytes < 1024L * 1024 * 1024) {
            return Messages.get("meeting.size.megabytes", bytes / (1024.0 * 1024));
        }
        return Messages.get("meeting.size.gigabytes", bytes / (1024.0 * 1024 * 1024));
    }
}
