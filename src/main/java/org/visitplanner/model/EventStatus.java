package org.visitplanner.model;

public enum EventStatus {
    PLANNED, CONFIRMED, DONE, CANCELLED
}
