package org.visitplanner.support;

import java.util.UUID;

import org.visitplanner.app.Services;

/** Fresh, Flyway-migrated in-memory databases for tests. */
public final class TestServices {
    private TestServices() {
    }

    /** Services over an empty in-memory database of their own. */
    public static Services empty() {
        return Services.inMemory("test-" + UUID.randomUUID());
    }

    /** Services over an in-memory database holding the sample trip. */
    public static Services withSample() {
        Services services = empty();
        services.sampleTrip().ensureLoaded();
        return services;
    }
}
