package org.visitplanner.logic.check;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.visitplanner.logic.i18n.Messages;

/**
 * Reads dates and times as people of each of the app's languages type them, and says in words what it read or why it
 * cannot read it. The one reader behind every date and time field of the app (and the opening hours).
 *
 * <p>Dates: {@code 15/01/2027}, {@code 15.01.2027}, {@code 15-1-27}, {@code 2027-01-15}, {@code 15 janvier 2027},
 * {@code January 15, 2027}, {@code 2027年1月15日}, {@code 1月15日}, {@code 15/1} (the year then comes from a
 * {@link YearHint}), with or without a weekday ({@code vendredi 15 janvier}), in full-width digits too. Numbers are
 * read day first in English and French; in Chinese, two numbers are month and day ({@code 1/15}) and a year comes
 * first or last. When the first reading names a month that does not exist and the other order gives a date
 * ({@code 01/15/2027}), English and Chinese take the other order — French, where nobody writes the month first,
 * reports the month instead. Days that do not exist ({@code 31/02/2027}) and weekdays that do not match the date are
 * reported, never moved to a neighbouring day.
 *
 * <p>Times: {@code 09:30}, {@code 9:30}, {@code 9h30}, {@code 9h}, {@code 9.30}, {@code 930}, {@code 0930},
 * {@code 9}, {@code 2:30 pm}, {@code 下午2点半}, {@code 14点30分}.
 */
public final class DateTimeInput {

    /**
     * Which year a date typed without one is in: the year that puts it inside {@code first..last} (a trip) when there
     * is one, else the year of {@code reference} (today, or the trip's first day).
     */
    public record YearHint(LocalDate reference, LocalDate first, LocalDate last) {

        /** Dates without a year are in {@code reference}'s year. */
        public static YearHint yearOf(LocalDate reference) {
            return new YearHint(reference, null, null);
        }

        /** Dates without a year are in the days {@code first..last} when they can be, else in {@code first}'s year. */
        public static YearHint within(LocalDate first, LocalDate last) {
            return new YearHint(first, first, last);
        }

        int yearFor(int month, int day) {
            if (first != null && last != null) {
                for (int year = first.getYear(); year <= last.getYear(); year++) {
                    if (exists(year, month, day)) {
                        LocalDate date = LocalDate.of(year, month, day);
                        if (!date.isBefore(first) && !date.isAfter(last)) {
                            return year;
                        }
                    }
                }
            }
            return reference.getYear();
        }
    }

    /**
     * What a field's text says: nothing ({@link #isBlank()}), a value, or a problem to show next to the field.
     *
     * @param value   the value read, or null
     * @param problem why the text cannot be read, or null
     */
    public record Reading<T>(T value, FieldProblem problem) {

        static <T> Reading<T> blank() {
            return new Reading<>(null, null);
        }

        static <T> Reading<T> of(T value) {
            return new Reading<>(value, null);
        }

        public boolean isBlank() {
            return value == null && problem == null;
        }

        public boolean isProblem() {
            return problem != null;
        }
    }

    private static final Pattern CHINESE_WEEKDAY = Pattern.compile("(星期|周|週|礼拜|禮拜)([一二三四五六日天])");
    private static final Pattern CHINESE_DATE =
            Pattern.compile("(?:(\\d+)\\s*年\\s*)?(\\d+)\\s*月\\s*(\\d+)\\s*[日号號]?");
    private static final Pattern WORD = Pattern.compile("\\p{L}+\\.?");
    private static final Pattern NUMBERS = Pattern.compile("\\d+(?:\\s*[/.\\-\\s]\\s*\\d+)*");
    private static final Pattern ORDINAL = Pattern.compile("(\\d)(?:st|nd|rd|th|er|e)\\b");
    private static final Map<String, Integer> MONTHS = months();
    private static final Map<String, DayOfWeek> WEEKDAYS = weekdays();
    /** Words around a date that say nothing about it: "the 15th of January", "le 15 janvier". */
    private static final Set<String> FILLERS = Set.of("the", "of", "on", "le", "du", "de", "l");

    private static final Pattern TIME_SEPARATED = Pattern.compile("(\\d{1,2})(?:[:h.](\\d{2})?(?::(\\d{2}))?)?");
    private static final Pattern TIME_JOINED = Pattern.compile("(\\d{1,2})(\\d{2})");
    private static final Pattern AM_PM = Pattern.compile("(.*?)(a\\.?m\\.?|p\\.?m\\.?)");
    private static final Pattern CHINESE_PERIOD = Pattern.compile("(凌晨|早上|早晨|上午|中午|下午|傍晚|晚上)(.*)");

    private DateTimeInput() {
    }

    // ------------------------------------------------------------------ dates

    /** Reads {@code text} as a date written by someone who speaks {@code language}. */
    public static Reading<LocalDate> date(String text, Locale language, YearHint hint) {
        if (text == null || text.isBlank()) {
            return Reading.blank();
        }
        String typed = text.strip();
        String t = normalise(typed);

        DayOfWeek weekday = null;
        Matcher chineseWeekday = CHINESE_WEEKDAY.matcher(t);
        if (chineseWeekday.find()) {
            weekday = DayOfWeek.of(Math.min(7, "一二三四五六日天".indexOf(chineseWeekday.group(2)) + 1));
            t = chineseWeekday.replaceAll(" ");
        }
        t = ORDINAL.matcher(t).replaceAll("$1");

        Integer month = null;
        List<String> rest = new ArrayList<>();
        Matcher word = WORD.matcher(t);
        StringBuilder numbers = new StringBuilder();
        int last = 0;
        while (word.find()) {
            numbers.append(t, last, word.start()).append(' ');
            last = word.end();
            String name = fold(word.group()).replace(".", "");
            if (WEEKDAYS.containsKey(name) && weekday == null) {
                weekday = WEEKDAYS.get(name);
            } else if (MONTHS.containsKey(name) && month == null) {
                month = MONTHS.get(name);
            } else if (FILLERS.contains(name)) {
                continue;
            } else if (!name.isEmpty() && !isChinese(name)) {
                rest.add(name);
            } else {
                numbers.append(word.group()); // 年, 月, 日 stay for the Chinese pattern
            }
        }
        numbers.append(t.substring(last));
        String digits = numbers.toString().replaceAll("[,，。()\\[\\]]", " ").strip()
                .replaceAll("\\s+", " ");
        if (!rest.isEmpty()) {
            return unreadable(typed, language);
        }

        Reading<LocalDate> read;
        if (month != null) {
            read = withMonthName(typed, digits, month, language, hint);
        } else {
            Matcher chinese = CHINESE_DATE.matcher(digits);
            if (chinese.matches()) {
                read = day(chinese.group(1), chinese.group(2), chinese.group(3), language, hint, typed);
            } else {
                read = numeric(typed, digits, language, hint);
            }
        }
        if (read.value() != null && weekday != null && read.value().getDayOfWeek() != weekday) {
            return problem(language, "entry.date.weekday",
                    DateTimeFormatter.ofPattern(Messages.get(language, "format.date"), language).format(read.value()),
                    weekdayName(read.value().getDayOfWeek(), language), weekdayName(weekday, language));
        }
        return read;
    }

    private static Reading<LocalDate> withMonthName(String typed, String digits, int month, Locale language,
                                                    YearHint hint) {
        String[] parts = digits.isEmpty() ? new String[0] : digits.replaceAll("[/.\\-]", " ").strip().split(" ");
        List<String> numbers = new ArrayList<>();
        for (String part : parts) {
            if (!part.isEmpty()) {
                if (!part.chars().allMatch(Character::isDigit)) {
                    return unreadable(typed, language);
                }
                numbers.add(part);
            }
        }
        String day;
        String year = null;
        if (numbers.size() == 1) {
            if (numbers.get(0).length() > 2) {
                return problem(language, "entry.date.noDay", typed);
            }
            day = numbers.get(0);
        } else if (numbers.size() == 2) {
            boolean yearFirst = numbers.get(0).length() > 2;
            day = numbers.get(yearFirst ? 1 : 0);
            year = numbers.get(yearFirst ? 0 : 1);
        } else if (numbers.isEmpty()) {
            return problem(language, "entry.date.noDay", typed);
        } else {
            return unreadable(typed, language);
        }
        return day(year, Integer.toString(month), day, language, hint, typed);
    }

    private static Reading<LocalDate> numeric(String typed, String digits, Locale language, YearHint hint) {
        if (!NUMBERS.matcher(digits).matches()) {
            return unreadable(typed, language);
        }
        String[] groups = digits.split("\\s*[/.\\-\\s]\\s*");
        boolean chinese = language.getLanguage().equals("zh");
        if (groups.length == 3) {
            if (groups[0].length() > 2) {
                return day(groups[0], groups[1], groups[2], language, hint, typed);
            }
            if (groups[2].length() != 2 && groups[2].length() != 4) {
                return unreadable(typed, language);
            }
            return dayAndMonth(groups[0], groups[1], groups[2], false, language, hint, typed);
        }
        if (groups.length == 2) {
            if (groups[0].length() > 2) {
                return problem(language, "entry.date.noDay", typed);
            }
            if (groups[1].length() > 2) {
                return problem(language, "entry.date.noDay", typed);
            }
            return dayAndMonth(groups[0], groups[1], null, chinese, language, hint, typed);
        }
        return unreadable(typed, language);
    }

    /** Two numbers that are a day and a month, in the order the language writes them (swapped when only that works). */
    private static Reading<LocalDate> dayAndMonth(String a, String b, String year, boolean monthFirst,
                                                  Locale language, YearHint hint, String typed) {
        String day = monthFirst ? b : a;
        String month = monthFirst ? a : b;
        Reading<LocalDate> read = day(year, month, day, language, hint, typed);
        boolean french = language.getLanguage().equals("fr");
        if (read.isProblem() && !french && Integer.parseInt(month) > 12) {
            Reading<LocalDate> swapped = day(year, day, month, language, hint, typed);
            if (!swapped.isProblem()) {
                return swapped;
            }
        }
        return read;
    }

    private static Reading<LocalDate> day(String yearText, String monthText, String dayText, Locale language,
                                          YearHint hint, String typed) {
        if (monthText.length() > 2 || dayText.length() > 2 || (yearText != null && yearText.length() > 4)) {
            return unreadable(typed, language);
        }
        int month = Integer.parseInt(monthText);
        int day = Integer.parseInt(dayText);
        if (month < 1 || month > 12) {
            return problem(language, "entry.date.noMonth", month);
        }
        if (day < 1 || day > 31) {
            return unreadable(typed, language);
        }
        int year;
        if (yearText == null) {
            year = hint.yearFor(month, day);
        } else if (yearText.length() == 2) {
            year = 2000 + Integer.parseInt(yearText);
            if (year > hint.reference().getYear() + 20) {
                year -= 100; // "98" for a partnership signed in 1998
            }
        } else if (yearText.length() == 4) {
            year = Integer.parseInt(yearText);
        } else {
            return problem(language, "entry.date.year");
        }
        if (year < 1900 || year > 2199) {
            return problem(language, "entry.date.year");
        }
        if (!exists(year, month, day)) {
            YearMonth which = YearMonth.of(year, month);
            return problem(language, "entry.date.shortMonth",
                    DateTimeFormatter.ofPattern(Messages.get(language, "format.month.year"), language).format(which),
                    which.lengthOfMonth());
        }
        return Reading.of(LocalDate.of(year, month, day));
    }

    private static boolean exists(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** A date in words, as a field shows what it understood: "Friday 15 January 2027", "2027年1月15日 星期五". */
    public static String understood(LocalDate date, Locale language) {
        return DateTimeFormatter.ofPattern(Messages.get(language, "format.date.weekday"), language).format(date);
    }

    /** A stored date as a date field shows it for editing: "15/01/2027", or "2027-01-15" in Chinese. */
    public static String text(LocalDate date, Locale language) {
        return date == null ? "" : DateTimeFormatter.ofPattern(Messages.get(language, "format.date.field"), language)
                .format(date);
    }

    private static String weekdayName(DayOfWeek day, Locale language) {
        return day.getDisplayName(TextStyle.FULL, language);
    }

    private static Reading<LocalDate> unreadable(String typed, Locale language) {
        return problem(language, "entry.date.unreadable", typed);
    }

    // ------------------------------------------------------------------ times

    /** Reads {@code text} as a time of day. */
    public static Reading<LocalTime> time(String text, Locale language) {
        if (text == null || text.isBlank()) {
            return Reading.blank();
        }
        String typed = text.strip();
        String t = normalise(typed).replaceAll("\\s+", "");
        int shift = 0; // hours to add for pm
        boolean twelveHour = false;
        Matcher chinese = CHINESE_PERIOD.matcher(t);
        if (chinese.matches()) {
            String period = chinese.group(1);
            t = chinese.group(2);
            twelveHour = true;
            shift = switch (period) {
                case "下午", "傍晚", "晚上" -> 12;
                case "中午" -> -1; // 中午12点 is noon, 中午1点 is 13:00
                default -> 0;
            };
        }
        t = t.replace('点', ':').replace('點', ':').replace('时', ':').replace('時', ':').replace("分", "")
                .replace(":半", ":30").replace("整", "");
        Matcher amPm = AM_PM.matcher(t);
        if (!twelveHour && amPm.matches()) {
            t = amPm.group(1);
            twelveHour = true;
            shift = amPm.group(2).startsWith("p") ? 12 : 0;
        }
        int hour;
        int minute;
        Matcher separated = TIME_SEPARATED.matcher(t);
        Matcher joined = TIME_JOINED.matcher(t);
        if (t.endsWith(":") && TIME_SEPARATED.matcher(t.substring(0, t.length() - 1)).matches()) {
            separated = TIME_SEPARATED.matcher(t.substring(0, t.length() - 1));
        }
        if (separated.matches()) {
            if (separated.group(3) != null && Integer.parseInt(separated.group(3)) != 0) {
                return timeProblem(language, "entry.time.unreadable", typed); // seconds would be lost
            }
            hour = Integer.parseInt(separated.group(1));
            minute = separated.group(2) == null ? 0 : Integer.parseInt(separated.group(2));
        } else if (joined.matches()) {
            hour = Integer.parseInt(joined.group(1));
            minute = Integer.parseInt(joined.group(2));
        } else {
            return timeProblem(language, "entry.time.unreadable", typed);
        }
        if (twelveHour) {
            if (shift == -1) {
                if (hour < 1 || hour > 12) {
                    return timeProblem(language, "entry.time.twelveHours");
                }
                hour = hour == 12 ? 12 : hour + 12;
            } else if (hour < 1 || hour > 12) {
                return timeProblem(language, "entry.time.twelveHours");
            } else {
                hour = hour % 12 + shift;
            }
        }
        if (hour > 23) {
            return timeProblem(language, "entry.time.hour", hour);
        }
        if (minute > 59) {
            return timeProblem(language, "entry.time.minute", String.format(Locale.ROOT, "%02d", minute));
        }
        return Reading.of(LocalTime.of(hour, minute));
    }

    /** A time as fields show it: "09:30". */
    public static String text(LocalTime time) {
        return time == null ? "" : String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
    }

    private static Reading<LocalTime> timeProblem(Locale language, String key, Object... args) {
        return new Reading<>(null, new FieldProblem(FieldProblem.Severity.ERROR, Messages.get(language, key, args)));
    }

    // ------------------------------------------------------------------ durations

    private static final Pattern MINUTES = Pattern.compile("(\\d{1,4})(min|mins|minute|minutes|mn|m|分钟|分鐘|分)?");
    private static final Pattern HOURS = Pattern.compile(
            "(\\d{1,2})(h|hr|hrs|hour|hours|heure|heures|:|小时|小時|个小时|個小時|时|時)(\\d{1,2})?(min|mn|m|分钟|分鐘|分)?");

    /**
     * Reads a length of time in minutes, as typed for a journey: {@code 45}, {@code 45 min}, {@code 1h30},
     * {@code 1 h}, {@code 1:30}, {@code 1小时30分}; from 0 to 24 hours.
     */
    public static Reading<Integer> minutes(String text, Locale language) {
        if (text == null || text.isBlank()) {
            return Reading.blank();
        }
        String typed = text.strip();
        String t = normalise(typed).replaceAll("\\s+", "");
        int minutes;
        Matcher plain = MINUTES.matcher(t);
        Matcher hours = HOURS.matcher(t);
        if (plain.matches()) {
            minutes = Integer.parseInt(plain.group(1));
        } else if (hours.matches()) {
            int extra = hours.group(3) == null ? 0 : Integer.parseInt(hours.group(3));
            if (extra > 59) {
                return minutesProblem(language, "entry.time.minute", String.format(Locale.ROOT, "%02d", extra));
            }
            minutes = Integer.parseInt(hours.group(1)) * 60 + extra;
        } else {
            return minutesProblem(language, "entry.minutes.unreadable", typed);
        }
        if (minutes > 24 * 60) {
            return minutesProblem(language, "entry.minutes.range");
        }
        return Reading.of(minutes);
    }

    private static Reading<Integer> minutesProblem(Locale language, String key, Object... args) {
        return new Reading<>(null, new FieldProblem(FieldProblem.Severity.ERROR, Messages.get(language, key, args)));
    }

    // ------------------------------------------------------------------ shared

    private static Reading<LocalDate> problem(Locale language, String key, Object... args) {
        return new Reading<>(null, new FieldProblem(FieldProblem.Severity.ERROR, Messages.get(language, key, args)));
    }

    /** Full-width digits and signs as ASCII ("２０２７／１／１５"), lower case, one space between words. */
    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip()
                .replaceAll("\\s+", " ");
    }

    private static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static boolean isChinese(String word) {
        return word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static Map<String, Integer> months() {
        String[][] names = {
            {"january", "jan", "janvier", "janv"},
            {"february", "feb", "fevrier", "fevr", "fev"},
            {"march", "mar", "mars"},
            {"april", "apr", "avril", "avr"},
            {"may", "mai"},
            {"june", "jun", "juin"},
            {"july", "jul", "juillet", "juil"},
            {"august", "aug", "aout"},
            {"september", "sep", "sept", "septembre"},
            {"october", "oct", "octobre"},
            {"november", "nov", "novembre"},
            {"december", "dec", "decembre"},
        };
        Map<String, Integer> months = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                months.put(name, i + 1);
            }
        }
        return Map.copyOf(months);
    }

    private static Map<String, DayOfWeek> weekdays() {
        // "mar" is left out: March in English, mardi in French.
        String[][] names = {
            {"monday", "mon", "lundi", "lun"},
            {"tuesday", "tue", "tues", "mardi"},
            {"wednesday", "wed", "mercredi", "mer"},
            {"thursday", "thu", "thur", "thurs", "jeudi", "jeu"},
            {"friday", "fri", "vendredi", "ven"},
            {"saturday", "sat", "samedi", "sam"},
            {"sunday", "sun", "dimanche", "dim"},
        };
        Map<String, DayOfWeek> weekdays = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                weekdays.put(name, DayOfWeek.of(i + 1));
            }
        }
        return Map.copyOf(weekdays);
    }
}
