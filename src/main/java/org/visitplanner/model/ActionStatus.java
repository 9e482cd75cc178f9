package org.visitplanner.model;

/** Where an action item stands. */
public enum ActionStatus {
    OPEN, DONE, DROPPED
}
