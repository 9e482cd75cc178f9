package org.visitplanner.model;

import java.util.Objects;

/** One result of a meeting, in the order the secretary lists them ({@code position}). */
public record Outcome(long id, long meetingId, OutcomeType type, String text, int position, int version) {

    public Outcome {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
    }

    public Outcome withId(long newId) {
        return new Outcome(newId, meetingId, type, text, position, version);
    }
}
