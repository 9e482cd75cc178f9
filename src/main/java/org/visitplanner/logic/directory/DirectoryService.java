package org.visitplanner.logic.directory;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.Transactions;
import org.visitplanner.logic.trip.TripRepository;
import org.visitplanner.logic.undo.Creation;
import org.visitplanner.logic.undo.DeletedRows;
import org.visitplanner.logic.undo.Edits;
import org.visitplanner.logic.undo.Restorer;
import org.visitplanner.logic.undo.RowChange;
import org.visitplanner.logic.undo.RowScope;
import org.visitplanner.logic.undo.RowStore;
import org.visitplanner.logic.undo.UndoHistory;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Member;
import org.visitplanner.model.Partnership;

/**
 * Everything the directory views change: institutions (with their opening hours and closures, saved under the
 * institution's version), contacts, partnerships, delegation members and who is on which trip. Every method is one
 * transaction (or joins the caller's).
 *
 * <p>Writes carry the version the user saw and fail with {@link DataProblem.Kind#STALE} when the record moved on. The
 * {@code …Edit} methods wrap them as undoable edits ({@link Edits}): undo and redo put back exactly the rows the edit
 * changed, so the user's own edits always undo in order.
 */
public final class DirectoryService {

    /** An institution with everything its page shows: hours and closures, contacts, partnerships. */
    public record InstitutionDetail(InstitutionProfile profile, List<Contact> contacts,
                                    List<Partnership> partnerships) {
    }

    /** The whole directory at once, for tables and searches. */
    public record Directory(List<Institution> institutions, List<Contact> contacts, List<Partnership> partnerships,
                            List<Member> members) {
    }

    private final Transactions transactions;
    private final InstitutionRepository institutions;
    private final ContactRepository contacts;
    private final PartnershipRepository partnerships;
    private final MemberRepository members;
    private final TripRepository trips;
    private final Restorer restorer;
    private final PartnershipStatusRepository statusChanges;
    private final RowStore rows;

    public DirectoryService(Transactions transactions, InstitutionRepository institutions,
                            ContactRepository contacts, PartnershipRepository partnerships, MemberRepository members,
                            TripRepository trips, Restorer restorer,
                            PartnershipStatusRepository statusChanges, RowStore rows) {
        this.rows = rows;
        this.transactions = transactions;
        this.institutions = institutions;
        this.contacts = contacts;
        this.partnerships = partnerships;
        this.members = members;
        this.trips = trips;
        this.restorer = restorer;
        this.statusChanges = statusChanges;
    }

    /** Institutions, contacts, partnerships and members, read in one transaction so they agree. */
    public Directory directory() {
        return transactions.inTransaction(() -> new Directory(institutions.findAll(), contacts.findAll(),
                partnerships.findAll(), members.findAll()));
    }

    // ---- institutions

    public Optional<InstitutionProfile> profile(long institutionId) {
        return transactions.inTransaction(() -> institutions.findById(institutionId).map(i ->
                new InstitutionProfile(i, institutions.openingHours(i.id()), institutions.closures(i.id()))));
    }

    /** The institution's page, read in one transaction; empty when it is gone. */
    public Optional<InstitutionDetail> detail(long institutionId) {
        return transactions.inTransaction(() -> profile(institutionId).map(p -> new InstitutionDetail(p,
                contacts.findByInstitution(institutionId), partnerships.findByInstitution(institutionId))));
    }

    /** Stores a new institution with its opening hours and closures; returns it with its id. */
    public InstitutionProfile create(InstitutionProfile profile) {
        return transactions.inTransaction(() -> {
            Institution stored = institutions.insert(profile.institution());
            institutions.replaceOpeningHours(stored.id(), profile.openingHours());
            institutions.replaceClosures(stored.id(), profile.closures());
            return new InstitutionProfile(stored, profile.openingHours(), profile.closures());
        });
    }

    /** Saves the institution (read at its version) with its opening hours and closures; returns what is stored. */
    public InstitutionProfile save(InstitutionProfile profile) {
        return transactions.inTransaction(() -> {
            Institution stored = institutions.update(profile.institution());
            institutions.replaceOpeningHours(stored.id(), profile.openingHours());
            institutions.replaceClosures(stored.id(), profile.closures());
            return new InstitutionProfile(stored, profile.openingHours(), profile.closures());
        });
    }

    public InstitutionRepository.Links institutionLinks(long institutionId) {
        return institutions.links(institutionId);
    }

    public DeletedRows deleteInstitution(long id, int version) {
        return institutions.delete(id, version);
    }

    // ---- contacts

    /** The contact as stored now (empty when deleted). */
    public Optional<Contact> contact(long id) {
        return contacts.findById(id);
    }

    public Contact addContact(Contact contact) {
        return contacts.insert(contact);
    }

    public Contact saveContact(Contact contact) {
        return contacts.update(contact);
    }

    public ContactRepository.Links contactLinks(long contactId) {
        return contacts.links(contactId);
    }

    public DeletedRows deleteContact(long id, int version) {
        return contacts.delete(id, version);
    }

    // ---- partnerships

    /** The partnership as stored now (empty when deleted). */
    public Optional<Partnership> partnership(long id) {
        return partnerships.findById(id);
    }

    /** Stores a new partnership and notes its first status in the partnership's history. */
    public Partnership addPartnership(Partnership partnership) {
        return transactions.inTransaction(() -> {
            Partnership stored = partnerships.insert(partnership);
            statusChanges.record(stored.id(), null, stored.status(), null, OffsetDateTime.now());
            return stored;
        });
    }

    /** Saves a partnership read at its version; a new status is noted in its history. */
    public Partnership savePartnership(Partnership before, Partnership after) {
        return transactions.inTransaction(() -> {
            Partnership stored = partnerships.update(after);
            if (before.status() != after.status()) {
                statusChanges.record(stored.id(), before.status(), after.status(), null, OffsetDateTime.now());
            }
            return stored;
        });
    }

    public DeletedRows deletePartnership(long id, int version) {
        return partnerships.delete(id, version);
    }

    // ---- delegation members

    /** The member as stored now (empty when deleted). */
    public Optional<Member> member(long id) {
        return members.findById(id);
    }

    public Member addMember(Member member) {
        return members.insert(member);
    }

    public Member saveMember(Member member) {
        return members.update(member);
    }

    public MemberRepository.Links memberLinks(long memberId) {
        return members.links(memberId);
    }

    public DeletedRows deleteMember(long id, int version) {
        return members.delete(id, version);
    }

    /** The members on a trip, in delegation order. */
    public List<Member> tripMembers(long tripId) {
        return trips.members(tripId);
    }

    /** Puts a member on a trip, last in the delegation. */
    public void addToTrip(long tripId, long memberId) {
        transactions.run(() -> trips.addMember(tripId, memberId, trips.members(tripId).size()));
    }

    /** Takes a member off a trip and its events; returns what went, for undo. */
    public DeletedRows removeFromTrip(long tripId, long memberId) {
        return trips.removeMember(tripId, memberId);
    }

    // ---- undoable edits (Edit → Undo); each first apply makes the change

    static List<RowScope> institutionRows(long id) {
        return List.of(RowScope.of("INSTITUTION", "ID", id), RowScope.of("OPENING_HOURS", "INSTITUTION_ID", id),
                RowScope.of("CLOSURE", "INSTITUTION_ID", id));
    }

    /** A new institution with its hours and closures. */
    public Creation<InstitutionProfile> createEdit(String label, InstitutionProfile profile) {
        return Edits.creation(label, transactions, () -> create(profile),
                stored -> deleteInstitution(stored.id(), stored.institution().version()), restorer);
    }

    /** The institution (as the user saw it) saved with its hours and closures. */
    public RowChange<InstitutionProfile> saveEdit(String label, InstitutionProfile profile) {
        return Edits.change(label, transactions, rows, institutionRows(profile.id()), () -> save(profile));
    }

    /** The institution (as the user saw it) deleted with its contacts and partnerships; its events lose their venue. */
    public UndoHistory.Edit deleteInstitutionEdit(String label, Institution institution) {
        return Edits.deletion(label, () -> deleteInstitution(institution.id(), institution.version()), restorer);
    }

    public Creation<Contact> addContactEdit(String label, Contact contact) {
        return Edits.creation(label, transactions, () -> addContact(contact),
                stored -> deleteContact(stored.id(), stored.version()), restorer);
    }

    public RowChange<Contact> saveContactEdit(String label, Contact contact) {
        return Edits.change(label, transactions, rows, List.of(RowScope.of("CONTACT", "ID", contact.id())),
                () -> saveContact(contact));
    }

    public UndoHistory.Edit deleteContactEdit(String label, Contact contact) {
        return Edits.deletion(label, () -> deleteContact(contact.id(), contact.version()), restorer);
    }

    public Creation<Partnership> addPartnershipEdit(String label, Partnership partnership) {
        return Edits.creation(label, transactions, () -> addPartnership(partnership),
                stored -> deletePartnership(stored.id(), stored.version()), restorer);
    }

    /** A partnership saved; a new status is noted in its history (and taken out of it again by undo). */
    public RowChange<Partnership> savePartnershipEdit(String label, Partnership before, Partnership after) {
        return Edits.change(label, transactions, rows, List.of(RowScope.of("PARTNERSHIP", "ID", after.id()),
                RowScope.of("PARTNERSHIP_STATUS_CHANGE", "PARTNERSHIP_ID", after.id())),
                () -> savePartnership(before, after));
    }

    public UndoHistory.Edit deletePartnershipEdit(String label, Partnership partnership) {
        return Edits.deletion(label, () -> deletePartnership(partnership.id(), partnership.version()), restorer);
    }

    public Creation<Member> addMemberEdit(String label, Member member) {
        return Edits.creation(label, transactions, () -> addMember(member),
                stored -> deleteMember(stored.id(), stored.version()), restorer);
    }

    public RowChange<Member> saveMemberEdit(String label, Member member) {
        return Edits.change(label, transactions, rows, List.of(RowScope.of("MEMBER", "ID", member.id())),
                () -> saveMember(member));
    }

    public UndoHistory.Edit deleteMemberEdit(String label, Member member) {
        return Edits.deletion(label, () -> deleteMember(member.id(), member.version()), restorer);
    }

    /** A member put on a trip, last in the delegation. */
    public RowChange<Void> addToTripEdit(String label, long tripId, long memberId) {
        return Edits.change(label, transactions, rows, List.of(RowScope.of("TRIP_MEMBER", "TRIP_ID", tripId)), () -> {
            addToTrip(tripId, memberId);
            return null;
        });
    }

    /** A member taken off a trip and its events. */
    public UndoHistory.Edit removeFromTripEdit(String label, long tripId, long memberId) {
        return Edits.deletion(label, () -> removeFromTrip(tripId, memberId), restorer);
    }

    // ---- undo

    /** Puts back what one of the deletes here removed. */
    public void restore(DeletedRows deleted) {
        restorer.restore(deleted);
    }

    public Restorer restorer() {
        return restorer;
    }
}
