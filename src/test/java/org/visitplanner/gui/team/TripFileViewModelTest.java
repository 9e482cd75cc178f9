package org.visitplanner.gui.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.app.Services;
import org.visitplanner.gui.common.AppState;
import org.visitplanner.logic.bundle.Clash;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.Trip;
import org.visitplanner.support.CurrentThreadTaskExecutor;
import org.visitplanner.support.TestServices;

/**
 * File → Open trip file… as the window runs it: the clashes reach the dialog's model with both values, the user's
 * choices are applied, and the imported trip becomes the current one; a bad file is one sentence.
 */
@Tag("repository")
class TripFileViewModelTest {

    @TempDir
    Path temp;

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private static Trip rename(Services services, Trip trip, String name) {
        Trip renamed = new Trip(trip.id(), name, trip.firstDay(), trip.lastDay(), trip.venueZone(), trip.homeZone(),
                trip.homeCity(), trip.sample(), trip.notes(), trip.version());
        return services.trips().update(renamed);
    }

    @Test
    void theClashesAreShownWithBothValuesAndTheChosenOnesAreTaken() throws Exception {
        Messages.setLocale(Locale.FRENCH);
        try (Services office = TestServices.withSample(); Services laptop = TestServices.empty()) {
            Trip trip = office.trips().findAll().stream().map(s -> s.trip()).filter(Trip::sample).findFirst()
                    .orElseThrow();
            Path out = temp.resolve("out.vptrip");
            office.bundles().export(trip.id(), out);
            AppState laptopState = new AppState();
            List<String> problems = new ArrayList<>();
            TripFileViewModel onLaptop = new TripFileViewModel(new CurrentThreadTaskExecutor(), laptopState,
                    laptop::bundles, laptop::trips);
            onLaptop.open(out, clashes -> {
                throw new AssertionError("no clash on a first import: " + clashes);
            }, problems::add);
            assertThat(problems).isEmpty();
            Trip arrived = laptopState.currentTrip();
            assertThat(arrived.name()).isEqualTo(trip.name());

            rename(laptop, arrived, "Paris (laptop)");
            rename(office, office.trips().findById(trip.id()).orElseThrow(), "Paris (office)");
            Path back = temp.resolve("back.vptrip");
            new TripFileViewModel(new CurrentThreadTaskExecutor(), laptopState, laptop::bundles, laptop::trips)
                    .save(laptop.trips().findById(arrived.id()).orElseThrow(), back, problems::add);

            AppState officeState = new AppState();
            List<ClashChoices> shown = new ArrayList<>();
            new TripFileViewModel(new CurrentThreadTaskExecutor(), officeState, office::bundles, office::trips)
                    .open(back, clashes -> {
                        ClashChoices choices = new ClashChoices(clashes);
                        shown.add(choices);
                        choices.rows().get(0).takeTheirsProperty().set(true);
                        return choices.takenFromFile();
                    }, problems::add);

            assertThat(problems).isEmpty();
            ClashChoices.Row row = shown.get(0).rows().get(0);
            assertThat(row.record()).isEqualTo("Voyage — Paris (office)");
            assertThat(row.field()).isEqualTo("Nom");
            assertThat(row.mine()).isEqualTo("Paris (office)");
            assertThat(row.theirs()).isEqualTo("Paris (laptop)");
            assertThat(officeState.currentTrip().name()).isEqualTo("Paris (laptop)");
            assertThat(office.trips().findAll()).hasSize(1);
        }
    }

    @Test
    void keepingThisDatabasesValuesIsTheDefaultChoice() {
        ClashChoices choices = new ClashChoices(List.of(
                new Clash("event", "k1", "Visit", "title", "mine", "theirs"),
                new Clash("event", "k1", "Visit", "notes", null, "theirs")));
        assertThat(choices.takenFromFile()).isEmpty();
        assertThat(choices.rows().get(1).mine()).isEqualTo(Messages.get("bundle.clashes.empty"));
        choices.takeAll(true);
        assertThat(choices.takenFromFile()).isEqualTo(Set.of("event k1 title", "event k1 notes"));
    }

    @Test
    void aFileThatIsNotATripFileIsOneSentenceAndNothingChanges() {
        try (Services office = TestServices.withSample()) {
            List<String> problems = new ArrayList<>();
            AppState state = new AppState();
            Path missing = temp.resolve("missing.vptrip");
            new TripFileViewModel(new CurrentThreadTaskExecutor(), state, office::bundles, office::trips)
                    .open(missing, clashes -> Set.of(), problems::add);
            assertThat(problems).containsExactly(Messages.get("bundle.error.missing", missing.toString()));
            assertThat(state.currentTrip()).isNull();
        }
    }
}
