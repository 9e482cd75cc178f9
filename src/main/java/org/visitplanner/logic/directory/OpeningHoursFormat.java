package org.visitplanner.logic.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.visitplanner.logic.check.DateTimeInput;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.OpeningHours;

/**
 * Reads and writes opening hours the way people write them: {@code Mon–Fri 08:30–18:00; Sat 08:00–12:30}.
 *
 * <p>One rule per line or per {@code ;}: days (a name, a range {@code Mon-Fri}, or a list {@code Mon,Wed}) then one
 * or more time spans. Day names may be English or French, full or abbreviated; hyphens and en dashes both work.
 */
public final class OpeningHoursFormat {

    /** Why a text could not be read; {@code messageKey} is a bundle key, {@code fragment} the part at fault. */
    public record Problem(String messageKey, String fragment) {
    }

    public static final class ParseException extends Exception {
        private final transient Problem problem;

        ParseException(String messageKey, String fragment) {
            super(messageKey + ": " + fragment);
            this.problem = new Problem(messageKey, fragment);
        }

        public Problem problem() {
            return problem;
        }
    }

    private static final Map<String, DayOfWeek> DAY_NAMES = dayNames();
    /** Far more than a week of opening hours takes; longer text is not opening hours (and must not cost memory). */
    public static final int MAX_TEXT_LENGTH = 1000;

    private OpeningHoursFormat() {
    }

    /** Parses {@code text} into spans for {@code institutionId}; blank text means "no hours known". */
    public static List<OpeningHours> parse(long institutionId, String text) throws ParseException {
        List<OpeningHours> hours = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return hours;
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new ParseException("openingHours.error.tooLong", Integer.toString(MAX_TEXT_LENGTH));
        }
        for (String rule : text.split("[;\\n]")) {
            String trimmed = normaliseDashes(rule).trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] parts = trimmed.split("\\s+");
            List<DayOfWeek> days = parseDays(parts[0]);
            if (parts.length < 2) {
                throw new ParseException("openingHours.error.noTimes", trimmed);
            }
            for (int i = 1; i < parts.length; i++) {
                LocalTime[] span = parseSpan(parts[i]);
                for (DayOfWeek day : days) {
                    OpeningHours added = new OpeningHours(0, institutionId, day, span[0], span[1]);
                    for (OpeningHours known : hours) {
                        if (known.weekday() == day && known.opensAt().isBefore(added.closesAt())
                                && added.opensAt().isBefore(known.closesAt())) {
                            throw new ParseException("openingHours.error.overlap", trimmed);
                        }
                    }
                    hours.add(added);
                }
            }
        }
        return hours;
    }

    /** Writes spans back in the compact form, grouping consecutive days with the same spans: "Mon–Fri 08:30–18:00". */
    public static String format(List<OpeningHours> hours) {
        Map<DayOfWeek, String> spansByDay = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            String spans = hours.stream()
                    .filter(h -> h.weekday() == day)
                    .sorted(Comparator.comparing(OpeningHours::opensAt))
                    .map(h -> time(h.opensAt()) + "–" + time(h.closesAt()))
                    .reduce((a, b) -> a + " " + b)
                    .orElse("");
            spansByDay.put(day, spans);
        }
        List<String> rules = new ArrayList<>();
        DayOfWeek[] days = DayOfWeek.values();
        int i = 0;
        while (i < days.length) {
            String spans = spansByDay.get(days[i]);
            int j = i;
            while (j + 1 < days.length && spansByDay.get(days[j + 1]).equals(spans)) {
                j++;
            }
            if (!spans.isEmpty()) {
                String dayPart = i == j ? abbreviation(days[i]) : abbreviation(days[i]) + "–" + abbreviation(days[j]);
                rules.add(dayPart + " " + spans);
            }
            i = j + 1;
        }
        return String.join("; ", rules);
    }

    /** The first problem in {@code text}, if any. */
    public static Optional<Problem> check(String text) {
        try {
            parse(0, text);
            return Optional.empty();
        } catch (ParseException e) {
            return Optional.of(e.problem());
        }
    }

    private static List<DayOfWeek> parseDays(String text) throws ParseException {
        List<DayOfWeek> days = new ArrayList<>();
        for (String item : text.split(",")) {
            String[] range = item.split("-");
            if (range.length == 1) {
                days.add(day(range[0]));
            } else if (range.length == 2) {
                DayOfWeek from = day(range[0]);
                DayOfWeek to = day(range[1]);
                for (DayOfWeek d = from; ; d = d.plus(1)) {
                    days.add(d);
                    if (d == to) {
                        break;
                    }
                }
            } else {
                throw new ParseException("openingHours.error.days", item);
            }
        }
        return days;
    }

    private static DayOfWeek day(String name) throws ParseException {
        String key = name.trim().toLowerCase(Locale.ROOT).replace(".", "");
        DayOfWeek day = DAY_NAMES.get(key);
        if (day == null) {
            throw new ParseException("openingHours.error.days", name);
        }
        return day;
    }

    private static LocalTime[] parseSpan(String text) throws ParseException {
        String[] ends = text.split("-");
        if (ends.length != 2) {
            throw new ParseException("openingHours.error.span", text);
        }
        LocalTime opens = parseTime(ends[0]);
        LocalTime closes = parseTime(ends[1]);
        if (!closes.isAfter(opens)) {
            throw new ParseException("openingHours.error.closesBeforeOpening", text);
        }
        return new LocalTime[] {opens, closes};
    }

    /** A time as every time field reads it ("9h", "09:30", "9.30", "930"); seconds are refused (they would be lost). */
    private static LocalTime parseTime(String text) throws ParseException {
        LocalTime time = DateTimeInput.time(text, Messages.locale()).value();
        if (time == null) {
            throw new ParseException("openingHours.error.time", text);
        }
        return time;
    }

    private static String normaliseDashes(String text) {
        return text.replace('–', '-').replace('—', '-').replace('‑', '-')
                .replaceAll("\\s*-\\s*", "-").replaceAll("\\s*,\\s*", ",");
    }

    private static String time(LocalTime time) {
        return String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
    }

    private static String abbreviation(DayOfWeek day) {
        String name = day.name();
        return name.charAt(0) + name.substring(1, 3).toLowerCase(Locale.ROOT);
    }

    private static Map<String, DayOfWeek> dayNames() {
        Map<String, DayOfWeek> names = new HashMap<>();
        String[][] table = {
            {"mon", "monday", "lun", "lundi", "mo"},
            {"tue", "tuesday", "tues", "mar", "mardi", "tu"},
            {"wed", "wednesday", "mer", "mercredi", "we"},
            {"thu", "thursday", "thur", "thurs", "jeu", "jeudi", "th"},
            {"fri", "friday", "ven", "vendredi", "fr"},
            {"sat", "saturday", "sam", "samedi", "sa"},
            {"sun", "sunday", "dim", "dimanche", "su"},
        };
        for (int i = 0; i < table.length; i++) {
            for (String name : table[i]) {
                names.put(name, DayOfWeek.of(i + 1));
            }
        }
        return Map.copyOf(names);
    }
}
