package org.visitplanner.logic.itinerary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.visitplanner.logic.i18n.Messages;

class CalendarTextTest {

    private static final String EVENT = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;TZID=Europe/Paris:%s\r\n"
            + "DTEND;TZID=Europe/Paris:20251208T110000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    @BeforeAll
    static void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void realDatesAndTimesPass() {
        assertThat(CalendarText.firstProblem(EVENT.formatted("20251208T093000"))).isNull();
        assertThat(CalendarText.firstProblem(EVENT.formatted("20240229T235959Z"))).isNull();
        assertThat(CalendarText.firstProblem(EVENT.formatted("20251208"))).isNull();
    }

    @Test
    void datesAndTimesThatDoNotExistAreNamedWithTheirLine() {
        assertThat(CalendarText.firstProblem(EVENT.formatted("20250230T093000")))
                .isEqualTo("line 3: the date or time “20250230T093000” does not exist");
        assertThat(CalendarText.firstProblem(EVENT.formatted("20251208T240000"))).contains("does not exist");
        assertThat(CalendarText.firstProblem(EVENT.formatted("20251208T096100"))).contains("does not exist");
    }

    @Test
    void aFoldedDateLineIsReadWholeAndNamedByItsFirstLine() {
        String folded = "BEGIN:VEVENT\r\nDTSTART;TZID=Europe/\r\n Paris:20250231T093000\r\nEND:VEVENT\r\n";
        assertThat(CalendarText.firstProblem(folded)).startsWith("line 2:");
    }

    @Test
    void anEventInsideAnEventIsRefused() {
        String nested = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:a\n"
                + "BEGIN:VEVENT\nEND:VEVENT\nEND:VEVENT\nEND:VCALENDAR\n";
        assertThat(CalendarText.firstProblem(nested)).isEqualTo("line 4: an event begins inside another event");
        String twoInARow = "BEGIN:VEVENT\nEND:VEVENT\nBEGIN:VEVENT\nEND:VEVENT\n";
        assertThat(CalendarText.firstProblem(twoInARow)).isNull();
    }

    @Test
    void linesOfATimeZoneDefinitionAreRecognised() {
        String text = "BEGIN:VCALENDAR\nBEGIN:VTIMEZONE\nTZID:X\nEND:VTIMEZONE\nBEGIN:VEVENT\n";
        assertThat(CalendarText.inTimeZoneDefinition(text, 3)).isTrue();
        assertThat(CalendarText.inTimeZoneDefinition(text, 4)).isTrue();
        assertThat(CalendarText.inTimeZoneDefinition(text, 5)).isFalse();
        assertThat(CalendarText.inTimeZoneDefinition(text, 1)).isFalse();
    }

    @Test
    void aNulMakesTheTextBinary() {
        assertThat(CalendarText.isBinary("BEGIN:VCALENDAR\0")).isTrue();
        assertThat(CalendarText.isBinary("BEGIN:VCALENDAR")).isFalse();
    }
}
