package org.visitplanner.support;

import org.visitplanner.app.Services;
import org.visitplanner.model.Event;
import org.visitplanner.model.Institution;

/** Finds events and institutions of the sample trip by what a user sees. */
public final class SampleEvents {
    private SampleEvents() {
    }

    /** The sample event with this title at the institution with this short name. */
    public static Event event(Services services, String title, String institutionLabel) {
        long tripId = services.trips().findSample().orElseThrow().id();
        return services.events().findByTrip(tripId).stream()
                .filter(e -> e.title().equals(title) && e.institutionId() != null
                        && institution(services, institutionLabel).id() == e.institutionId())
                .findFirst().orElseThrow();
    }

    public static Institution institution(Services services, String label) {
        return services.institutions().findAll().stream().filter(i -> i.label().equals(label)).findFirst()
                .orElseThrow();
    }
}
