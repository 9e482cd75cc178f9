package org.visitplanner.gui.itinerary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

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

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:\\s*[:hH.]\\s*(\\d{2})?)?|(\\d{1,2})(\\d{2})");

    private final Itinerary itinerary;
    private final Event original;
    private final boolean isNew;
    private final ObjectProperty<EventKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<Institution> institution = new SimpleObjectProperty<>(this, "institution");
    private final StringProperty location = new SimpleStringProperty(this, "location", "");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final StringProperty startText = new SimpleStringProperty(this, "startText", "");
    private final StringProperty endText = new SimpleStringProperty(this, "endText", "");
    private final ObjectProperty<EventStatus> status = new SimpleObjectProperty<>(this, "status");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObservableList<Choice> participants = FXCollections.observableArrayList();
    private final ObservableList<Choice> hosts = FXCollections.observableArrayList();
    private final StringProperty titleError = new SimpleStringProperty(this, "titleError", "");
    private final StringProperty dateError = new SimpleStringProperty(this, "dateError", "");
    private final StringProperty timeError = new SimpleStringProperty(this, "timeError", "");
    private final StringProperty peopleError = new SimpleStringProperty(this, "peopleError", "");
    private String autoLocation = "";
    private boolean validated;

    private EventDialogViewModel(Itinerary itinerary, Event original, boolean isNew) {
        this.itinerary = itinerary;
        this.original = original;
        this.isNew = isNew;
        kind.set(original.kind());
        title.set(original.title());
        date.set(itinerary.venueStart(original).toLocalDate());
        startText.set(Formats.time(itinerary.venueStart(original).toLocalTime()));
        endText.set(Formats.time(itinerary.venueEnd(original).toLocalTime()));
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
        for (StringProperty field : List.of(title, startText, endText)) {
            field.addListener((obs, was, now) -> revalidate());
        }
        date.addListener((obs, was, now) -> revalidate());
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

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty startTextProperty() {
        return startText;
    }

    public StringProperty endTextProperty() {
        return endText;
    }

    public ObjectProperty<EventStatus> statusProperty() {
        return status;
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

    public StringProperty dateErrorProperty() {
        return dateError;
    }

    public StringProperty timeErrorProperty() {
        return timeError;
    }

    public StringProperty peopleErrorProperty() {
        return peopleError;
    }

    /** When the start time is left, the end follows to keep the length (as calendars do). */
    public void startCommitted(String previousStart) {
        Optional<LocalTime> before = parseTime(previousStart);
        Optional<LocalTime> start = parseTime(startText.get());
        Optional<LocalTime> end = parseTime(endText.get());
        if (before.isPresent() && start.isPresent() && end.isPresent() && end.get().isAfter(before.get())
                && !start.get().equals(before.get())) {
            long length = java.time.Duration.between(before.get(), end.get()).toMinutes();
            LocalTime moved = start.get().plusMinutes(length);
            if (moved.isAfter(start.get())) {
                endText.set(Formats.time(moved));
            }
        }
    }

    /** Checks every field; the messages appear beside the fields. Returns the event when all is well. */
    public Optional<Event> validate() {
        validated = true;
        titleError.set(title.get().isBlank() ? Messages.get("itinerary.dialog.error.title") : "");
        Optional<LocalTime> start = parseTime(startText.get());
        Optional<LocalTime> end = parseTime(endText.get());
        if (start.isEmpty()) {
            timeError.set(Messages.get("itinerary.dialog.error.time", startText.get()));
        } else if (end.isEmpty()) {
            timeError.set(Messages.get("itinerary.dialog.error.time", endText.get()));
        } else if (!end.get().isAfter(start.get())) {
            timeError.set(Messages.get("itinerary.dialog.error.endBeforeStart"));
        } else {
            timeError.set("");
        }
        Trip trip = itinerary.trip();
        if (date.get() == null) {
            dateError.set(Messages.get("itinerary.dialog.error.date"));
        } else if (!trip.includes(date.get())) {
            dateError.set(Messages.get("itinerary.dialog.error.outsideTrip",
                    Formats.dayRange(trip.firstDay(), trip.lastDay())));
        } else {
            dateError.set("");
        }
        List<Long> who = participants.stream().filter(c -> c.chosen.get()).map(Choice::id).toList();
        peopleError.set(who.isEmpty() && !participants.isEmpty()
                ? Messages.get("itinerary.dialog.error.nobody") : "");
        if (!titleError.get().isEmpty() || !timeError.get().isEmpty() || !dateError.get().isEmpty()
                || !peopleError.get().isEmpty()) {
            return Optional.empty();
        }
        // People who were on the event but are no longer on the trip stay on it.
        List<Long> participantIds = new ArrayList<>(who);
        original.participantIds().stream()
                .filter(id -> participants.stream().noneMatch(c -> c.id() == id)).forEach(participantIds::add);
        List<Long> hostIds = hosts.stream().filter(c -> c.chosen.get()).map(Choice::id).toList();
        Institution place = institution.get();
        String where = location.get().strip();
        return Optional.of(new Event(original.id(), original.tripId(), original.uid(), kind.get(),
                title.get().strip(), LocalDateTime.of(date.get(), start.get()), LocalDateTime.of(date.get(), end.get()),
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

    /** Reads "9:30", "09:30", "9h30", "9.30", "930" or "9" as a time of day. */
    static Optional<LocalTime> parseTime(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TIME.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
        String minutes = m.group(1) != null ? m.group(2) : m.group(4);
        int minute = minutes == null ? 0 : Integer.parseInt(minutes);
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }
}
