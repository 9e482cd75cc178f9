package org.visitplanner.gui.planner;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.visitplanner.gui.common.FormField;
import org.visitplanner.logic.check.FieldProblem;
import org.visitplanner.logic.check.FieldProblemException;
import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.itinerary.Itinerary;
import org.visitplanner.logic.planner.VisitTexts;
import org.visitplanner.model.AllowedDays;
import org.visitplanner.model.EventKind;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Member;
import org.visitplanner.model.Trip;
import org.visitplanner.model.VisitToPlace;

/**
 * The "To place" dialog's state: a visit's fields as typed (read by the same {@link VisitTexts} as the visits CSV),
 * the problem with each (shown under it, the text kept), what the days typed are understood as, and the visit it
 * makes once valid.
 */
public final class VisitDialogViewModel {

    /** A member who can be ticked; none ticked is the whole delegation. */
    public static final class Attendee {
        private final Member member;
        private final BooleanProperty chosen = new SimpleBooleanProperty(this, "chosen");

        Attendee(Member member, boolean chosen) {
            this.member = member;
            this.chosen.set(chosen);
        }

        public String name() {
            return member.displayName();
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }
    }

    /** A choice of the "after" box: another visit of the trip, or none. */
    public record Earlier(Long visitId, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final Itinerary itinerary;
    private final VisitToPlace original;
    private final boolean isNew;
    private final FormField title = new FormField();
    private final FormField minutes = new FormField();
    private final FormField days = new FormField();
    private final FormField earliest = new FormField();
    private final FormField latest = new FormField();
    private final FormField preferred = new FormField();
    private final StringProperty location = new SimpleStringProperty(this, "location", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObjectProperty<Institution> institution = new SimpleObjectProperty<>(this, "institution");
    private final ObjectProperty<EventKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<Earlier> after = new SimpleObjectProperty<>(this, "after");
    private final ObservableList<Attendee> attendees = FXCollections.observableArrayList();
    private final ObservableList<Institution> institutions = FXCollections.observableArrayList();
    private final ObservableList<Earlier> earlierChoices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper daysUnderstood = new ReadOnlyStringWrapper(this, "daysUnderstood", "");
    private boolean validated;

    private VisitDialogViewModel(Itinerary itinerary, List<VisitToPlace> visits, VisitToPlace original,
                                 boolean isNew) {
        this.itinerary = itinerary;
        this.original = original;
        this.isNew = isNew;
        title.load(original.title());
        minutes.load(VisitTexts.minutes(original.minutes()));
        days.load(VisitTexts.days(original.days()));
        earliest.load(VisitTexts.time(original.earliest()));
        latest.load(VisitTexts.time(original.latest()));
        preferred.load(original.preferredFrom() == null ? ""
                : Formats.timeRange(original.preferredFrom(), original.preferredTo()));
        location.set(original.location() == null ? "" : original.location());
        notes.set(original.notes() == null ? "" : original.notes());
        kind.set(original.kind());
        institutions.add(null);
        institutions.addAll(itinerary.institutions().stream()
                .sorted(Comparator.comparing(Institution::label, String.CASE_INSENSITIVE_ORDER)).toList());
        institution.set(itinerary.institution(original.institutionId()).orElse(null));
        for (Member member : itinerary.members()) {
            attendees.add(new Attendee(member, original.memberIds().contains(member.id())));
        }
        Earlier none = new Earlier(null, Messages.get("planner.dialog.afterNone"));
        earlierChoices.add(none);
        for (VisitToPlace other : visits) {
            if (other.id() != original.id()) {
                String place = itinerary.institution(other.institutionId()).map(Institution::label).orElse("");
                earlierChoices.add(new Earlier(other.id(), place.isEmpty() ? other.title()
                        : other.title() + " · " + place));
            }
        }
        after.set(earlierChoices.stream().filter(e -> Objects.equals(e.visitId(), original.afterId())).findFirst()
                .orElse(none));
        for (FormField field : List.of(title, minutes, days, earliest, latest, preferred)) {
            field.textProperty().addListener((obs, was, now) -> revalidate());
        }
        days.textProperty().addListener((obs, was, now) -> understandDays());
        understandDays();
    }

    /** A new visit to place on the itinerary's trip: an hour long, the whole delegation. */
    public static VisitDialogViewModel forNew(Itinerary itinerary, List<VisitToPlace> visits) {
        VisitToPlace blank = new VisitToPlace(0, itinerary.trip().id(), null, null, EventKind.MEETING, "", 60,
                AllowedDays.ANY, null, null, null, null, null, null, null, List.of(), 0);
        return new VisitDialogViewModel(itinerary, visits, blank, true);
    }

    public static VisitDialogViewModel forVisit(Itinerary itinerary, List<VisitToPlace> visits, VisitToPlace visit) {
        return new VisitDialogViewModel(itinerary, visits, visit, false);
    }

    public boolean isNew() {
        return isNew;
    }

    public VisitToPlace original() {
        return original;
    }

    public Trip trip() {
        return itinerary.trip();
    }

    public FormField title() {
        return title;
    }

    public FormField minutes() {
        return minutes;
    }

    public FormField days() {
        return days;
    }

    public FormField earliest() {
        return earliest;
    }

    public FormField latest() {
        return latest;
    }

    public FormField preferred() {
        return preferred;
    }

    public StringProperty locationProperty() {
        return location;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObjectProperty<Institution> institutionProperty() {
        return institution;
    }

    /** The institutions to choose from, "none" (null) first. */
    public ObservableList<Institution> institutions() {
        return institutions;
    }

    public ObjectProperty<EventKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Earlier> afterProperty() {
        return after;
    }

    public ObservableList<Earlier> earlierChoices() {
        return earlierChoices;
    }

    public ObservableList<Attendee> attendees() {
        return attendees;
    }

    /** The days typed, as understood: "Tuesday, Wednesday" (or "any day of the trip"). */
    public ReadOnlyStringProperty daysUnderstoodProperty() {
        return daysUnderstood.getReadOnlyProperty();
    }

    private void understandDays() {
        try {
            AllowedDays read = VisitTexts.days(days.text(), itinerary.trip());
            daysUnderstood.set(read.any() ? Messages.get("planner.dialog.anyDay")
                    : Messages.get("planner.dialog.daysRead", VisitTexts.days(read)));
        } catch (FieldProblemException e) {
            daysUnderstood.set("");
        }
    }

    private void revalidate() {
        if (validated) {
            validate(); // once the user has tried to save, the messages follow the typing
        }
    }

    /** The visit the fields make, or empty with each problem shown under its field (the text is kept). */
    public Optional<VisitToPlace> validate() {
        validated = true;
        String titleValue = read(title, () -> VisitTexts.title(title.text()));
        Integer minutesValue = read(minutes, () -> VisitTexts.minutes(minutes.text()));
        AllowedDays daysValue = read(days, () -> VisitTexts.days(days.text(), itinerary.trip()));
        LocalTime start = read(earliest, () -> VisitTexts.time(earliest.text()).orElse(null));
        boolean startRead = !earliest.hasError();
        LocalTime end = read(latest, () -> VisitTexts.time(latest.text()).orElse(null));
        LocalTime[] window = startRead && !latest.hasError() ? new LocalTime[] {start, end} : null;
        if (window != null && start != null && end != null && !end.isAfter(start)) {
            latest.problemProperty().set(FieldProblem.error("planner.field.windowOrder", Formats.time(start),
                    Formats.time(end)));
            window = null;
        }
        LocalTime[] preferredValue = read(preferred, () -> VisitTexts.preferred(preferred.text()));
        if (window != null && minutesValue != null && window[0] != null && window[1] != null
                && window[1].isBefore(window[0].plusMinutes(minutesValue))) {
            minutes.problemProperty().set(FieldProblem.error("planner.field.longerThanWindow.sentence",
                    VisitTexts.minutes(minutesValue), VisitTexts.time(window[0]), VisitTexts.time(window[1])));
            minutesValue = null;
        }
        if (titleValue == null || minutesValue == null || daysValue == null || window == null
                || preferredValue == null) {
            return Optional.empty();
        }
        List<Long> who = new ArrayList<>();
        for (int i = 0; i < attendees.size(); i++) {
            if (attendees.get(i).chosenProperty().get()) {
                who.add(itinerary.members().get(i).id());
            }
        }
        if (who.size() == attendees.size()) {
            who.clear(); // everyone ticked is the whole delegation, who also includes those added later
        }
        Institution at = institution.get();
        String place = location.get() == null || location.get().isBlank() ? null : location.get().strip();
        String text = notes.get() == null || notes.get().isBlank() ? null : notes.get().strip();
        return Optional.of(new VisitToPlace(original.id(), itinerary.trip().id(), at == null ? null : at.id(), place,
                kind.get() == null ? EventKind.MEETING : kind.get(), titleValue, minutesValue, daysValue, window[0],
                window[1], preferredValue[0], preferredValue[1], after.get() == null ? null : after.get().visitId(),
                original.eventId(), text, who, original.version()));
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read() throws FieldProblemException;
    }

    private static <T> T read(FormField field, Reader<T> reader) {
        try {
            T value = reader.read();
            field.problemProperty().set(null);
            return value;
        } catch (FieldProblemException e) {
            field.problemProperty().set(e.problem());
            return null;
        }
    }
}
