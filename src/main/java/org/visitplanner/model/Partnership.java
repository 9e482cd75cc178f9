package org.visitplanner.model;

import java.time.LocalDate;
import java.util.Objects;

public record Partnership(long id, long institutionId, PartnershipType type, PartnershipStatus status,
                          LocalDate since, LocalDate until, String notes, int version) {

    public Partnership {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
    }

    public Partnership withId(long newId) {
        return new Partnership(newId, institutionId, type, status, since, until, notes, version);
    }
}
