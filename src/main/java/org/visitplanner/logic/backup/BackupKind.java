package org.visitplanner.logic.backup;

import java.util.Locale;

/** Why a backup was made; only automatic ones are ever deleted by Visit Planner. */
public enum BackupKind {
    /** Made on start and after edits, at most every 30 minutes; old ones are pruned. */
    AUTO,
    /** Asked for by the user (File → Backup now…, or the {@code backup} command). */
    MANUAL,
    /** The data a restore replaced. */
    BEFORE_RESTORE,
    /** The data before a newer Visit Planner upgraded its schema. */
    BEFORE_UPGRADE,
    /** The data before its password was set, changed or removed. */
    BEFORE_PASSWORD_CHANGE,
    /** The data before a trip was deleted. */
    BEFORE_DELETE;

    /** The word in a backup's file name, e.g. {@code before-restore}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind whose {@link #tag()} is {@code tag}, else {@link #MANUAL} (a backup renamed by the user). */
    public static BackupKind fromTag(String tag) {
        for (BackupKind kind : values()) {
            if (kind.tag().equals(tag)) {
                return kind;
            }
        }
        return MANUAL;
    }
}
