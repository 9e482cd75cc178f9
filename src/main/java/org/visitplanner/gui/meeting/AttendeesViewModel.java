package org.visitplanner.gui.meeting;

import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.meeting.MeetingSheet;
import org.visitplanner.model.Contact;

/**
 * Who attended a meeting: the trip's members and the institution's contacts, each ticked or not (saved when a tick
 * changes), and a person met there added to the institution's contacts.
 */
public final class AttendeesViewModel {

    /** A member or contact who may have attended. */
    public static final class Attendee {
        private final long id;
        private final String name;
        private final String detail;
        private final BooleanProperty attended = new SimpleBooleanProperty();

        Attendee(long id, String name, String detail, boolean attended) {
            this.id = id;
            this.name = name;
            this.detail = detail;
            this.attended.set(attended);
        }

        public long id() {
            return id;
        }

        public String name() {
            return name;
        }

        public String detail() {
            return detail;
        }

        public BooleanProperty attendedProperty() {
            return attended;
        }
    }

    private final OpenRecord record;
    private final ObservableList<Attendee> members = FXCollections.observableArrayList();
    private final ObservableList<Attendee> contacts = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper hasInstitution = new ReadOnlyBooleanWrapper(this, "hasInstitution");

    AttendeesViewModel(OpenRecord record) {
        this.record = record;
    }

    /** Shows the members and contacts of {@code sheet}, ticked as they attended (the record was opened). */
    void show(MeetingSheet sheet) {
        hasInstitution.set(sheet.institution() != null);
        members.setAll(sheet.tripMembers().stream().map(m -> attendee(m.id(), m.displayName(),
                Messages.of(m.role()), sheet.attendingMemberIds().contains(m.id()))).toList());
        contacts.setAll(sheet.contacts().stream().map(c -> attendee(c.id(), c.displayName(),
                c.title() == null ? "" : c.title(), sheet.attendingContactIds().contains(c.id()))).toList());
    }

    private Attendee attendee(long id, String name, String detail, boolean attended) {
        Attendee attendee = new Attendee(id, name, detail, attended);
        attendee.attendedProperty().addListener((obs, was, now) -> saveAttendance());
        return attendee;
    }

    private void saveAttendance() {
        if (!record.isLoaded()) {
            return;
        }
        long meetingId = record.meetingId();
        List<Long> memberIds = members.stream().filter(a -> a.attendedProperty().get()).map(Attendee::id).toList();
        List<Long> contactIds = contacts.stream().filter(a -> a.attendedProperty().get()).map(Attendee::id).toList();
        record.write(() -> {
            record.meetings().setAttendance(meetingId, memberIds, contactIds);
            return null;
        }, done -> { });
    }

    /** Adds a person met there to the institution's contacts, ticked as present. False when the name is missing. */
    public boolean addContact(String nameLatin, String nameChinese, String jobTitle) {
        MeetingSheet sheet = record.sheet();
        if (sheet == null || sheet.institution() == null || nameLatin == null || nameLatin.isBlank()) {
            record.showProblem(Messages.get("meeting.contact.nameRequired"));
            return false;
        }
        long meetingId = sheet.record().id();
        long institutionId = sheet.institution().id();
        record.write(() -> record.meetings().addContact(meetingId, institutionId, nameLatin, nameChinese, jobTitle),
                (Contact c) -> contacts.add(attendee(c.id(), c.displayName(), c.title() == null ? "" : c.title(),
                        true)));
        return true;
    }

    public ObservableList<Attendee> members() {
        return members;
    }

    public ObservableList<Attendee> contacts() {
        return contacts;
    }

    /** Whether the meeting is at an institution: only then can a person met there be added to its contacts. */
    public ReadOnlyBooleanProperty hasInstitutionProperty() {
        return hasInstitution.getReadOnlyProperty();
    }

    /** Whether the data may only be read: the ticks are shown, none can change. */
    public ObservableBooleanValue readOnlyProperty() {
        return record.readOnlyProperty();
    }
}
