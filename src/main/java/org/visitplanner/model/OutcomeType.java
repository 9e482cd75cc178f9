package org.visitplanner.model;

/** What kind of result a meeting reached. */
public enum OutcomeType {
    AGREEMENT, CONSENSUS, DECISION, FOLLOW_UP, INFORMATION;

    /** Agreements and consensus move a partnership forward, so the directory offers to update its status. */
    public boolean movesPartnership() {
        return this == AGREEMENT || this == CONSENSUS;
    }
}
