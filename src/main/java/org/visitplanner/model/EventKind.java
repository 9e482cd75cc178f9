package org.visitplanner.model;

public enum EventKind {
    VISIT, MEETING, LAB_TOUR, MEAL, TRAVEL, OTHER
}
