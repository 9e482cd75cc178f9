package org.visitplanner.gui.trip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.CityNames;
import org.visitplanner.model.Trip;

class TripEditorTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Trip SAMPLE = new Trip(1, "Delegation", LocalDate.of(2025, 12, 8), LocalDate.of(2025, 12, 12),
            PARIS, SHANGHAI, new CityNames("Shanghai", "Shanghai", "上海"), true, null, 3);

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private static TripEditor editor(TripEditor.Purpose purpose, List<LocalDate> eventDays) {
        return new TripEditor(new TripEditor.Start(purpose, purpose == TripEditor.Purpose.NEW ? null : SAMPLE,
                PARIS, SHANGHAI, List.of(), List.of(), eventDays));
    }

    @Test
    void daysAreReadAsPeopleWriteThem() {
        LocalDate day = LocalDate.of(2027, 1, 15);
        for (String typed : List.of("2027-01-15", "15/01/2027", "15.1.2027", "15 January 2027", "15 january 2027",
                "2027/1/15")) {
            assertThat(TripEditor.parseDay(typed)).as(typed).contains(day);
        }
        Messages.setLocale(Locale.FRENCH);
        assertThat(TripEditor.parseDay("15 janvier 2027")).contains(day);
        Messages.setLocale(Locale.CHINESE);
        assertThat(TripEditor.parseDay("2027年1月15日")).contains(day);
        assertThat(TripEditor.parseDay("31/02/2027")).isEmpty();
        assertThat(TripEditor.parseDay("soon")).isEmpty();
    }

    @Test
    void aWrongDayKeepsItsTextSaysWhyAndCannotBeSaved() {
        TripEditor editor = editor(TripEditor.Purpose.SETTINGS, List.of());
        assertThat(editor.validProperty().get()).isTrue();
        editor.lastDay().textProperty().set("31/02/2026");
        assertThat(editor.lastDay().text()).isEqualTo("31/02/2026");
        assertThat(editor.lastDay().problem().message()).isEqualTo("February 2026 has only 28 days.");
        assertThat(editor.validProperty().get()).isFalse();
        editor.lastDay().textProperty().set("2025-12-05");
        assertThat(editor.lastDay().problem().message()).contains("comes before the first day");
        editor.lastDay().textProperty().set("2025-12-10");
        assertThat(editor.validProperty().get()).isTrue();
        assertThat(editor.daysTextProperty().get()).startsWith("3 days: Monday 8 December");
        editor.lastDay().textProperty().set("12/12");       // no year: the first such day after the first day
        assertThat(editor.result().lastDay()).isEqualTo(LocalDate.of(2025, 12, 12));
    }

    @Test
    void theLastDayFollowsTheFirstSoThatTheTripKeepsItsLength() {
        TripEditor editor = editor(TripEditor.Purpose.SETTINGS, List.of());
        editor.firstDay().textProperty().set("1");          // half typed: nothing moves
        editor.firstDay().textProperty().set("15 December 2025");
        assertThat(editor.lastDay().text()).isEqualTo("19 December 2025");
        assertThat(editor.result().lastDay()).isEqualTo(LocalDate.of(2025, 12, 19));
    }

    @Test
    void settingsWarnOfEventsLeftOutsideTheNewDays() {
        TripEditor editor = editor(TripEditor.Purpose.SETTINGS, List.of(LocalDate.of(2025, 12, 8),
                LocalDate.of(2025, 12, 12), LocalDate.of(2025, 12, 12)));
        assertThat(editor.noteProperty().get()).isEmpty();
        editor.lastDay().textProperty().set("2025-12-10");
        assertThat(editor.noteProperty().get()).startsWith("2 events are outside the new days");
    }

    @Test
    void anotherHomeZoneBringsItsCityUnlessTheUserNamedItThemselves() {
        TripEditor editor = editor(TripEditor.Purpose.NEW, List.of());
        assertThat(editor.cityChinese().text()).isEqualTo("上海");
        editor.cityEnglish().textProperty().set("Minhang");
        editor.homeZoneProperty().set(ZoneId.of("Asia/Tokyo"));
        assertThat(editor.cityEnglish().text()).isEqualTo("Minhang");
        assertThat(editor.cityChinese().text()).isEqualTo("东京");
        assertThat(editor.validProperty().get()).isFalse(); // still no name
        editor.name().textProperty().set("Visit");
        assertThat(editor.validProperty().get()).isTrue();
        assertThat(editor.result().homeCity()).isEqualTo(new CityNames("Minhang", "Tokyo", "东京"));
    }

    @Test
    void aCopyStartsAYearLaterOnTheSameWeekdayUnderANewName() {
        TripEditor editor = editor(TripEditor.Purpose.DUPLICATE, List.of(LocalDate.of(2025, 12, 8)));
        assertThat(editor.name().text()).isEqualTo("Copy of Delegation");
        assertThat(editor.result().firstDay()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(editor.result().lastDay()).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(editor.asksForPlaces()).isFalse();
        editor.firstDay().textProperty().set("2026-12-09");
        assertThat(editor.noteProperty().get()).contains("keep their weekdays");
    }
}
