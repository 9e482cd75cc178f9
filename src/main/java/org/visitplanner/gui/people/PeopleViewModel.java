package org.visitplanner.gui.people;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.Problems;
import org.visitplanner.gui.common.TaskExecutor;
import org.visitplanner.logic.directory.ContactRepository;
import org.visitplanner.logic.directory.InstitutionRepository;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.trip.TripRepository;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Member;
import org.visitplanner.model.Trip;

/** The delegation of the current trip and everyone we meet at institutions. */
public final class PeopleViewModel {

    public record MemberRow(long id, String nameLatin, String nameChinese, String role, String title,
                            String organisation, String email, String phone) {
    }

    public record ContactRow(long id, String nameLatin, String nameChinese, String title, String institution,
                             String email, String phone, String languages) {
    }

    private record Loaded(List<Member> members, List<Contact> contacts, Map<Long, Institution> institutions) {
    }

    private final TaskExecutor tasks;
    private final AppState state;
    private final TripRepository trips;
    private final ContactRepository contacts;
    private final InstitutionRepository institutions;

    private final ObservableList<MemberRow> memberRows = FXCollections.observableArrayList();
    private final ObservableList<ContactRow> contactRows = FXCollections.observableArrayList();

    public PeopleViewModel(TaskExecutor tasks, AppState state, TripRepository trips, ContactRepository contacts,
                           InstitutionRepository institutions) {
        this.tasks = tasks;
        this.state = state;
        this.trips = trips;
        this.contacts = contacts;
        this.institutions = institutions;
        state.currentTripProperty().addListener((obs, was, trip) -> reload());
        state.dataRevisionProperty().addListener((obs, was, revision) -> reload());
    }

    public ObservableList<MemberRow> members() {
        return memberRows;
    }

    public ObservableList<ContactRow> contacts() {
        return contactRows;
    }

    public void reload() {
        Trip trip = state.currentTrip();
        tasks.run(() -> new Loaded(trip == null ? List.of() : trips.members(trip.id()), contacts.findAll(),
                        institutions.findAll().stream().collect(Collectors.toMap(Institution::id, Function.identity()))),
                this::show, failure -> state.showStatus(Problems.describe(failure)));
    }

    private void show(Loaded loaded) {
        memberRows.setAll(loaded.members().stream().map(m -> new MemberRow(m.id(), m.nameLatin(),
                text(m.nameChinese()), Messages.of(m.role()), text(m.title()), text(m.organisation()),
                text(m.email()), text(m.phone()))).toList());
        contactRows.setAll(loaded.contacts().stream().map(c -> {
            Institution institution = loaded.institutions().get(c.institutionId());
            return new ContactRow(c.id(), c.nameLatin(), text(c.nameChinese()), text(c.title()),
                    institution == null ? "" : institution.label(), text(c.email()), text(c.phone()),
                    text(c.languages()));
        }).toList());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
