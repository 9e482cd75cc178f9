package org.visitplanner.logic.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.app.Services;
import org.visitplanner.model.Trip;
import org.visitplanner.support.TestServices;

/**
 * The sample trip travels from a laptop's H2 data to the team's PostgreSQL database and from there to another
 * laptop: its calendar and its spreadsheet come out byte for byte as the original's.
 */
@Tag("team")
class TeamRoundTripTest {

    @TempDir
    Path temp;

    @Test
    void h2ThenPostgresqlThenH2GivesTheSameCalendarAndSpreadsheet() throws IOException {
        try (Services laptop = TestServices.withSample(); Services team = TestServices.team();
             Services other = Services.inMemory("other-laptop")) {
            Trip original = laptop.trips().findAll().stream().map(s -> s.trip()).filter(Trip::sample).findFirst()
                    .orElseThrow();
            String expected = TripBundlesTest.exports(laptop, original);

            Path toTeam = temp.resolve("to-team.vptrip");
            laptop.bundles().export(original.id(), toTeam);
            try (BundleFile.Bundle bundle = team.bundles().read(toTeam)) {
                team.bundles().merge(bundle, clash -> false);
            }
            Trip onTeam = team.trips().findAll().get(0).trip();
            assertThat(TripBundlesTest.exports(team, onTeam)).isEqualTo(expected);

            Path toOther = temp.resolve("to-other.vptrip");
            team.bundles().export(onTeam.id(), toOther);
            try (BundleFile.Bundle bundle = other.bundles().read(toOther)) {
                other.bundles().merge(bundle, clash -> false);
            }
            assertThat(TripBundlesTest.exports(other, other.trips().findAll().get(0).trip())).isEqualTo(expected);
        }
    }
}
