package org.visitplanner.gui.trip;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import org.visitplanner.gui.common.DateText;
import org.visitplanner.gui.common.FormField;
import org.visitplanner.logic.check.DateTimeInput;
import org.visitplanner.logic.check.FieldProblem;
import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.trip.TimeZones;
import org.visitplanner.logic.trip.TripForm;
import org.visitplanner.logic.trip.lifecycle.TripService;
import org.visitplanner.model.CityNames;
import org.visitplanner.model.Member;
import org.visitplanner.model.Trip;

/**
 * The trip dialog's state, for a new trip, a trip's settings or a copy: the fields as typed, checked as they are
 * typed (a wrong day keeps its text and says why beside the field), the zones, the home city in each language and
 * the members ticked. {@link #result()} gives the settings once {@link #validProperty()} holds.
 */
public final class TripEditor {

    /** What the dialog is for. */
    public enum Purpose {
        NEW, SETTINGS, DUPLICATE
    }

    /** What the dialog needs from the data, read in the background before it opens. */
    public record Start(Purpose purpose, Trip trip, ZoneId venueZone, ZoneId homeZone, List<Member> members,
                        List<Long> ticked, List<LocalDate> eventDays) {
    }

    private final Start start;
    private final FormField name = new FormField();
    private final FormField firstDay = new FormField();
    private final FormField lastDay = new FormField();
    private final FormField cityEnglish = new FormField();
    private final FormField cityFrench = new FormField();
    private final FormField cityChinese = new FormField();
    private final ObjectProperty<ZoneId> venueZone = new SimpleObjectProperty<>(this, "venueZone");
    private final ObjectProperty<ZoneId> homeZone = new SimpleObjectProperty<>(this, "homeZone");
    private final ObservableList<Member> members = FXCollections.observableArrayList();
    private final ObservableSet<Long> ticked = FXCollections.observableSet(new LinkedHashSet<>());
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyStringWrapper daysText = new ReadOnlyStringWrapper(this, "daysText", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private LocalDate first;
    private LocalDate last;
    private boolean loading = true;
    private LocalDate lastReadFirstDay;
    /** A new trip's empty name is not called wrong before the user has typed one. */
    private boolean nameTyped;

    public TripEditor(Start start) {
        this.start = start;
        Trip trip = start.trip();
        name.textProperty().addListener((obs, was, now) -> {
            nameTyped = true;
            check();
        });
        firstDay.textProperty().addListener((obs, was, now) -> firstDayTyped());
        lastDay.textProperty().addListener((obs, was, now) -> check());
        for (FormField city : List.of(cityEnglish, cityFrench, cityChinese)) {
            city.textProperty().addListener((obs, was, now) -> check());
        }
        venueZone.addListener((obs, was, now) -> check());
        homeZone.addListener((obs, was, zone) -> homeZoneChosen(was, zone));
        members.setAll(start.members());
        ticked.addAll(start.ticked());

        switch (start.purpose()) {
            case NEW -> {
                LocalDate monday = LocalDate.now().plusWeeks(1).with(DayOfWeek.MONDAY);
                firstDay.load(Formats.date(monday));
                lastDay.load(Formats.date(monday.plusDays(4)));
                venueZone.set(start.venueZone());
                homeZone.set(start.homeZone());
                loadCity(TimeZones.cityNames(start.homeZone()));
            }
            case SETTINGS -> {
                name.load(trip.name());
                firstDay.load(Formats.date(trip.firstDay()));
                lastDay.load(Formats.date(trip.lastDay()));
                venueZone.set(trip.venueZone());
                homeZone.set(trip.homeZone());
                CityNames zoneNames = TimeZones.cityNames(trip.homeZone());
                loadCity(new CityNames(trip.homeCity().english() != null ? trip.homeCity().english()
                        : zoneNames.english(), trip.homeCity().french() != null ? trip.homeCity().french()
                        : zoneNames.french(), trip.homeCity().chinese() != null ? trip.homeCity().chinese()
                        : zoneNames.chinese()));
            }
            case DUPLICATE -> {
                name.load(Messages.get("tripDialog.copyOf", trip.name()));
                LocalDate nextYear = trip.firstDay().plusWeeks(52);
                firstDay.load(Formats.date(nextYear));
                lastDay.load(Formats.date(nextYear.plusDays(trip.length() - 1)));
                venueZone.set(trip.venueZone());
                homeZone.set(trip.homeZone());
                loadCity(trip.homeCity());
            }
        }
        loading = false;
        firstDayTyped();
    }

    private void loadCity(CityNames names) {
        cityEnglish.load(names.english());
        cityFrench.load(names.french());
        cityChinese.load(names.chinese());
    }

    /** A new home zone brings its city's names, unless the user typed names of their own. */
    private void homeZoneChosen(ZoneId was, ZoneId zone) {
        if (!loading && zone != null) {
            CityNames before = was == null ? CityNames.NONE : TimeZones.cityNames(was);
            CityNames after = TimeZones.cityNames(zone);
            replaceIfUntouched(cityEnglish, before.english(), after.english());
            replaceIfUntouched(cityFrench, before.french(), after.french());
            replaceIfUntouched(cityChinese, before.chinese(), after.chinese());
        }
        check();
    }

    private static void replaceIfUntouched(FormField field, String old, String replacement) {
        if (field.text().isBlank() || field.text().strip().equals(old)) {
            field.load(replacement);
        }
    }

    /** Moving the first day moves the last one with it (the trip keeps its length), as calendars do. */
    private void firstDayTyped() {
        Optional<LocalDate> typed = Optional.ofNullable(firstDayReading(firstDay.text()).value());
        if (!loading && typed.isPresent()) {
            // From the last first day that could be read: half-typed text in between does not count.
            if (lastReadFirstDay != null && !typed.get().equals(lastReadFirstDay)) {
                long moved = ChronoUnit.DAYS.between(lastReadFirstDay, typed.get());
                Optional.ofNullable(lastDayReading(lastDay.text(), lastReadFirstDay).value())
                        .ifPresent(end -> lastDay.load(Formats.date(end.plusDays(moved))));
            }
            lastReadFirstDay = typed.get();
        }
        check();
    }

    /** A day as a person of the app's language types it (see {@link DateTimeInput}); without a year, this year's. */
    public static Optional<LocalDate> parseDay(String text) {
        return DateText.parse(text);
    }

    private static DateTimeInput.Reading<LocalDate> firstDayReading(String text) {
        return DateTimeInput.date(text, Messages.locale(), DateTimeInput.YearHint.yearOf(LocalDate.now()));
    }

    /** The last day: typed without a year ("22/1"), it is the first one on or after the first day. */
    private static DateTimeInput.Reading<LocalDate> lastDayReading(String text, LocalDate first) {
        DateTimeInput.YearHint hint = first == null ? DateTimeInput.YearHint.yearOf(LocalDate.now())
                : DateTimeInput.YearHint.within(first, first.plusYears(1));
        return DateTimeInput.date(text, Messages.locale(), hint);
    }

    private void check() {
        if (loading) {
            return;
        }
        name.problemProperty().set(!nameTyped && name.text().isEmpty() ? null
                : TripForm.nameProblem(name.text()).map(this::error).orElse(null));
        DateTimeInput.Reading<LocalDate> firstReading = firstDayReading(firstDay.text());
        first = firstReading.value();
        DateTimeInput.Reading<LocalDate> lastReading = lastDayReading(lastDay.text(), first);
        last = lastReading.value();
        firstDay.problemProperty().set(dayProblem(firstReading));
        FieldProblem lastProblem = dayProblem(lastReading);
        if (lastProblem == null && first != null && last != null) {
            lastProblem = TripForm.daysProblem(first, last).map(this::error).orElse(null);
        }
        lastDay.problemProperty().set(lastProblem);
        for (FormField city : List.of(cityEnglish, cityFrench, cityChinese)) {
            city.problemProperty().set(TripForm.cityProblem(city.text()).map(this::error).orElse(null));
        }
        boolean daysOk = first != null && last != null && lastDay.problem() == null;
        daysText.set(daysOk ? Messages.get("tripDialog.days", ChronoUnit.DAYS.between(first, last)
                + 1, Formats.longDay(first), Formats.longDay(last), Integer.toString(last.getYear())) : "");
        note.set(daysOk ? noteFor(first, last) : "");
        valid.set(daysOk && TripForm.nameProblem(name.text()).isEmpty() && firstDay.problem() == null
                && venueZone.get() != null
                && homeZone.get() != null && !cityEnglish.hasError() && !cityFrench.hasError()
                && !cityChinese.hasError());
    }

    private FieldProblem dayProblem(DateTimeInput.Reading<LocalDate> reading) {
        return reading.isBlank() ? error(Messages.get("trip.check.daysMissing")) : reading.problem();
    }

    /** What the user should know before saving: events left outside the days, weekdays kept by a copy. */
    private String noteFor(LocalDate newFirst, LocalDate newLast) {
        if (start.purpose() == Purpose.SETTINGS && newFirst.equals(start.trip().firstDay())) {
            long outside = start.eventDays().stream().filter(d -> d.isBefore(newFirst) || d.isAfter(newLast)).count();
            return outside == 0 ? "" : Messages.get("tripDialog.outside", outside);
        }
        if (start.purpose() == Purpose.DUPLICATE && !start.eventDays().isEmpty()
                && newFirst.getDayOfWeek() != start.trip().firstDay().getDayOfWeek()) {
            return TripService.weekdayNote(start.trip().firstDay(), newFirst,
                    TripService.weekShift(start.trip().firstDay(), newFirst));
        }
        return "";
    }

    private FieldProblem error(String message) {
        return new FieldProblem(FieldProblem.Severity.ERROR, message);
    }

    public Purpose purpose() {
        return start.purpose();
    }

    /** The trip the settings or the copy start from; null for a new trip. */
    public Trip trip() {
        return start.trip();
    }

    public String title() {
        return switch (start.purpose()) {
            case NEW -> Messages.get("tripDialog.title.new");
            case SETTINGS -> Messages.get("tripDialog.title.settings");
            case DUPLICATE -> Messages.get("tripDialog.title.duplicate");
        };
    }

    public String header() {
        return switch (start.purpose()) {
            case NEW -> Messages.get("tripDialog.header.new");
            case SETTINGS -> Messages.get("tripDialog.header.settings");
            case DUPLICATE -> Messages.get("tripDialog.header.duplicate");
        };
    }

    public String okText() {
        return switch (start.purpose()) {
            case NEW -> Messages.get("tripDialog.create");
            case SETTINGS -> Messages.get("tripDialog.save");
            case DUPLICATE -> Messages.get("tripDialog.duplicate");
        };
    }

    /** A copy takes its zones, home city and members from its trip: the dialog asks only for a name and days. */
    public boolean asksForPlaces() {
        return start.purpose() != Purpose.DUPLICATE;
    }

    /** Members are ticked for a new trip; a trip's members are changed on the People page. */
    public boolean asksForMembers() {
        return start.purpose() == Purpose.NEW;
    }

    public FormField name() {
        return name;
    }

    public FormField firstDay() {
        return firstDay;
    }

    public FormField lastDay() {
        return lastDay;
    }

    public FormField cityEnglish() {
        return cityEnglish;
    }

    public FormField cityFrench() {
        return cityFrench;
    }

    public FormField cityChinese() {
        return cityChinese;
    }

    public ObjectProperty<ZoneId> venueZoneProperty() {
        return venueZone;
    }

    public ObjectProperty<ZoneId> homeZoneProperty() {
        return homeZone;
    }

    public ObservableList<Member> members() {
        return members;
    }

    /** Ids of the members ticked for the new trip. */
    public ObservableSet<Long> ticked() {
        return ticked;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** "5 days: Monday 7 – Friday 11 December 2026". */
    public ReadOnlyStringProperty daysTextProperty() {
        return daysText.getReadOnlyProperty();
    }

    /** A warning to read before saving, or "". */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** How many events the trip has (settings and copies). */
    public int eventCount() {
        return start.eventDays().size();
    }

    /** The first day of the trip as typed (only when valid). */
    public LocalDate firstDayValue() {
        return first;
    }

    /** The settings as typed; only when valid. */
    public TripForm result() {
        return new TripForm(name.text(), first, last, venueZone.get(), homeZone.get(),
                new CityNames(cityEnglish.text(), cityFrench.text(), cityChinese.text()));
    }

    /** The members ticked, in the delegation list's order. */
    public List<Long> tickedMembers() {
        Set<Long> chosen = ticked;
        return members.stream().map(Member::id).filter(chosen::contains).toList();
    }
}
