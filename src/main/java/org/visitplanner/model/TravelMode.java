package org.visitplanner.model;

public enum TravelMode {
    WALK, PUBLIC_TRANSPORT, CAR
}
