package org.visitplanner.gui.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.ChangeLines;
import org.visitplanner.gui.common.DataArea;
import org.visitplanner.gui.directory.ContactEditor;
import org.visitplanner.gui.directory.DirectoryActions;
import org.visitplanner.logic.check.FieldProblemException;
import org.visitplanner.logic.directory.DirectoryService;
import org.visitplanner.logic.history.HistoryRepository;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.text.TextFold;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Member;
import org.visitplanner.model.Trip;

/**
 * The people of the directory: delegation members (with a tick for those on the current trip, who come first, in
 * delegation order) and every contact at an institution. One search box filters both, ignoring accents and case.
 */
public final class PeopleViewModel {

    /** A delegation member; {@code onTrip} is ticked for members of the current trip (ticking adds or removes). */
    public record MemberRow(Member member, String nameLatin, String nameChinese, String role, String title,
                            String organisation, String email, String phone, BooleanProperty onTrip,
                            String searchText) {
    }

    public record ContactRow(Contact contact, String nameLatin, String nameChinese, String title, String institution,
                             String email, String phone, String languages, String searchText) {
    }

    private record Loaded(DirectoryService.Directory directory, List<Member> tripMembers) {
    }

    private final DirectoryActions actions;
    private final HistoryRepository history;
    private final ObservableList<MemberRow> memberRows = FXCollections.observableArrayList();
    private final ObservableList<ContactRow> contactRows = FXCollections.observableArrayList();
    private final FilteredList<MemberRow> members = new FilteredList<>(memberRows);
    private final FilteredList<ContactRow> contacts = new FilteredList<>(contactRows);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyStringWrapper tripNote = new ReadOnlyStringWrapper(this, "tripNote", "");
    private List<Institution> institutions = List.of();

    /** {@code history} gives a member's recorded changes, shown in the member's dialog. */
    public PeopleViewModel(DirectoryActions actions, HistoryRepository history) {
        this.actions = actions;
        this.history = history;
        actions.state().currentTripProperty().addListener((obs, was, trip) -> reload());
        actions.state().revisionProperty(DataArea.PEOPLE).addListener((obs, was, revision) -> reload());
        search.addListener((obs, was, now) -> filter());
    }

    /** The window's shared state: whether the data may only be read, the notices. */
    public AppState state() {
        return actions.state();
    }

    public ObservableList<MemberRow> members() {
        return members;
    }

    public ObservableList<ContactRow> contacts() {
        return contacts;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** "4 of 4 members are on SJTU / SPEIT delegation…", or a hint when no trip is chosen. */
    public ReadOnlyStringProperty tripNoteProperty() {
        return tripNote.getReadOnlyProperty();
    }

    public boolean hasTrip() {
        return actions.state().currentTrip() != null;
    }

    public void reload() {
        Trip trip = actions.state().currentTrip();
        actions.tasks().run(() -> new Loaded(actions.directory().directory(),
                trip == null ? List.of() : actions.directory().tripMembers(trip.id())), this::show, actions::fail);
    }

    private void show(Loaded loaded) {
        Trip trip = actions.state().currentTrip();
        List<Long> onTrip = loaded.tripMembers().stream().map(Member::id).toList();
        List<Member> ordered = new ArrayList<>(loaded.directory().members());
        ordered.sort(Comparator.comparingInt((Member m) -> onTrip.contains(m.id()) ? onTrip.indexOf(m.id())
                : Integer.MAX_VALUE));
        List<MemberRow> rows = new ArrayList<>();
        for (Member m : ordered) {
            BooleanProperty ticked = new SimpleBooleanProperty(onTrip.contains(m.id()));
            ticked.addListener((obs, was, now) -> {
                if (trip != null && now != onTrip.contains(m.id())) {
                    actions.setOnTrip(trip.id(), m, now);
                }
            });
            rows.add(new MemberRow(m, m.nameLatin(), text(m.nameChinese()), Messages.of(m.role()), text(m.title()),
                    text(m.organisation()), text(m.email()), text(m.phone()), ticked,
                    fold(m.nameLatin(), m.nameChinese(), m.title(), m.organisation(), m.email())));
        }
        memberRows.setAll(rows);

        institutions = loaded.directory().institutions();
        Map<Long, Institution> byId = institutions.stream()
                .collect(Collectors.toMap(Institution::id, Function.identity()));
        contactRows.setAll(loaded.directory().contacts().stream().map(c -> {
            Institution at = byId.get(c.institutionId());
            return new ContactRow(c, c.nameLatin(), text(c.nameChinese()), text(c.title()), at.label(),
                    text(c.email()), text(c.phone()), text(c.languages()),
                    fold(c.nameLatin(), c.nameChinese(), c.title(), c.email(), at.officialName(), at.shortName(),
                            at.chineseName()));
        }).toList());
        tripNote.set(trip == null ? Messages.get("directory.people.noTrip")
                : Messages.get("directory.people.onTrip", onTrip.size(), trip.name()));
        filter();
    }

    private void filter() {
        List<String> words = Arrays.stream(TextFold.fold(search.get()).split(" ")).filter(w -> !w.isEmpty()).toList();
        members.setPredicate(row -> words.stream().allMatch(row.searchText()::contains));
        contacts.setPredicate(row -> words.stream().allMatch(row.searchText()::contains));
    }

    // ---- members

    /** The dialog's state for {@code row} (null: a new member); a member's changes arrive from the data thread. */
    public MemberEditor memberEditor(MemberRow row) {
        MemberEditor editor = new MemberEditor(row == null ? null : row.member());
        if (row != null) {
            long id = row.member().id();
            actions.tasks().run(() -> history.ofMember(id),
                    changes -> editor.changes().setAll(changes.stream().map(ChangeLines::line).toList()),
                    actions::fail);
        }
        return editor;
    }

    /** Saves the dialog's member; a new member is put on the current trip too. */
    public void saveMember(MemberEditor editor) {
        Trip trip = actions.state().currentTrip();
        boolean isNew = editor.before() == null;
        actions.saveMember(editor.before(), editor.result(), stored -> {
            if (isNew && trip != null) {
                actions.setOnTrip(trip.id(), stored, true);
            }
        });
    }

    public void deleteMember(MemberRow row, DirectoryActions.Confirmation confirmation) {
        actions.deleteMember(row.member(), confirmation);
    }

    // ---- contacts

    /** A dialog for a new contact ({@code row} null) or for the row's; the institution is chosen in it. */
    public ContactEditor contactEditor(ContactRow row) {
        List<ContactEditor.InstitutionChoice> choices = institutions.stream()
                .map(i -> new ContactEditor.InstitutionChoice(i.id(), i.label()))
                .sorted(Comparator.comparing(c -> TextFold.fold(c.label()))).toList();
        return new ContactEditor(row == null ? null : row.contact(), row == null ? 0 : row.contact().institutionId(),
                choices);
    }

    public void saveContact(ContactEditor editor) throws FieldProblemException {
        actions.saveContact(editor.before(), editor.result(), stored -> { });
    }

    public void deleteContact(ContactRow row, DirectoryActions.Confirmation confirmation) {
        actions.deleteContact(row.contact(), confirmation);
    }

    private static String fold(String... texts) {
        return Arrays.stream(texts).filter(Objects::nonNull).map(TextFold::fold).collect(Collectors.joining("\n"));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
