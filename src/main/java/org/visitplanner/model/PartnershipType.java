package org.visitplanner.model;

public enum PartnershipType {
    STUDENT_EXCHANGE, DUAL_DEGREE, RESEARCH, INTERNSHIPS, TEACHER_TRAINING, OTHER
}
