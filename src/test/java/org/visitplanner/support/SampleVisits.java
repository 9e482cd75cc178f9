package org.visitplanner.support;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.visitplanner.app.Services;
import org.visitplanner.logic.planner.VisitsCsv;
import org.visitplanner.logic.trip.TripForm;
import org.visitplanner.model.CityNames;
import org.visitplanner.model.Trip;

/**
 * The sample trip's visits with every time removed ({@code assets/sample-visits.csv}: its 18 events as visits to
 * place, the lab tour after the meeting at the same school), imported into a new trip of the same days, with no
 * events.
 */
public final class SampleVisits {

    /** The file, as the README shows it. */
    public static final Path FILE = Path.of("assets", "sample-visits.csv");

    private SampleVisits() {
    }

    /** A new trip over the sample's days (8–12 December 2025) holding the sample's visits, still to place. */
    public static Trip loadInto(Services services) {
        return loadInto(services, LocalDate.of(2025, 12, 8));
    }

    /** The same over five days from {@code monday} (a trip in the future: its events are not past). */
    public static Trip loadInto(Services services, LocalDate monday) {
        services.sampleTrip().ensureLoaded();
        Trip trip = services.tripService().create(new TripForm("Sample visits", monday, monday.plusDays(4),
                ZoneId.of("Europe/Paris"), ZoneId.of("Asia/Shanghai"), CityNames.NONE), List.of());
        try {
            VisitsCsv.Preview preview = services.visitsCsv().preview(FILE, trip);
            if (!preview.importable()) {
                throw new IllegalStateException("sample visits refused: " + preview.rejected());
            }
            services.visitsCsv().apply(preview);
        } catch (org.visitplanner.logic.io.CsvProblem e) {
            throw new IllegalStateException(e);
        }
        return services.trips().findById(trip.id()).orElseThrow();
    }
}
