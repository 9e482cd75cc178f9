package org.visitplanner.model;

public enum InstitutionKind {
    UNIVERSITY, GRANDE_ECOLE, LYCEE, SCHOOL, COMPANY, OTHER
}
