package org.visitplanner.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;

import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.trip.TimeZones;
import org.visitplanner.logic.trip.TripForm;
import org.visitplanner.logic.trip.lifecycle.TripService;
import org.visitplanner.model.CityNames;
import org.visitplanner.model.Trip;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code edit-trip TRIP [--name N] [--from D] [--to D] [--shift] [--zone Z] [--home-zone Z] [--home-city NAME]}:
 * changes a trip's settings. {@code --shift} moves every event (and day note) by as many days as the first day
 * moved, and the last day with it unless {@code --to} is given: a postponed trip. Without it, events stay where they
 * are, even outside the new days ({@code check} reports them). Bad settings exit 2; nothing is changed then.
 */
@Command(name = "edit-trip", description = "Change a trip's name, days or time zones; --shift moves its events "
        + "with its first day.")
final class EditTripCommand implements Callable<Integer> {

    @ParentCommand
    VisitPlannerCommand root;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "TRIP", description = "The trip's id or exact name.")
    String trip;

    @Option(names = "--name", paramLabel = "N", description = "A new name.")
    String name;

    @Option(names = "--from", paramLabel = "D", description = "A new first day (YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "D", description = "A new last day (YYYY-MM-DD).")
    String to;

    @Option(names = "--shift", description = "Move every event by as many days as the first day moves "
            + "(and the last day too, unless --to is given).")
    boolean shift;

    @Option(names = "--zone", paramLabel = "Z", description = "A new venue time zone.")
    String zone;

    @Option(names = "--home-zone", paramLabel = "Z",
            description = "A new home time zone (the home city becomes its city unless --home-city is given).")
    String homeZone;

    @Option(names = "--home-city", paramLabel = "NAME", description = "The home city's name beside the home time.")
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
        if (shift && first == null) {
            throw new CommandFailure(ExitCodes.BAD_USAGE, Messages.get("trip.cli.shiftWithoutFrom"));
        }
        if (name == null && first == null && last == null && venue == null && home == null && city == null) {
            throw new CommandFailure(ExitCodes.BAD_USAGE, Messages.get("trip.cli.nothingToChange"));
        }
        if (name != null) {
            TripForm.nameProblem(name).ifPresent(problem -> {
                throw new CommandFailure(ExitCodes.BAD_USAGE, problem);
            });
        }
        return root.withServices(services -> {
            Trip before = Trips.find(services, trip);
            LocalDate newFirst = first != null ? first : before.firstDay();
            LocalDate newLast = last != null ? last
                    : shift ? before.lastDay().plusDays(TripService.shiftBetween(before, newFirst)) : before.lastDay();
            ZoneId newHome = home != null ? home : before.homeZone();
            CityNames names = city != null ? merge(before.homeCity(), city)
                    : home != null && !home.equals(before.homeZone()) ? TimeZones.cityNames(home) : before.homeCity();
            TripForm after = new TripForm(name != null ? name : before.name(), newFirst, newLast,
                    venue != null ? venue : before.venueZone(), newHome, names);
            TripOptions.check(after);
            services.tripService().update(before, after, shift);
            return ExitCodes.OK;
        });
    }

    /** The names given replace the trip's; a language not given keeps its name. */
    private static CityNames merge(CityNames before, CityNames given) {
        return new CityNames(given.english() != null ? given.english() : before.english(),
                given.french() != null ? given.french() : before.french(),
                given.chinese() != null ? given.chinese() : before.chinese());
    }
}
