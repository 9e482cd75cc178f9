package org.visitplanner.logic.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.visitplanner.logic.check.DateTimeInput.YearHint;

/** Dates and times as people of each language type them, and what they are told when it cannot be read. */
class DateTimeInputTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale FR = Locale.FRENCH;
    private static final Locale ZH = Locale.CHINESE;
    private static final LocalDate JAN_15 = LocalDate.of(2027, 1, 15);
    /** Typed on 7 December 2026, with no trip around. */
    private static final YearHint TODAY = YearHint.yearOf(LocalDate.of(2026, 12, 7));

    private static LocalDate read(String text, Locale language) {
        return read(text, language, TODAY);
    }

    private static LocalDate read(String text, Locale language, YearHint hint) {
        DateTimeInput.Reading<LocalDate> reading = DateTimeInput.date(text, language, hint);
        assertThat(reading.problem()).as("problem with " + text).isNull();
        return reading.value();
    }

    private static String problem(String text, Locale language) {
        DateTimeInput.Reading<LocalDate> reading = DateTimeInput.date(text, language, TODAY);
        assertThat(reading.value()).as("value of " + text).isNull();
        assertThat(reading.problem()).as("problem with " + text).isNotNull();
        assertThat(reading.problem().isError()).isTrue();
        return reading.problem().message();
    }

    @Nested
    class InFrench {

        @ParameterizedTest
        @ValueSource(strings = {"15/01/2027", "15.01.2027", "15-01-2027", "15/1/2027", "15/01/27", "2027-01-15",
            "15 janvier 2027", "15 JANVIER 2027", "15 janv. 2027", "vendredi 15 janvier 2027", "le 15 janvier 2027",
            "15 janvier 27", "  15 / 01 / 2027 ", "１５／０１／２０２７", "2027年1月15日", "15 january 2027"})
        void writtenTheFrenchWayIsTheFifteenthOfJanuary(String typed) {
            assertThat(read(typed, FR)).isEqualTo(JAN_15);
        }

        @Test
        void accentsAreOptionalAndTheFirstIsWrittenPremier() {
            assertThat(read("1er février 2027", FR)).isEqualTo(LocalDate.of(2027, 2, 1));
            assertThat(read("1 fevrier 2027", FR)).isEqualTo(LocalDate.of(2027, 2, 1));
            assertThat(read("15 aout 2027", FR)).isEqualTo(LocalDate.of(2027, 8, 15));
            assertThat(read("3 déc. 2025", FR)).isEqualTo(LocalDate.of(2025, 12, 3));
        }

        @Test
        void numbersAreDayThenMonthEvenWhenBothCouldBeAMonth() {
            assertThat(read("03/04/2027", FR)).isEqualTo(LocalDate.of(2027, 4, 3));
        }

        @Test
        void aMonthAfterTheDayThatDoesNotExistIsReportedNotSwapped() {
            assertThat(problem("01/15/2027", FR)).isEqualTo("Il n’y a pas de mois 15 : les mois vont de 1 à 12.");
        }

        @Test
        void theThirtyFirstOfFebruaryIsNotMovedToMarch() {
            assertThat(problem("31/02/2027", FR)).isEqualTo("Il n’y a que 28 jours en février 2027.");
            assertThat(problem("29/02/2027", FR)).isEqualTo("Il n’y a que 28 jours en février 2027.");
            assertThat(read("29/02/2028", FR)).isEqualTo(LocalDate.of(2028, 2, 29));
            assertThat(problem("31 avril 2027", FR)).isEqualTo("Il n’y a que 30 jours en avril 2027.");
        }

        @Test
        void aWeekdayThatDoesNotMatchTheDateIsReported() {
            assertThat(problem("lundi 15 janvier 2027", FR))
                    .isEqualTo("Le 15 janvier 2027 est un vendredi, pas un lundi.");
        }

        @Test
        void somethingElseIsExplainedWithAnExample() {
            assertThat(problem("demain matin", FR)).isEqualTo(
                    "« demain matin » n’est pas une date. Écrivez-la par exemple 15/01/2027 ou 15 janvier 2027.");
            assertThat(problem("15/01/2027/3", FR)).startsWith("« 15/01/2027/3 » n’est pas une date.");
            assertThat(problem("janvier 2027", FR)).isEqualTo(
                    "Ajoutez le jour : « janvier 2027 » ne dit pas quel jour du mois.");
            assertThat(problem("15/01/202", FR)).startsWith("« 15/01/202 » n’est pas une date.");
            assertThat(problem("15/01/0027", FR)).isEqualTo("Écrivez l’année avec quatre chiffres, par exemple 2027.");
        }

        @Test
        void theUnderstoodDateIsSaidInFrenchWords() {
            assertThat(DateTimeInput.understood(JAN_15, FR)).isEqualTo("vendredi 15 janvier 2027");
            assertThat(DateTimeInput.text(JAN_15, FR)).isEqualTo("15/01/2027");
        }
    }

    @Nested
    class InEnglish {

        @ParameterizedTest
        @ValueSource(strings = {"15/01/2027", "15.01.2027", "2027-01-15", "15 January 2027", "January 15, 2027",
            "Jan 15 2027", "15th January 2027", "the 15th of January 2027", "Friday 15 January 2027",
            "Fri, Jan 15, 2027", "2027/01/15", "2027年1月15日", "15 janvier 2027"})
        void writtenTheEnglishWayIsTheFifteenthOfJanuary(String typed) {
            assertThat(read(typed, EN)).isEqualTo(JAN_15);
        }

        @Test
        void ambiguousNumbersAreDayFirstAndAMonthFirstDateIsReadWhenThatIsTheOnlyWay() {
            assertThat(read("03/04/2027", EN)).isEqualTo(LocalDate.of(2027, 4, 3));
            assertThat(read("01/15/2027", EN)).isEqualTo(JAN_15); // the American way, the only date it can be
            assertThat(read("12/31/2027", EN)).isEqualTo(LocalDate.of(2027, 12, 31));
        }

        @Test
        void impossibleDatesAreExplained() {
            assertThat(problem("31/02/2027", EN)).isEqualTo("February 2027 has only 28 days.");
            assertThat(problem("13/13/2027", EN)).isEqualTo("There is no month 13: months go from 1 to 12.");
            assertThat(problem("32/01/2027", EN)).startsWith("“32/01/2027” is not a date.");
            assertThat(problem("Monday 15 January 2027", EN)).isEqualTo("15 January 2027 is a Friday, not a Monday.");
            assertThat(problem("next week", EN))
                    .isEqualTo("“next week” is not a date. Write it like 15/01/2027 or 15 January 2027.");
        }

        @Test
        void theUnderstoodDateIsSaidInEnglishWords() {
            assertThat(DateTimeInput.understood(JAN_15, EN)).isEqualTo("Friday 15 January 2027");
        }
    }

    @Nested
    class InChinese {

        @ParameterizedTest
        @ValueSource(strings = {"2027年1月15日", "2027年01月15日", "2027 年 1 月 15 日", "２０２７年１月１５日",
            "2027年1月15号", "2027年1月15日 星期五", "2027年1月15日（周五）", "2027-01-15", "2027/1/15", "2027.1.15",
            "15/01/2027"})
        void writtenTheChineseWayIsTheFifteenthOfJanuary(String typed) {
            assertThat(read(typed, ZH)).isEqualTo(JAN_15);
        }

        @Test
        void twoNumbersAreMonthThenDay() {
            YearHint in2027 = YearHint.yearOf(LocalDate.of(2027, 3, 1));
            assertThat(read("1/15", ZH, in2027)).isEqualTo(JAN_15);
            assertThat(read("3/4", ZH, in2027)).isEqualTo(LocalDate.of(2027, 3, 4));
            assertThat(read("15/1", ZH, in2027)).isEqualTo(JAN_15); // 15 cannot be a month
            assertThat(read("1月15日", ZH, in2027)).isEqualTo(JAN_15);
        }

        @Test
        void impossibleDatesAreExplainedInChinese() {
            assertThat(problem("2027年2月31日", ZH)).isEqualTo("2027年2月只有 28 天。");
            assertThat(problem("2027年13月1日", ZH)).isEqualTo("没有13月：月份为 1 到 12。");
            assertThat(problem("2027年1月15日 星期一", ZH)).isEqualTo("2027年1月15日是星期五，不是星期一。");
            assertThat(problem("明天", ZH)).startsWith("“明天”不是日期。");
        }

        @Test
        void theUnderstoodDateIsSaidInChinese() {
            assertThat(DateTimeInput.understood(JAN_15, ZH)).isEqualTo("2027年1月15日 星期五");
            assertThat(DateTimeInput.text(JAN_15, ZH)).isEqualTo("2027-01-15");
        }
    }

    @Nested
    class WithoutAYear {

        @Test
        void theYearIsThisYear() {
            assertThat(read("15/1", FR)).isEqualTo(LocalDate.of(2026, 1, 15));
            assertThat(read("15 janvier", FR)).isEqualTo(LocalDate.of(2026, 1, 15));
            assertThat(read("15/1", EN)).isEqualTo(LocalDate.of(2026, 1, 15));
        }

        @Test
        void orTheTripsYearWhenItFallsInTheTrip() {
            YearHint trip = YearHint.within(LocalDate.of(2027, 12, 28), LocalDate.of(2028, 1, 5));
            assertThat(read("30/12", FR, trip)).isEqualTo(LocalDate.of(2027, 12, 30));
            assertThat(read("3/1", FR, trip)).isEqualTo(LocalDate.of(2028, 1, 3));
            assertThat(read("1/3", ZH, trip)).isEqualTo(LocalDate.of(2028, 1, 3));
            assertThat(read("15/6", FR, trip)).isEqualTo(LocalDate.of(2027, 6, 15)); // outside: the first day's year
        }

        @Test
        void twoDigitYearsAreNearToday() {
            assertThat(read("15/01/27", FR)).isEqualTo(JAN_15);
            assertThat(read("15/01/98", FR)).isEqualTo(LocalDate.of(1998, 1, 15)); // a partnership of 1998
        }

        @Test
        void theTwentyNinthOfFebruaryNeedsALeapYear() {
            assertThat(problem("29/2", FR)).isEqualTo("Il n’y a que 28 jours en février 2026.");
        }
    }

    @Test
    void blankIsNothingNotAProblem() {
        assertThat(DateTimeInput.date("  ", FR, TODAY).isBlank()).isTrue();
        assertThat(DateTimeInput.date(null, FR, TODAY).isBlank()).isTrue();
        assertThat(DateTimeInput.time(" ", FR).isBlank()).isTrue();
    }

    @Nested
    class Times {

        private LocalTime time(String text, Locale language) {
            DateTimeInput.Reading<LocalTime> reading = DateTimeInput.time(text, language);
            assertThat(reading.problem()).as("problem with " + text).isNull();
            return reading.value();
        }

        private String timeProblem(String text, Locale language) {
            DateTimeInput.Reading<LocalTime> reading = DateTimeInput.time(text, language);
            assertThat(reading.value()).as("value of " + text).isNull();
            return reading.problem().message();
        }

        @ParameterizedTest
        @ValueSource(strings = {"9h30", "09:30", "9:30", "9.30", "930", "0930", "9 h 30", "09h30", "９：３０",
            "9:30 am", "9.30am", "9:30:00", "9点30", "9点半", "上午9点30分", "9时30分"})
        void halfPastNineInTheMorning(String typed) {
            assertThat(time(typed, FR)).isEqualTo(LocalTime.of(9, 30));
        }

        @Test
        void wholeHoursAndTheAfternoon() {
            assertThat(time("9", EN)).isEqualTo(LocalTime.of(9, 0));
            assertThat(time("9h", FR)).isEqualTo(LocalTime.of(9, 0));
            assertThat(time("14h", FR)).isEqualTo(LocalTime.of(14, 0));
            assertThat(time("2pm", EN)).isEqualTo(LocalTime.of(14, 0));
            assertThat(time("2:30 p.m.", EN)).isEqualTo(LocalTime.of(14, 30));
            assertThat(time("12am", EN)).isEqualTo(LocalTime.MIDNIGHT);
            assertThat(time("12 pm", EN)).isEqualTo(LocalTime.NOON);
            assertThat(time("下午2点半", ZH)).isEqualTo(LocalTime.of(14, 30));
            assertThat(time("晚上8点", ZH)).isEqualTo(LocalTime.of(20, 0));
            assertThat(time("中午12点", ZH)).isEqualTo(LocalTime.NOON);
            assertThat(time("14点30分", ZH)).isEqualTo(LocalTime.of(14, 30));
            assertThat(time("1745", FR)).isEqualTo(LocalTime.of(17, 45));
            assertThat(time("0", FR)).isEqualTo(LocalTime.MIDNIGHT);
        }

        @Test
        void impossibleTimesAreExplained() {
            assertThat(timeProblem("25:00", EN)).isEqualTo("There is no hour 25: hours go from 0 to 23.");
            assertThat(timeProblem("24h", FR)).isEqualTo("Il n’y a pas d’heure 24 : les heures vont de 0 à 23.");
            assertThat(timeProblem("9:75", EN)).isEqualTo("There is no minute 75: minutes go from 00 to 59.");
            assertThat(timeProblem("975", EN)).isEqualTo("There is no minute 75: minutes go from 00 to 59.");
            assertThat(timeProblem("14pm", EN)).isEqualTo("With am or pm, the hour goes from 1 to 12.");
            assertThat(timeProblem("half nine", EN))
                    .isEqualTo("“half nine” is not a time. Write it like 09:30 or 9h30.");
            assertThat(timeProblem("9:30:15", EN)).startsWith("“9:30:15” is not a time.");
            assertThat(timeProblem("9h5", FR)).startsWith("« 9h5 » n’est pas une heure.");
            assertThat(timeProblem("25点", ZH)).isEqualTo("没有 25 点：小时为 0 到 23。");
        }

        @Test
        void aTimeIsWrittenBackWithTwoDigitsEach() {
            assertThat(DateTimeInput.text(LocalTime.of(9, 5))).isEqualTo("09:05");
        }
    }

    @Nested
    class JourneyMinutes {

        private int minutes(String text) {
            DateTimeInput.Reading<Integer> reading = DateTimeInput.minutes(text, EN);
            assertThat(reading.problem()).as("problem with " + text).isNull();
            return reading.value();
        }

        @Test
        void minutesHoursAndBothAreRead() {
            assertThat(minutes("45")).isEqualTo(45);
            assertThat(minutes("45 min")).isEqualTo(45);
            assertThat(minutes("1h30")).isEqualTo(90);
            assertThat(minutes("1 h")).isEqualTo(60);
            assertThat(minutes("1:05")).isEqualTo(65);
            assertThat(minutes("1小时30分")).isEqualTo(90);
            assertThat(minutes("20分钟")).isEqualTo(20);
            assertThat(minutes("2 heures")).isEqualTo(120);
        }

        @Test
        void whatIsNotALengthOfTimeIsExplained() {
            assertThat(DateTimeInput.minutes("about an hour", EN).problem().message())
                    .isEqualTo("“about an hour” is not a length of time. Write it in minutes, like 45, or like 1h30.");
            assertThat(DateTimeInput.minutes("1500", FR).problem().message())
                    .isEqualTo("Un trajet dure au plus 24 heures (1440 minutes).");
            assertThat(DateTimeInput.minutes("1h75", EN).problem().message())
                    .isEqualTo("There is no minute 75: minutes go from 00 to 59.");
        }
    }
}
