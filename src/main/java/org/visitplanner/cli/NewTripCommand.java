package org.visitplanner.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;

import org.visitplanner.logic.trip.TimeZones;
import org.visitplanner.logic.trip.TripForm;
import org.visitplanner.model.CityNames;
import org.visitplanner.model.Trip;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code new-trip NAME --from YYYY-MM-DD --to YYYY-MM-DD [--zone ZONE] [--home-zone ZONE] [--home-city NAME]}:
 * stores a new trip and prints its id. Bad settings exit 2 with one sentence, and nothing is stored.
 */
@Command(name = "new-trip", description = "Create a trip and print its id.")
final class NewTripCommand implements Callable<Integer> {

    @ParentCommand
    VisitPlannerCommand root;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "NAME", description = "The trip's name (at most 300 characters).")
    String name;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "The first day.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD",
            description = "The last day (at most a year after the first).")
    String to;

    @Option(names = "--zone", paramLabel = "ZONE", description = "The venues' time zone, e.g. Europe/Paris or Paris "
            + "(default: the country of the first institution, else Europe/Paris).")
    String zone;

    @Option(names = "--home-zone", paramLabel = "ZONE",
            description = "The home office's time zone, e.g. Asia/Shanghai (default: the latest trip's).")
    String homeZone;

    @Option(names = "--home-city", paramLabel = "NAME", description = "The home city's name beside the home time "
            + "(a city Visit Planner knows is named in each language: Shanghai, 上海; default: the home zone's city).")
    String homeCity;

    @Option(names = "--home-city-en", paramLabel = "NAME", description = "The home city's name in English only.")
    String homeCityEnglish;

    @Option(names = "--home-city-fr", paramLabel = "NAME", description = "The home city's name in French only.")
    String homeCityFrench;

    @Option(names = "--home-city-zh", paramLabel = "NAME", description = "The home city's name in Chinese only.")
    String homeCityChinese;

    @Override
    public Integer call() {
        LocalDate first = TripOptions.day("--from", from);
        LocalDate last = TripOptions.day("--to", to);
        ZoneId venue = TripOptions.zone(zone);
        ZoneId home = TripOptions.zone(homeZone);
        CityNames city = TripOptions.homeCity(homeCity, homeCityEnglish, homeCityFrench, homeCityChinese);
        // Checked before the data is opened: a refused trip leaves no trace.
        TripOptions.check(new TripForm(name, first, last, venue == null ? TimeZones.DEFAULT_VENUE : venue,
                home == null ? TimeZones.DEFAULT_VENUE : home, city));
        return root.withServices(services -> {
            ZoneId venueZone = venue != null ? venue : services.tripService().suggestedVenueZone();
            ZoneId homeZoneChosen = home != null ? home : services.tripService().suggestedHomeZone();
            CityNames names = city != null ? city : TimeZones.cityNames(homeZoneChosen);
            Trip trip = services.tripService().create(new TripForm(name, first, last, venueZone, homeZoneChosen,
                    names), List.of());
            root.out.println(trip.id());
            return ExitCodes.OK;
        });
    }
}
