package org.visitplanner.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.trip.TimeZones;
import org.visitplanner.logic.trip.TripForm;
import org.visitplanner.model.CityNames;

/** The values of the trip commands' options, read as a person types them; a wrong one is bad usage (exit 2). */
final class TripOptions {
    private TripOptions() {
    }

    /** A day written YYYY-MM-DD; null when not given. */
    static LocalDate day(String option, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CommandFailure(ExitCodes.BAD_USAGE, Messages.get("trip.cli.badDay", option, text));
        }
    }

    /** A zone id ("Europe/Paris", any case) or a city naming one zone ("Paris"); null when not given. */
    static ZoneId zone(String text) {
        if (text == null) {
            return null;
        }
        return TimeZones.parse(text).orElseThrow(() -> new CommandFailure(ExitCodes.BAD_USAGE,
                TripForm.unknownZone(text)));
    }

    /**
     * The home city's names from {@code --home-city} (a city the app knows gets its name in each language, another
     * name is used in all of them) and the one-language options that override it; null when none is given.
     */
    static CityNames homeCity(String all, String english, String french, String chinese) {
        if (all == null && english == null && french == null && chinese == null) {
            return null;
        }
        CityNames base = all == null ? CityNames.NONE : TimeZones.cityNamesFor(all);
        return new CityNames(english != null ? english : base.english(), french != null ? french : base.french(),
                chinese != null ? chinese : base.chinese());
    }

    /** Refuses settings that fail the trip's checks, with the sentence saying why. */
    static void check(TripForm form) {
        form.problem().ifPresent(problem -> {
            throw new CommandFailure(ExitCodes.BAD_USAGE, problem);
        });
    }
}
