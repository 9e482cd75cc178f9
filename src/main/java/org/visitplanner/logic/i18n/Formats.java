package org.visitplanner.logic.i18n;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as each language writes them: "Monday 8 December", "lundi 8 décembre", "12月8日 星期一".
 * The patterns are in the bundles ({@code format.*}) so that a translator can change them.
 */
public final class Formats {
    private Formats() {
    }

    /** Weekday, day and month: "Monday 8 December". */
    public static String longDay(LocalDate day) {
        return longDay(Messages.locale(), day);
    }

    public static String longDay(Locale language, LocalDate day) {
        return format(language, "format.day.long", day);
    }

    /** Short weekday and day: "Mon 8", "lun. 8", "8日 周一". */
    public static String shortDay(LocalDate day) {
        return shortDay(Messages.locale(), day);
    }

    public static String shortDay(Locale language, LocalDate day) {
        return format(language, "format.day.short", day);
    }

    /** A full date with the year: "8 December 2025", "8 décembre 2025", "2025年12月8日". */
    public static String date(LocalDate day) {
        return date(Messages.locale(), day);
    }

    public static String date(Locale language, LocalDate day) {
        return format(language, "format.date", day);
    }

    /** A day range: "8–12 December 2025", "du 8 au 12 décembre 2025", "2025年12月8日至12日". */
    public static String dayRange(LocalDate first, LocalDate last) {
        return dayRange(Messages.locale(), first, last);
    }

    public static String dayRange(Locale language, LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return date(language, first);
        }
        if (first.getYear() == last.getYear() && first.getMonth() == last.getMonth()) {
            // Arguments: first day number, last full date, first full date, last day number (each language
            // picks what it needs).
            return Messages.get(language, "format.dayRange.sameMonth", dayNumber(language, first),
                    date(language, last), date(language, first), dayNumber(language, last));
        }
        return Messages.get(language, "format.dayRange", date(language, first), date(language, last));
    }

    /** 24-hour time: "14:00". */
    public static String time(LocalTime time) {
        // Not String.format: the checks of a 2,000-event trip write this hundreds of thousands of times.
        int hour = time.getHour();
        int minute = time.getMinute();
        return new StringBuilder(5).append((char) ('0' + hour / 10)).append((char) ('0' + hour % 10)).append(':')
                .append((char) ('0' + minute / 10)).append((char) ('0' + minute % 10)).toString();
    }

    /** A start and end time: "09:30–11:00". */
    public static String timeRange(LocalTime start, LocalTime end) {
        return time(start) + "–" + time(end);
    }

    /** Date and time with the zone's short name, for a moment shown outside the itinerary. */
    public static String dateTime(ZonedDateTime moment) {
        return date(moment.toLocalDate()) + " " + time(moment.toLocalTime());
    }

    /** The day of the month as a number, the first as the language writes it ("1er" in French). */
    public static String dayNumber(Locale language, LocalDate day) {
        return day.getDayOfMonth() == 1 ? Messages.get(language, "format.firstOfMonth")
                : Integer.toString(day.getDayOfMonth());
    }

    /**
     * {@code day} written with the date pattern {@code pattern}: a day-of-month field ({@code d}) on the first of
     * a month becomes the language's way to write it ("1er septembre", not "1 septembre").
     */
    public static String withPattern(Locale language, String pattern, LocalDate day) {
        String effective = day.getDayOfMonth() == 1 ? firstOfMonth(pattern, dayNumber(language, day)) : pattern;
        return DateTimeFormatter.ofPattern(effective, language).format(day);
    }

    private static String format(Locale language, String key, LocalDate day) {
        return withPattern(language, Messages.get(language, key), day);
    }

    /** The pattern with each unquoted single {@code d} replaced by {@code first} as quoted text. */
    private static String firstOfMonth(String pattern, String first) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
                out.append(c);
            } else if (!quoted && c == 'd' && (i == 0 || pattern.charAt(i - 1) != 'd')
                    && (i + 1 == pattern.length() || pattern.charAt(i + 1) != 'd')) {
                out.append('\'').append(first.replace("'", "''")).append('\'');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
