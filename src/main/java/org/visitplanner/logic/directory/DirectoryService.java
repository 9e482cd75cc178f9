package org.visitplanner.logic.directory;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.Transactions;
import org.visitplanner.logic.trip.TripRepository;
import org.visitplanner.logic.undo.DeletedRows;
import org.visitplanner.logic.undo.Restorer;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Member;
import org.visitplanner.model.Partnership;

/**
 * Everything the directory views change: institutions (with their opening hours and closures, saved under the
 * institution's version), contacts, partnerships, delegation members and who is on which trip. Every method is one
 * transaction (or joins the caller's).
 *
 * <p>Two kinds of writes: {@code save…} and {@code delete…(id, version)} carry the version the user saw and fail with
 * {@link DataProblem.Kind#STALE} when the record moved on; {@code overwrite…} and {@code delete…(id)} act on the
 * current version, for undo and redo of the user's own changes.
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

    public DirectoryService(Transactions transactions, InstitutionRepository institutions,
                            ContactRepository contacts, PartnershipRepository partnerships, MemberRepository members,
                            TripRepository trips, Restorer restorer,
                            PartnershipStatusRepository statusChanges) {
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

    /** Writes {@code values} over the institution whatever its current version (undo and redo of an edit). */
    public InstitutionProfile overwrite(InstitutionProfile values) {
        return transactions.inTransaction(() -> {
            Institution current = institutions.findById(values.id()).orElseThrow(() -> gone("institution", values.id()));
            Institution i = values.institution();
            return save(new InstitutionProfile(new Institution(i.id(), i.officialName(), i.englishName(),
                    i.chineseName(), i.shortName(), i.kind(), i.relation(), i.address(), i.postcode(), i.city(),
                    i.country(), i.coordinates(), i.website(), i.phone(), i.notes(), current.version()),
                    values.openingHours(), values.closures()));
        });
    }

    public InstitutionRepository.Links institutionLinks(long institutionId) {
        return institutions.links(institutionId);
    }

    public DeletedRows deleteInstitution(long id, int version) {
        return institutions.delete(id, version);
    }

    public DeletedRows deleteInstitution(long id) {
        return transactions.inTransaction(() -> institutions.delete(id,
                institutions.findById(id).orElseThrow(() -> gone("institution", id)).version()));
    }

    // ---- contacts

    public Contact addContact(Contact contact) {
        return contacts.insert(contact);
    }

    public Contact saveContact(Contact contact) {
        return contacts.update(contact);
    }

    public Contact overwriteContact(Contact values) {
        return transactions.inTransaction(() -> {
            Contact current = contacts.findById(values.id()).orElseThrow(() -> gone("contact", values.id()));
            return contacts.update(new Contact(values.id(), values.institutionId(), values.nameLatin(),
                    values.nameChinese(), values.title(), values.email(), values.phone(), values.languages(),
                    values.notes(), current.version()));
        });
    }

    public ContactRepository.Links contactLinks(long contactId) {
        return contacts.links(contactId);
    }

    public DeletedRows deleteContact(long id, int version) {
        return contacts.delete(id, version);
    }

    public DeletedRows deleteContact(long id) {
        return transactions.inTransaction(() -> contacts.delete(id,
                contacts.findById(id).orElseThrow(() -> gone("contact", id)).version()));
    }

    // ---- partnerships

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

    /** Writes {@code values} over the partnership whatever its version (undo and redo); notes a status change. */
    public Partnership overwritePartnership(Partnership values) {
        return transactions.inTransaction(() -> {
            Partnership current = partnerships.findById(values.id())
                    .orElseThrow(() -> gone("partnership", values.id()));
            return savePartnership(current, new Partnership(values.id(), values.institutionId(), values.type(),
                    values.status(), values.since(), values.until(), values.notes(), current.version()));
        });
    }

    public DeletedRows deletePartnership(long id, int version) {
        return partnerships.delete(id, version);
    }

    public DeletedRows deletePartnership(long id) {
        return transactions.inTransaction(() -> partnerships.delete(id,
                partnerships.findById(id).orElseThrow(() -> gone("partnership", id)).version()));
    }

    // ---- delegation members

    public Member addMember(Member member) {
        return members.insert(member);
    }

    public Member saveMember(Member member) {
        return members.update(member);
    }

    public Member overwriteMember(Member values) {
        return transactions.inTransaction(() -> {
            Member current = members.findById(values.id()).orElseThrow(() -> gone("member", values.id()));
            return members.update(new Member(values.id(), values.nameLatin(), values.nameChinese(), values.title(),
                    values.organisation(), values.role(), values.email(), values.phone(), values.notes(),
                    current.version()));
        });
    }

    public MemberRepository.Links memberLinks(long memberId) {
        return members.links(memberId);
    }

    public DeletedRows deleteMember(long id, int version) {
        return members.delete(id, version);
    }

    public DeletedRows deleteMember(long id) {
        return transactions.inTransaction(() -> members.delete(id,
                members.findById(id).orElseThrow(() -> gone("member", id)).version()));
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

    // ---- undo

    /** Puts back what one of the deletes here removed. */
    public void restore(DeletedRows deleted) {
        restorer.restore(deleted);
    }

    public Restorer restorer() {
        return restorer;
    }

    private static DataProblem gone(String what, long id) {
        return new DataProblem(DataProblem.Kind.STALE, what + " " + id, null);
    }
}
