package org.visitplanner.logic.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.visitplanner.logic.check.FieldProblemException;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.AllowedDays;
import org.visitplanner.model.EventKind;
import org.visitplanner.model.Member;
import org.visitplanner.model.MemberRole;
import org.visitplanner.model.Trip;

/** What the visits CSV and the "To place" dialog read from what people write. */
class VisitTextsTest {

    private static final Trip WEEK = new Trip(1, "Week", LocalDate.of(2025, 12, 8), LocalDate.of(2025, 12, 12),
            ZoneId.of("Europe/Paris"), ZoneId.of("Asia/Shanghai"), false, null, 0);
    private static final List<Member> DELEGATION = List.of(
            new Member(1, "Zied MOUMNI", null, null, null, MemberRole.HEAD, null, null, null, 0),
            new Member(2, "Li Na", "李娜", null, null, MemberRole.SECRETARY, null, null, null, 0),
            new Member(3, "Chen Hao", "陈浩", null, null, MemberRole.STAFF, null, null, null, 0),
            new Member(4, "Chen Li", null, null, null, MemberRole.STAFF, null, null, null, 0));

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void durationsAreReadInMinutesOrHoursAndMinutes() throws FieldProblemException {
        assertThat(VisitTexts.minutes("90")).isEqualTo(90);
        assertThat(VisitTexts.minutes("90 min")).isEqualTo(90);
        assertThat(VisitTexts.minutes("1h30")).isEqualTo(90);
        assertThat(VisitTexts.minutes("1 h 30")).isEqualTo(90);
        assertThat(VisitTexts.minutes("1:30")).isEqualTo(90);
        assertThat(VisitTexts.minutes("2h")).isEqualTo(120);
        assertThat(VisitTexts.minutes("2 heures")).isEqualTo(120);
        assertThat(VisitTexts.minutes("1小时30分钟")).isEqualTo(90);
    }

    @Test
    void aDurationThatCannotBeReadOrIsOutOfRangeSaysWhy() {
        assertThatThrownBy(() -> VisitTexts.minutes("an hour")).hasMessageContaining("“an hour” is not a duration");
        assertThatThrownBy(() -> VisitTexts.minutes("")).hasMessageContaining("how long");
        assertThatThrownBy(() -> VisitTexts.minutes("2")).hasMessageContaining("between 5 minutes and 24 hours");
        assertThatThrownBy(() -> VisitTexts.minutes("25h")).hasMessageContaining("between 5 minutes and 24 hours");
        assertThatThrownBy(() -> VisitTexts.minutes("1h75")).hasMessageContaining("not a duration");
    }

    @Test
    void timesAreReadAsPeopleWriteThem() throws FieldProblemException {
        assertThat(VisitTexts.time("9:30")).contains(LocalTime.of(9, 30));
        assertThat(VisitTexts.time("09h30")).contains(LocalTime.of(9, 30));
        assertThat(VisitTexts.time("9h")).contains(LocalTime.of(9, 0));
        assertThat(VisitTexts.time("14.15")).contains(LocalTime.of(14, 15));
        assertThat(VisitTexts.time("930")).contains(LocalTime.of(9, 30));
        assertThat(VisitTexts.time(" ")).isEmpty();
        assertThatThrownBy(() -> VisitTexts.time("25:00")).hasMessageContaining("“25:00” is not a time of day");
        assertThatThrownBy(() -> VisitTexts.time("noon")).hasMessageContaining("“noon” is not a time of day");
    }

    @Test
    void aLatestEndBeforeTheEarliestStartIsRefused() {
        assertThatThrownBy(() -> VisitTexts.window("14:00", "12:00"))
                .hasMessageContaining("latest end (12:00) must come after the earliest start (14:00)");
    }

    @Test
    void preferredTimesAreASpanOrAPartOfTheDay() throws FieldProblemException {
        assertThat(VisitTexts.preferred("10:00-12:00")).containsExactly(LocalTime.of(10, 0), LocalTime.of(12, 0));
        assertThat(VisitTexts.preferred("10h–12h")).containsExactly(LocalTime.of(10, 0), LocalTime.of(12, 0));
        assertThat(VisitTexts.preferred("morning")).containsExactly(LocalTime.of(8, 0), LocalTime.of(12, 0));
        assertThat(VisitTexts.preferred("après-midi")).containsExactly(LocalTime.of(14, 0), LocalTime.of(18, 0));
        assertThat(VisitTexts.preferred("下午")).containsExactly(LocalTime.of(14, 0), LocalTime.of(18, 0));
        assertThatThrownBy(() -> VisitTexts.preferred("soon")).hasMessageContaining("not a span of time");
    }

    @Test
    void daysAreWeekdaysInThreeLanguagesRangesOrDatesOfTheTrip() throws FieldProblemException {
        assertThat(VisitTexts.days("Tue, Wed", WEEK).weekdays())
                .containsExactly(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);
        assertThat(VisitTexts.days("Tuesday or Wednesday", WEEK).weekdays())
                .containsExactly(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);
        assertThat(VisitTexts.days("mardi ou mercredi", WEEK).weekdays())
                .containsExactly(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);
        assertThat(VisitTexts.days("周二、星期三", WEEK).weekdays())
                .containsExactly(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);
        assertThat(VisitTexts.days("Mon-Wed", WEEK).weekdays())
                .containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);
        assertThat(VisitTexts.days("2025-12-09 10/12", WEEK).dates())
                .containsExactly(LocalDate.of(2025, 12, 9), LocalDate.of(2025, 12, 10));
        assertThat(VisitTexts.days("", WEEK)).isEqualTo(AllowedDays.ANY);
    }

    @Test
    void aDayOutsideTheTripOrNotADayAtAllIsRefused() {
        assertThatThrownBy(() -> VisitTexts.days("2025-12-15", WEEK))
                .hasMessageContaining("Monday 15 December is not a day of the trip");
        assertThatThrownBy(() -> VisitTexts.days("Saturday", WEEK)).hasMessageContaining("has no Saturday");
        assertThatThrownBy(() -> VisitTexts.days("someday", WEEK))
                .hasMessageContaining("“someday” is neither a weekday nor a date");
        assertThatThrownBy(() -> VisitTexts.days("31/02", WEEK)).hasMessageContaining("neither a weekday nor a date");
    }

    @Test
    void membersAreFoundByTheirLatinOrChineseNameOrAWordOnlyTheyHave() throws FieldProblemException {
        assertThat(VisitTexts.members("Zied MOUMNI; 李娜", DELEGATION)).containsExactly(1L, 2L);
        assertThat(VisitTexts.members("moumni, Chen Hao", DELEGATION)).containsExactly(1L, 3L);
        assertThat(VisitTexts.members("Li Na and Chen Hao", DELEGATION)).containsExactly(2L, 3L);
        assertThat(VisitTexts.members("all", DELEGATION)).isEmpty();
        assertThat(VisitTexts.members("", DELEGATION)).isEmpty();
        assertThat(VisitTexts.members("全体", DELEGATION)).isEmpty();
    }

    @Test
    void anUnknownOrAmbiguousMemberIsRefusedByName() {
        assertThatThrownBy(() -> VisitTexts.members("Ma Wei", DELEGATION))
                .hasMessageContaining("No member of the delegation is called “Ma Wei”");
        assertThatThrownBy(() -> VisitTexts.members("Chen", DELEGATION))
                .hasMessageContaining("Several members of the delegation are called “Chen”");
    }

    @Test
    void kindsAreReadInAnyOfTheLanguagesAndDefaultToVisit() throws FieldProblemException {
        assertThat(VisitTexts.kind("Meal")).isEqualTo(EventKind.MEAL);
        assertThat(VisitTexts.kind("repas")).isEqualTo(EventKind.MEAL);
        assertThat(VisitTexts.kind("lab_tour")).isEqualTo(EventKind.LAB_TOUR);
        assertThat(VisitTexts.kind("")).isEqualTo(EventKind.VISIT);
        assertThatThrownBy(() -> VisitTexts.kind("party")).hasMessageContaining("“party” is not a kind of event");
    }

    @Test
    void theMessagesAreInTheUsersLanguage() {
        Messages.setLocale(Locale.FRENCH);
        assertThatThrownBy(() -> VisitTexts.minutes("une heure")).hasMessageContaining("n’est pas une durée");
        Messages.setLocale(Locale.CHINESE);
        assertThatThrownBy(() -> VisitTexts.days("someday", WEEK)).hasMessageContaining("既不是星期也不是日期");
    }

    @Test
    void daysAreWrittenBackInTheUsersLanguage() {
        AllowedDays days = new AllowedDays(Set.of(LocalDate.of(2025, 12, 9)), EnumSet.of(DayOfWeek.WEDNESDAY));
        assertThat(VisitTexts.days(days)).isEqualTo("Wednesday, Tuesday 9 December");
        assertThat(AllowedDays.parseStored(days.stored())).isEqualTo(days);
        assertThat(VisitTexts.minutes(90)).isEqualTo("1h30");
        assertThat(VisitTexts.minutes(45)).isEqualTo("45");
    }
}
