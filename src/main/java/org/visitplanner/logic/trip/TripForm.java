package org.visitplanner.logic.trip;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.CityNames;

/**
 * A trip's settings as the user gives them (the New trip and Trip settings dialogs, {@code new-trip} and
 * {@code edit-trip}), with the checks they must pass: each problem is one sentence in the current language.
 */
public record TripForm(String name, LocalDate firstDay, LocalDate lastDay, ZoneId venueZone, ZoneId homeZone,
                       CityNames homeCity) {

    /** The longest name a trip can have (the column's size). */
    public static final int MAX_NAME = 300;
    /** The longest name of a home city. */
    public static final int MAX_CITY = 100;
    /** The earliest and latest years a trip can be in: a wrong century is a typing mistake. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2999;

    public TripForm {
        homeCity = homeCity == null ? CityNames.NONE : homeCity;
    }

    /** The first thing wrong with these settings, if any. */
    public Optional<String> problem() {
        return Stream.of(nameProblem(name), daysProblem(firstDay, lastDay), zoneProblem(venueZone),
                        zoneProblem(homeZone), cityProblem(homeCity.english()), cityProblem(homeCity.french()),
                        cityProblem(homeCity.chinese()))
                .flatMap(Optional::stream).findFirst();
    }

    /** The name, without the spaces around it. */
    public String cleanName() {
        return name == null ? "" : name.strip();
    }

    public static Optional<String> nameProblem(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            return Optional.of(Messages.get("trip.check.nameEmpty"));
        }
        if (clean.codePointCount(0, clean.length()) > MAX_NAME) {
            return Optional.of(Messages.get("trip.check.nameTooLong", MAX_NAME,
                    clean.codePointCount(0, clean.length())));
        }
        if (clean.chars().anyMatch(c -> Character.isISOControl(c))) {
            return Optional.of(Messages.get("trip.check.nameControl"));
        }
        return Optional.empty();
    }

    /** The days: both given, in order, within a year of each other and in a plausible century. */
    public static Optional<String> daysProblem(LocalDate first, LocalDate last) {
        if (first == null || last == null) {
            return Optional.of(Messages.get("trip.check.daysMissing"));
        }
        for (LocalDate day : new LocalDate[] {first, last}) {
            if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
                return Optional.of(Messages.get("trip.check.year", Formats.date(day), FIRST_YEAR, LAST_YEAR));
            }
        }
        if (last.isBefore(first)) {
            return Optional.of(Messages.get("trip.check.order", Formats.date(last), Formats.date(first)));
        }
        LocalDate latest = first.plusYears(1).minusDays(1);
        if (last.isAfter(latest)) {
            return Optional.of(Messages.get("trip.check.tooLong", Formats.date(latest)));
        }
        return Optional.empty();
    }

    public static Optional<String> zoneProblem(ZoneId zone) {
        return zone == null ? Optional.of(Messages.get("trip.check.zoneMissing")) : Optional.empty();
    }

    public static Optional<String> cityProblem(String city) {
        if (city != null && city.strip().codePointCount(0, city.strip().length()) > MAX_CITY) {
            return Optional.of(Messages.get("trip.check.cityTooLong", MAX_CITY));
        }
        if (city != null && city.chars().anyMatch(Character::isISOControl)) {
            return Optional.of(Messages.get("trip.check.cityControl"));
        }
        return Optional.empty();
    }

    /** The sentence for a zone that is not known: "Unknown time zone “Mars/Olympus”: …". */
    public static String unknownZone(String typed) {
        return Messages.get("trip.check.zoneUnknown", typed);
    }

    /** The home city's name in {@code language}, as these settings give it or as the home zone names it. */
    public String homeCityIn(Locale language) {
        return homeCity.in(language).orElseGet(() -> homeZone == null ? "" : TimeZones.city(homeZone, language));
    }
}
