package org.visitplanner.gui.itinerary;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.visitplanner.gui.common.TypedField;
import org.visitplanner.logic.check.DateTimeInput;
import org.visitplanner.logic.check.FieldProblem;
import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.itinerary.Itinerary;
import org.visitplanner.logic.text.TextFold;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Event;
import org.visitplanner.model.EventKind;
import org.visitplanner.model.EventStatus;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Member;
import org.visitplanner.model.Trip;

/**
 * The event dialog's state: every field as the user typed it, the problems with it (shown beside the fields, the text
 * kept), and the event it makes once valid.
 */
public final class EventDialogViewModel {

    /** A person who can be ticked: a participant or a host. */
    public static final class Choice {
        private final long id;
        private final String name;
        private final BooleanProperty chosen = new SimpleBooleanProperty(this, "chosen");

        Choice(long id, String name, boolean chosen) {
            this.id = id;
            this.name = name;
            this.chosen.set(chosen);
        }

        public long id() {
            return id;
        }

        public String name() {
            return name;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }
    }

    private final Itinerary itinerary;
    private final Event original;
    private final boolean isNew;
    private final ObjectProperty<EventKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<Institution> institution = new SimpleObjectProperty<>(this, "institution");
    private final StringProperty location = new SimpleStringProperty(this, "location", "");
    private final TypedField<LocalDate> date;
    private final TypedField<LocalTime> start = TypedField.time().required()
            .understoodAs(time -> Messages.get("entry.time.startsAt", DateTimeInput.text(time)));
    private final TypedField<LocalTime> end = TypedField.time().required()
            .understoodAs(time -> Messages.get("entry.time.endsAt", DateTimeInput.text(time)));
    private final ObjectProperty<EventStatus> status = new SimpleObjectProperty<>(this, "status");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObservableList<String> changes = FXCollections.observableArrayList();
    private final ObservableList<Choice> participants = FXCollections.observableArrayList();
    private final ObservableList<Choice> hosts = FXCollections.observableArrayList();
    private final StringProperty titleError = new SimpleStringProperty(this, "titleError", "");
    private final StringProperty peopleError = new SimpleStringProperty(this, "peopleError", "");
    private String autoLocation = "";
    private boolean validated;

    private EventDialogViewModel(Itinerary itinerary, Event original, boolean isNew) {
        this.itinerary = itinerary;
        this.original = original;
        this.isNew = isNew;
        kind.set(original.kind());
        title.set(original.title());
        Trip trip = itinerary.trip();
        // A day typed without a year is in the trip; the day must be one of the trip's.
        date = TypedField.date(() -> DateTimeInput.YearHint.within(trip.firstDay(), trip.lastDay())).required()
                .rule(day -> trip.includes(day) ? Optional.empty() : Optional.of(FieldProblem.error(
                        "itinerary.dialog.error.outsideTrip", Formats.dayRange(trip.firstDay(), trip.lastDay()))));
        date.load(itinerary.venueStart(original).toLocalDate());
        start.load(itinerary.venueStart(original).toLocalTime());
        end.load(itinerary.venueEnd(original).toLocalTime());
        end.rule(time -> start.value().filter(from -> !time.isAfter(from))
                .map(from -> FieldProblem.error("itinerary.dialog.error.endBeforeStart")));
        start.field().textProperty().addListener((obs, was, now) -> end.recheck());
        status.set(original.status());
        notes.set(original.notes() == null ? "" : original.notes());
        location.set(original.location() == null ? "" : original.location());
        institution.set(itinerary.institution(original.institutionId()).orElse(null));
        autoLocation = institution.get() == null ? "" : institution.get().fullAddress();
        for (Member member : itinerary.members()) {
            participants.add(new Choice(member.id(), member.displayName(),
                    original.participantIds().contains(member.id())));
        }
        fillHosts(original.hostIds());
        institution.addListener((obs, was, now) -> institutionChanged(now));
        title.addListener((obs, was, now) -> revalidate());
    }

    /** A new event on {@code day} at {@code start} (one hour long), the whole delegation taking part. */
    public static EventDialogViewModel forNew(Itinerary itinerary, LocalDate day, LocalTime start) {
        LocalTime end = start.isAfter(LocalTime.of(22, 59)) ? LocalTime.of(23, 59) : start.plusHours(1);
        Trip trip = itinerary.trip();
        Event blank = new Event(0, trip.id(), newUid(), EventKind.MEETING, "", LocalDateTime.of(day, start),
                LocalDateTime.of(day, end), trip.venueZone(), null, null, EventStatus.PLANNED, null,
                itinerary.members().stream().map(Member::id).toList(), List.of(), 0);
        return new EventDialogViewModel(itinerary, blank, true);
    }

    /** The dialog for an event of the itinerary. */
    public static EventDialogViewModel forEvent(Itinerary itinerary, Event event) {
        return new EventDialogViewModel(itinerary, event, false);
    }

    /** A fresh uid for an event made in the app (it survives export to calendar files and back). */
    public static String newUid() {
        return UUID.randomUUID() + "@visitplanner";
    }

    private void fillHosts(List<Long> chosen) {
        hosts.clear();
        Institution place = institution.get();
        if (place != null) {
            for (Contact contact : itinerary.contactsOf(place.id())) {
                String name = contact.displayName()
                        + (contact.title() == null || contact.title().isBlank() ? "" : " — " + contact.title());
                hosts.add(new Choice(contact.id(), name, chosen.contains(contact.id())));
            }
        }
    }

    private void institutionChanged(Institution now) {
        // Picking an institution fills the location with its address, unless the user wrote a place of their own.
        String address = now == null ? "" : now.fullAddress();
        if (location.get().isBlank() || location.get().equals(autoLocation)) {
            location.set(address);
        }
        autoLocation = address;
        fillHosts(List.of());
    }

    /** The institutions matching a search (name in any language, short name, city), by official name. */
    public List<Institution> institutionsMatching(String query) {
        return itinerary.institutions().stream()
                .filter(i -> TextFold.contains(String.join(" ", Objects.toString(i.officialName(), ""),
                        Objects.toString(i.englishName(), ""), Objects.toString(i.chineseName(), ""),
                        Objects.toString(i.shortName(), ""), Objects.toString(i.city(), "")), query))
                .toList();
    }

    public boolean isNew() {
        return isNew;
    }

    /** The trip's days, for the date picker. */
    public Trip trip() {
        return itinerary.trip();
    }

    public ObjectProperty<EventKind> kindProperty() {
        return kind;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<Institution> institutionProperty() {
        return institution;
    }

    public StringProperty locationProperty() {
        return location;
    }

    /** The day, typed or picked in the calendar (shown in words under the field). */
    public TypedField<LocalDate> date() {
        return date;
    }

    public TypedField<LocalTime> start() {
        return start;
    }

    public TypedField<LocalTime> end() {
        return end;
    }

    public ObjectProperty<EventStatus> statusProperty() {
        return status;
    }

    /** Who changed the event and its meeting record, and when, newest first (none for a new event). */
    public ObservableList<String> changes() {
        return changes;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableList<Choice> participants() {
        return participants;
    }

    public ObservableList<Choice> hosts() {
        return hosts;
    }

    public StringProperty titleErrorProperty() {
        return titleError;
    }

    public StringProperty peopleErrorProperty() {
        return peopleError;
    }

    /** When the start time is left, the end follows to keep the length (as calendars do). */
    public void startCommitted(String previousStart) {
        Optional<LocalTime> before = Optional.ofNullable(DateTimeInput.time(previousStart, Messages.locale()).value());
        Optional<LocalTime> from = start.value();
        Optional<LocalTime> until = Optional.ofNullable(DateTimeInput.time(end.field().text(), Messages.locale())
                .value());
        if (before.isPresent() && from.isPresent() && until.isPresent() && until.get().isAfter(before.get())
                && !from.get().equals(before.get())) {
            long length = Duration.between(before.get(), until.get()).toMinutes();
            LocalTime moved = from.get().plusMinutes(length);
            if (moved.isAfter(from.get())) {
                end.set(moved);
            }
        }
    }

    /** Checks every field; the messages appear beside the fields. Returns the event when all is well. */
    public Optional<Event> validate() {
        validated = true;
        titleError.set(title.get().isBlank() ? Messages.get("itinerary.dialog.error.title") : "");
        Trip trip = itinerary.trip();
        List<Long> who = participants.stream().filter(c -> c.chosen.get()).map(Choice::id).toList();
        peopleError.set(who.isEmpty() && !participants.isEmpty()
                ? Messages.get("itinerary.dialog.error.nobody") : "");
        if (!titleError.get().isEmpty() || date.hasError() || start.hasError() || end.hasError()
                || !peopleError.get().isEmpty()) {
            return Optional.empty(); // the date and time fields say what is wrong as it is typed
        }
        // People who were on the event but are no longer on the trip stay on it.
        List<Long> participantIds = new ArrayList<>(who);
        original.participantIds().stream()
                .filter(id -> participants.stream().noneMatch(c -> c.id() == id)).forEach(participantIds::add);
        List<Long> hostIds = hosts.stream().filter(c -> c.chosen.get()).map(Choice::id).toList();
        Institution place = institution.get();
        String where = location.get().strip();
        return Optional.of(new Event(original.id(), original.tripId(), original.uid(), kind.get(),
                title.get().strip(), LocalDateTime.of(date.value().orElseThrow(), start.value().orElseThrow()),
                LocalDateTime.of(date.value().orElseThrow(), end.value().orElseThrow()),
                trip.venueZone(), place == null ? null : place.id(), where.isEmpty() ? null : where, status.get(),
                notes.get().isBlank() ? null : notes.get().strip(), participantIds, hostIds, original.version()));
    }

    /** The event as it was when the dialog opened. */
    public Event original() {
        return original;
    }

    private void revalidate() {
        if (validated) {
            validate(); // once the user has tried to save, messages follow the typing
        }
    }
}
