package org.visitplanner.model;

/** Where an institution stands with us overall; the partnerships give the details. */
public enum Relation {
    STRATEGIC_PARTNER, PARTNER, NEW_CONTACT, NONE
}
