package org.visitplanner.logic.directory;

import java.util.List;
import java.util.Objects;

import org.visitplanner.model.Closure;
import org.visitplanner.model.Institution;
import org.visitplanner.model.InstitutionKind;
import org.visitplanner.model.OpeningHours;
import org.visitplanner.model.Relation;

/** An institution with the parts saved together with it (under its version): opening hours and closures. */
public record InstitutionProfile(Institution institution, List<OpeningHours> openingHours, List<Closure> closures) {

    public InstitutionProfile {
        Objects.requireNonNull(institution, "institution");
        openingHours = List.copyOf(openingHours);
        closures = List.copyOf(closures);
    }

    /** A new institution with nothing filled in yet. */
    public static InstitutionProfile blank() {
        return new InstitutionProfile(new Institution(0, "", null, null, null, InstitutionKind.OTHER, Relation.NONE,
                null, null, null, null, null, null, null, null, 0), List.of(), List.of());
    }

    public long id() {
        return institution.id();
    }
}
