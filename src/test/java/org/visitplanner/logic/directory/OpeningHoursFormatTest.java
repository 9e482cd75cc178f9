package org.visitplanner.logic.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.visitplanner.model.OpeningHours;

class OpeningHoursFormatTest {

    @Test
    void aWeekdayRangeOpensEachDay() throws Exception {
        List<OpeningHours> hours = OpeningHoursFormat.parse(1, "Mon–Fri 08:30–18:00");
        assertThat(hours).hasSize(5).allSatisfy(h -> {
            assertThat(h.opensAt()).isEqualTo(LocalTime.of(8, 30));
            assertThat(h.closesAt()).isEqualTo(LocalTime.of(18, 0));
        });
        assertThat(hours).extracting(OpeningHours::weekday).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    }

    @Test
    void frenchNamesLunchBreaksAndHourStylesAreUnderstood() throws Exception {
        List<OpeningHours> hours = OpeningHoursFormat.parse(1, "lun, mer 9h-12h 14h-17h30; sam 8:00 - 12:30");
        assertThat(hours).hasSize(5);
        assertThat(hours).filteredOn(h -> h.weekday() == DayOfWeek.WEDNESDAY).extracting(OpeningHours::closesAt)
                .containsExactly(LocalTime.of(12, 0), LocalTime.of(17, 30));
    }

    @Test
    void writtenBackInTheCompactForm() throws Exception {
        String text = "Mon-Fri 08:30-18:00; Sat 08:00-12:30";
        assertThat(OpeningHoursFormat.format(OpeningHoursFormat.parse(1, text)))
                .isEqualTo("Mon–Fri 08:30–18:00; Sat 08:00–12:30");
    }

    @Test
    void closingBeforeOpeningIsRefusedWithTheFaultyPart() {
        assertThatThrownBy(() -> OpeningHoursFormat.parse(1, "Mon 18:00-08:00"))
                .isInstanceOfSatisfying(OpeningHoursFormat.ParseException.class, e -> {
                    assertThat(e.problem().messageKey()).isEqualTo("openingHours.error.closesBeforeOpening");
                    assertThat(e.problem().fragment()).isEqualTo("18:00-08:00");
                });
    }

    @Test
    void unknownDaysAndTimesAreNamed() {
        assertThat(OpeningHoursFormat.check("Funday 09:00-10:00")).get()
                .extracting(OpeningHoursFormat.Problem::messageKey).isEqualTo("openingHours.error.days");
        assertThat(OpeningHoursFormat.check("Mon 25:00-26:00")).get()
                .extracting(OpeningHoursFormat.Problem::messageKey).isEqualTo("openingHours.error.time");
        assertThat(OpeningHoursFormat.check("Mon")).get()
                .extracting(OpeningHoursFormat.Problem::messageKey).isEqualTo("openingHours.error.noTimes");
        assertThat(OpeningHoursFormat.check("")).isEmpty();
    }
}
