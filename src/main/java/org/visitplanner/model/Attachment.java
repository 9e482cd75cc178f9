package org.visitplanner.model;

import java.util.Objects;

/**
 * A file kept with a meeting record: a copy inside the data directory, so that it travels with the data.
 *
 * @param fileName   the name shown to the user (sanitised)
 * @param storedPath where the copy lives, relative to the data directory, with {@code /} separators
 * @param sha256     hex digest of the content, to tell copies apart and to check the file later
 */
public record Attachment(long id, long meetingId, String fileName, String storedPath, long sizeBytes, String sha256,
                         int version) {

    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(storedPath, "storedPath");
        Objects.requireNonNull(sha256, "sha256");
    }

    public Attachment withId(long newId) {
        return new Attachment(newId, meetingId, fileName, storedPath, sizeBytes, sha256, version);
    }
}
