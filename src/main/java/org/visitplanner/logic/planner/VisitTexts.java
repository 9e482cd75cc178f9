package org.visitplanner.logic.planner;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.visitplanner.logic.check.FieldProblem;
import org.visitplanner.logic.check.FieldProblemException;
import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.text.TextFold;
import org.visitplanner.model.AllowedDays;
import org.visitplanner.model.EventKind;
import org.visitplanner.model.Member;
import org.visitplanner.model.Trip;
import org.visitplanner.model.VisitToPlace;

/**
 * A visit's fields as people write them, in a CSV cell or a dialog, read into values or refused with the reason in
 * words: durations ("90", "1h30", "1:30"), times ("9h30", "09:30", "14.00"), days ("Tue, Wed", "mardi ou
 * mercredi", "周二", "Mon-Wed", "2025-12-09", "9/12"), who attends ("Chen Hao; Li Na", "李娜", "all") and times
 * preferred ("10:00-12:00", "morning"). The same readers serve the "To place" dialog and the visits CSV, and
 * {@link #days(AllowedDays)} and friends write the values back the way they are read.
 */
public final class VisitTexts {

    /** Longest title, as for events. */
    public static final int MAX_TITLE = 500;
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*(?:[:h.]\\s*(\\d{2})?)?|(\\d{1,2})(\\d{2})");
    private static final Pattern DURATION_HM = Pattern.compile("(\\d{1,2})\\s*(?:h|:|heures?|hours?|小时)\\s*(\\d{1,2})?"
            + "\\s*(?:min|mn|分钟?)?");
    private static final Pattern DURATION_MIN = Pattern.compile("(\\d{1,4})\\s*(?:min|mn|minutes?|分钟?)?");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})(?:[/.](\\d{4}))?");
    /** Between days: commas and the like, "or", "and", or plain spaces ("Tue Wed"); a dash makes a range. */
    private static final Pattern DAY_LIST = Pattern.compile(
            "\\s*[,;|+&、，；]\\s*|\\s+(?:or|ou|and|et)\\s+|\\s*(?:或|和)\\s*|\\s+");
    private static final Pattern LIST = Pattern.compile("\\s*(?:[,;/|+&、，；]|\\s(?:or|ou|and|et)\\s|或|和)\\s*");
    private static final Set<String> EVERYONE = Set.of("all", "everyone", "everybody", "delegation",
            "the delegation", "whole delegation", "tous", "toutes", "tout le monde", "la delegation",
            "toute la delegation", "全体", "所有人", "全部", "代表团", "全体成员");
    private static final Map<String, String[]> PARTS_OF_DAY = Map.of(
            "morning", new String[] {"08:00", "12:00"}, "matin", new String[] {"08:00", "12:00"},
            "上午", new String[] {"08:00", "12:00"}, "afternoon", new String[] {"14:00", "18:00"},
            "apres-midi", new String[] {"14:00", "18:00"}, "apres midi", new String[] {"14:00", "18:00"},
            "下午", new String[] {"14:00", "18:00"});

    private VisitTexts() {
    }

    // ------------------------------------------------------------------ reading

    /** A title: required, at most 500 characters. */
    public static String title(String text) throws FieldProblemException {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw problem("planner.field.titleRequired");
        }
        if (clean.length() > MAX_TITLE) {
            throw problem("planner.field.titleTooLong", MAX_TITLE, clean.length());
        }
        return clean;
    }

    /** Minutes from "90", "90 min", "1h30", "1 h", "1:30"; between 5 minutes and a day. */
    public static int minutes(String text) throws FieldProblemException {
        String t = text == null ? "" : TextFold.fold(text);
        if (t.isEmpty()) {
            throw problem("planner.field.minutesRequired");
        }
        Matcher minutesOnly = DURATION_MIN.matcher(t);
        Matcher hoursMinutes = DURATION_HM.matcher(t);
        int minutes;
        if (minutesOnly.matches()) {
            minutes = Integer.parseInt(minutesOnly.group(1));
        } else if (hoursMinutes.matches()) {
            int extra = hoursMinutes.group(2) == null ? 0 : Integer.parseInt(hoursMinutes.group(2));
            if (extra > 59) {
                throw problem("planner.field.minutesUnreadable", text.strip());
            }
            minutes = Integer.parseInt(hoursMinutes.group(1)) * 60 + extra;
        } else {
            throw problem("planner.field.minutesUnreadable", text.strip());
        }
        if (minutes < VisitToPlace.MIN_MINUTES || minutes > VisitToPlace.MAX_MINUTES) {
            throw problem("planner.field.minutesRange", VisitToPlace.MIN_MINUTES, VisitToPlace.MAX_MINUTES / 60);
        }
        return minutes;
    }

    /** A time of day from "9:30", "09:30", "9h30", "9h", "9.30", "930"; empty text is no time. */
    public static Optional<LocalTime> time(String text) throws FieldProblemException {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = TIME.matcher(t);
        if (!m.matches()) {
            throw problem("planner.field.timeUnreadable", text.strip());
        }
        int hour = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
        String minutes = m.group(1) != null ? m.group(2) : m.group(4);
        int minute = minutes == null ? 0 : Integer.parseInt(minutes);
        if (hour > 24 || minute > 59 || hour == 24 && minute > 0) {
            throw problem("planner.field.timeUnreadable", text.strip());
        }
        return Optional.of(hour == 24 ? LocalTime.MAX.withSecond(0).withNano(0) : LocalTime.of(hour, minute));
    }

    /** An earliest start and a latest end, the second after the first when both are given. */
    public static LocalTime[] window(String from, String to) throws FieldProblemException {
        LocalTime start = time(from).orElse(null);
        LocalTime end = time(to).orElse(null);
        if (start != null && end != null && !end.isAfter(start)) {
            throw problem("planner.field.windowOrder", Formats.time(start), Formats.time(end));
        }
        return new LocalTime[] {start, end};
    }

    /** Preferred times: "10:00-12:00", "10h–12h", "morning", "matin", "上午"; empty: none. */
    public static LocalTime[] preferred(String text) throws FieldProblemException {
        String t = text == null ? "" : TextFold.fold(text);
        if (t.isEmpty()) {
            return new LocalTime[] {null, null};
        }
        String[] part = PARTS_OF_DAY.get(t);
        if (part != null) {
            return new LocalTime[] {LocalTime.parse(part[0]), LocalTime.parse(part[1])};
        }
        String[] ends = t.split("\\s*(?:-|–|—|à|to|至|到)\\s*");
        if (ends.length != 2) {
            throw problem("planner.field.preferredUnreadable", text.strip());
        }
        LocalTime from = time(ends[0]).orElseThrow(() -> problem("planner.field.preferredUnreadable", text.strip()));
        LocalTime to = time(ends[1]).orElseThrow(() -> problem("planner.field.preferredUnreadable", text.strip()));
        if (!to.isAfter(from)) {
            throw problem("planner.field.windowOrder", Formats.time(from), Formats.time(to));
        }
        return new LocalTime[] {from, to};
    }

    /**
     * The days of {@code trip} a visit may happen on: weekdays in English, French or Chinese (full or short), ranges
     * of weekdays ("Mon-Wed"), dates (2025-12-09, 9/12, 9.12.2025). Empty: any day. Each one must name a day of
     * the trip.
     */
    public static AllowedDays days(String text, Trip trip) throws FieldProblemException {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return AllowedDays.ANY;
        }
        Set<LocalDate> dates = new TreeSet<>();
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        for (String token : DAY_LIST.split(t.replaceAll("\\s*[-–—]\\s*", "-"))) {
            String part = token.strip();
            if (part.isEmpty()) {
                continue;
            }
            Optional<LocalDate> date = date(part, trip);
            if (date.isPresent()) {
                if (!trip.includes(date.get())) {
                    throw problem("planner.field.dayOutsideTrip", Formats.longDay(date.get()),
                            Formats.dayRange(trip.firstDay(), trip.lastDay()));
                }
                dates.add(date.get());
                continue;
            }
            Set<DayOfWeek> named = weekdays(part);
            if (named.isEmpty()) {
                throw problem("planner.field.dayUnreadable", part);
            }
            for (DayOfWeek day : named) {
                if (trip.days().stream().noneMatch(d -> d.getDayOfWeek() == day)) {
                    throw problem("planner.field.weekdayNotInTrip", weekdayName(day),
                            Formats.dayRange(trip.firstDay(), trip.lastDay()));
                }
            }
            weekdays.addAll(named);
        }
        return new AllowedDays(dates, weekdays);
    }

    private static Optional<LocalDate> date(String text, Trip trip) throws FieldProblemException {
        try {
            if (ISO_DATE.matcher(text).matches()) {
                String[] p = text.split("-");
                return Optional.of(LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]),
                        Integer.parseInt(p[2])));
            }
            Matcher m = DAY_MONTH.matcher(text);
            if (m.matches()) {
                int day = Integer.parseInt(m.group(1));
                int month = Integer.parseInt(m.group(2));
                if (m.group(3) != null) {
                    return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month, day));
                }
                // Without a year: the trip's (a trip over New Year takes the year that puts it inside).
                for (int year : new int[] {trip.firstDay().getYear(), trip.lastDay().getYear()}) {
                    LocalDate candidate = LocalDate.of(year, month, day);
                    if (trip.includes(candidate)) {
                        return Optional.of(candidate);
                    }
                }
                return Optional.of(LocalDate.of(trip.firstDay().getYear(), month, day));
            }
        } catch (DateTimeException e) {
            throw problem("planner.field.dayUnreadable", text);
        }
        return Optional.empty();
    }

    /** "tue", "Tuesday", "mardi", "mar.", "周二", "星期二", or a range of them "mon-wed"; empty if none. */
    static Set<DayOfWeek> weekdays(String text) {
        String t = TextFold.fold(text).replace(".", "");
        String[] range = t.split("\\s*(?:-|–|à|to|至|到)\\s*");
        if (range.length == 2) {
            Optional<DayOfWeek> from = weekday(range[0]);
            Optional<DayOfWeek> to = weekday(range[1]);
            if (from.isPresent() && to.isPresent()) {
                Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                for (int i = from.get().getValue(); ; i = i % 7 + 1) {
                    days.add(DayOfWeek.of(i));
                    if (i == to.get().getValue()) {
                        break;
                    }
                }
                return days;
            }
        }
        return weekday(t).map(EnumSet::of).orElse(EnumSet.noneOf(DayOfWeek.class));
    }

    private static Optional<DayOfWeek> weekday(String folded) {
        String t = folded.strip();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                String full = TextFold.fold(day.getDisplayName(TextStyle.FULL, language));
                if (t.equals(full) || t.length() >= 3 && full.startsWith(t)) {
                    return Optional.of(day);
                }
            }
            String chinese = "一二三四五六日".substring(day.getValue() - 1, day.getValue());
            if (t.equals("星期" + chinese) || t.equals("周" + chinese) || t.equals("礼拜" + chinese)
                    || day == DayOfWeek.SUNDAY && (t.equals("星期天") || t.equals("周天"))) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /**
     * Who attends, from names separated by commas, semicolons, "and"…: a member's Latin or Chinese name, or one
     * word of the Latin name that only they have ("Chen", "Moumni"); "all" (or nothing) is everyone: an empty list.
     */
    public static List<Long> members(String text, List<Member> delegation) throws FieldProblemException {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || EVERYONE.contains(TextFold.fold(t))) {
            return List.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String token : LIST.split(t)) {
            String name = token.strip();
            if (name.isEmpty()) {
                continue;
            }
            ids.add(member(name, delegation).id());
        }
        return List.copyOf(ids);
    }

    private static Member member(String name, List<Member> delegation) throws FieldProblemException {
        String folded = TextFold.fold(name);
        List<Member> exact = delegation.stream().filter(m -> TextFold.fold(m.nameLatin()).equals(folded)
                || m.nameChinese() != null && m.nameChinese().strip().equals(name)).toList();
        if (exact.size() == 1) {
            return exact.get(0);
        }
        List<Member> byWord = delegation.stream().filter(m -> List.of(TextFold.fold(m.nameLatin()).split(" "))
                .contains(folded)).toList();
        if (byWord.size() == 1 && exact.isEmpty()) {
            return byWord.get(0);
        }
        if (exact.size() > 1 || byWord.size() > 1) {
            throw problem("planner.field.memberAmbiguous", name);
        }
        throw problem("planner.field.memberUnknown", name);
    }

    /** An event kind from its English name or its name in the current language ("Visit", "Repas", "用餐"). */
    public static EventKind kind(String text) throws FieldProblemException {
        String t = TextFold.fold(text);
        if (t.isEmpty()) {
            return EventKind.VISIT;
        }
        for (EventKind kind : EventKind.values()) {
            if (t.equals(TextFold.fold(kind.name())) || t.equals(TextFold.fold(kind.name().replace('_', ' ')))) {
                return kind;
            }
            for (Locale language : Messages.LANGUAGES) {
                if (t.equals(TextFold.fold(Messages.of(language, kind)))) {
                    return kind;
                }
            }
        }
        throw problem("planner.field.kindUnknown", text.strip());
    }

    // ------------------------------------------------------------------ writing back

    /** Days as the current language writes them: "Tuesday, Wednesday", "9 December". */
    public static String days(AllowedDays days) {
        List<String> parts = new ArrayList<>();
        days.weekdays().forEach(d -> parts.add(weekdayName(d)));
        days.dates().forEach(d -> parts.add(Formats.longDay(d)));
        return String.join(", ", parts);
    }

    /** A time as the dialog shows it ("09:30"), or "" for none. */
    public static String time(LocalTime time) {
        return time == null ? "" : Formats.time(time);
    }

    /** A duration as people write it: "1h30", "45". */
    public static String minutes(int minutes) {
        return minutes % 60 == 0 ? minutes / 60 + "h" : minutes < 60 ? Integer.toString(minutes)
                : minutes / 60 + "h" + String.format(Locale.ROOT, "%02d", minutes % 60);
    }

    static String weekdayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Messages.locale());
    }

    private static FieldProblemException problem(String key, Object... args) {
        return new FieldProblemException(FieldProblem.error(key, args));
    }
}
