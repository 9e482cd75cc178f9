package org.visitplanner.model;

/** A member's role in the delegation. */
public enum MemberRole {
    HEAD, MEMBER, SECRETARY, INTERPRETER, STAFF, OTHER
}
