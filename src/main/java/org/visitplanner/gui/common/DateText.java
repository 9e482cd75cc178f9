package org.visitplanner.gui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;

/**
 * Dates typed into date fields: written as ISO dates (2025-12-08, the same in every language and unambiguous), read
 * from that, from 8/12/2025 (day first, as in France and China's neighbours) and from the long form shown in tables.
 */
public final class DateText {

    private static final List<String> PATTERNS = List.of("yyyy-M-d", "d/M/yyyy", "d.M.yyyy", "yyyy/M/d");

    private DateText() {
    }

    public static String format(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    /** The date in {@code text}; empty when it is blank or not a date. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        for (String pattern : PATTERNS) {
            try {
                return Optional.of(LocalDate.parse(t, DateTimeFormatter.ofPattern(pattern)));
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        try {
            // The long form writes the first of a month as the language does ("1er décembre 2025").
            String first = Messages.get("format.firstOfMonth");
            String numbered = first.equals("1") ? t : t.replaceFirst("(?<!\\d)" + java.util.regex.Pattern.quote(first)
                    + "(?!\\p{L})", "1");
            return Optional.of(LocalDate.parse(numbered, DateTimeFormatter.ofPattern(Messages.get("format.date"),
                    Messages.locale())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** How tables show a date: "8 December 2025". */
    public static String display(LocalDate day) {
        return day == null ? "" : Formats.date(day);
    }
}
