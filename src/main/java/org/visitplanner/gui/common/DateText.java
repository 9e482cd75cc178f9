package org.visitplanner.gui.common;

import java.time.LocalDate;
import java.util.Optional;

import org.visitplanner.logic.check.DateTimeInput;
import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;

/**
 * Dates as text in the window, in the current language. A form's date field is a {@link TypedField} (it says what it
 * understood and why it cannot read a text); this is for a date outside a field. Both read with
 * {@link DateTimeInput}, the one date reader of the app.
 */
public final class DateText {

    private DateText() {
    }

    /** How a date field writes a date: "08/12/2025", "2025-12-08" in Chinese. */
    public static String format(LocalDate day) {
        return DateTimeInput.text(day, Messages.locale());
    }

    /** The date in {@code text} (a date without a year is in this year); empty when it is blank or not a date. */
    public static Optional<LocalDate> parse(String text) {
        return Optional.ofNullable(DateTimeInput.date(text, Messages.locale(),
                DateTimeInput.YearHint.yearOf(LocalDate.now())).value());
    }

    /** How tables show a date: "8 December 2025". */
    public static String display(LocalDate day) {
        return day == null ? "" : Formats.date(day);
    }
}
