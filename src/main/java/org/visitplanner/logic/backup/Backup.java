package org.visitplanner.logic.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A backup of the data: one file holding a copy of the database and what it contained when it was made.
 *
 * @param schemaVersion the schema version of the copy (a newer Visit Planner's copy cannot be restored)
 * @param encrypted     whether the copy is protected by a password (its own, which may differ from the current one)
 * @param rowCounts     rows per table when the backup was made; empty for a bare database file
 */
public record Backup(Path file, Instant created, BackupKind kind, String schemaVersion, boolean encrypted,
                     Map<String, Long> rowCounts, long sizeBytes) {

    public Backup {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(kind, "kind");
        rowCounts = Map.copyOf(rowCounts);
    }

    /** The number of rows of {@code table} (e.g. {@code "TRIP"}), when known. */
    public OptionalLong rows(String table) {
        Long count = rowCounts.get(table);
        return count == null ? OptionalLong.empty() : OptionalLong.of(count);
    }
}
