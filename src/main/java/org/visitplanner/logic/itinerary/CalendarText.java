package org.visitplanner.logic.itinerary;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.visitplanner.logic.i18n.Messages;

/**
 * Checks on the text of a calendar file before the iCalendar parser reads it, for what the parser lets through or
 * reports only in its own words: binary content, an event inside an event, dates and times that do not exist
 * (30 February, 24:00 — the parser would roll them over to another day), and the line where a time-zone definition is
 * incomplete. Each problem is one translated phrase naming the line.
 */
final class CalendarText {

    /** {@code DTSTART;TZID=Europe/Paris:20251208T093000} — the name, then the value after the last colon. */
    private static final Pattern DATE_PROPERTY = Pattern.compile("(?i)^(DTSTART|DTEND)[;:].*:([^:]*)$");
    private static final Pattern DATE_VALUE = Pattern.compile("(\\d{8})(?:T(\\d{2})(\\d{2})(\\d{2})Z?)?");
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private CalendarText() {
    }

    /** Whether the text holds a NUL: a binary file (a picture, a document) given a calendar's name. */
    static boolean isBinary(String text) {
        return text.indexOf('\0') >= 0;
    }

    /** The first problem of the text, as "line N: what is wrong"; null when the parser may read it. */
    static String firstProblem(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        boolean inEvent = false;
        for (int i = 0; i < lines.length; i++) {
            // RFC 5545 folds long lines: a line starting with a space or a tab continues the one before.
            StringBuilder logical = new StringBuilder(lines[i]);
            int first = i;
            while (i + 1 < lines.length && !lines[i + 1].isEmpty()
                    && (lines[i + 1].charAt(0) == ' ' || lines[i + 1].charAt(0) == '\t')) {
                logical.append(lines[++i], 1, lines[i].length());
            }
            String line = logical.toString().strip();
            String problem = null;
            if (line.equalsIgnoreCase("BEGIN:VEVENT")) {
                if (inEvent) {
                    problem = Messages.get("itinerary.import.nestedEvent");
                }
                inEvent = true;
            } else if (line.equalsIgnoreCase("END:VEVENT")) {
                inEvent = false;
            } else {
                problem = dateProblem(line);
            }
            if (problem != null) {
                return Messages.get("itinerary.import.line", first + 1, problem);
            }
        }
        return null;
    }

    /** Whether the (1-based) line {@code lineNumber} lies inside a VTIMEZONE definition, its END line included. */
    static boolean inTimeZoneDefinition(String text, int lineNumber) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        boolean inside = false;
        for (int i = 0; i < Math.min(lineNumber - 1, lines.length); i++) {
            String line = lines[i].strip();
            if (line.equalsIgnoreCase("BEGIN:VTIMEZONE")) {
                inside = true;
            } else if (line.equalsIgnoreCase("END:VTIMEZONE")) {
                inside = false;
            }
        }
        return inside;
    }

    private static String dateProblem(String line) {
        Matcher property = DATE_PROPERTY.matcher(line);
        if (!property.matches()) {
            return null;
        }
        String value = property.group(2).strip();
        Matcher date = DATE_VALUE.matcher(value);
        if (!date.matches()) {
            return null; // not a date shape at all: the parser says so
        }
        try {
            LocalDate.parse(date.group(1), BASIC_DATE);
        } catch (DateTimeException e) {
            return Messages.get("itinerary.import.noSuchDate", value);
        }
        if (date.group(2) != null && (Integer.parseInt(date.group(2)) > 23 || Integer.parseInt(date.group(3)) > 59
                || Integer.parseInt(date.group(4)) > 60)) {
            return Messages.get("itinerary.import.noSuchDate", value);
        }
        return null;
    }
}
