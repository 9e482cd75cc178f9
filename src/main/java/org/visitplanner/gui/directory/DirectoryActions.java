package org.visitplanner.gui.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.Problems;
import org.visitplanner.gui.common.TaskExecutor;
import org.visitplanner.gui.common.UndoActions;
import org.visitplanner.gui.team.ClashResolver;
import org.visitplanner.gui.team.LiveSave;
import org.visitplanner.logic.check.FieldChecks;
import org.visitplanner.logic.check.FieldProblemException;
import org.visitplanner.logic.directory.ContactField;
import org.visitplanner.logic.directory.ContactRepository;
import org.visitplanner.logic.directory.ContactTexts;
import org.visitplanner.logic.directory.DirectoryService;
import org.visitplanner.logic.directory.InstitutionRepository;
import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Member;
import org.visitplanner.model.MemberRole;
import org.visitplanner.model.Partnership;

/**
 * The directory's changes as the views make them: in the background, each recorded for Edit → Undo, each followed
 * by a status message and a reload of every view. Deletes first ask the user, naming what goes with the record.
 */
public final class DirectoryActions {

    /** Asks the user to confirm something; the view answers with a dialog. */
    @FunctionalInterface
    public interface Confirmation {
        boolean confirm(String question, String details);
    }

    private final TaskExecutor tasks;
    private final AppState state;
    private final UndoActions undo;
    private final DirectoryService directory;
    private ClashResolver clashes = ClashResolver.KEEP_EDITING;

    public DirectoryActions(TaskExecutor tasks, AppState state, UndoActions undo, DirectoryService directory) {
        this.tasks = tasks;
        this.state = state;
        this.undo = undo;
        this.directory = directory;
    }

    /** Tells the actions how to ask the user about fields someone else changed too (the window's dialog). */
    public void setClashResolver(ClashResolver clashes) {
        this.clashes = clashes;
    }

    public TaskExecutor tasks() {
        return tasks;
    }

    public AppState state() {
        return state;
    }

    public UndoActions undo() {
        return undo;
    }

    public DirectoryService directory() {
        return directory;
    }

    // ---- institutions

    /** Deletes an institution (as read, at its version) after confirmation; {@code onDeleted} runs after. */
    public void deleteInstitution(Institution institution, Confirmation confirmation, Runnable onDeleted) {
        tasks.run(() -> directory.institutionLinks(institution.id()), links -> {
            if (!confirmation.confirm(Messages.get("directory.confirm.deleteInstitution", institution.officialName()),
                    institutionConsequences(links))) {
                return;
            }
            undo.perform(directory.deleteInstitutionEdit(Messages.get("directory.undo.deleteInstitution",
                    institution.label()), institution), deleted -> {
                onDeleted.run();
                done(Messages.get("directory.status.deleted", institution.label()));
            }, this::fail);
        }, this::fail);
    }

    private static String institutionConsequences(InstitutionRepository.Links links) {
        List<String> lines = new ArrayList<>();
        List<String> goes = new ArrayList<>();
        if (links.contacts() > 0) {
            goes.add(Messages.get("directory.confirm.count.contacts", links.contacts()));
        }
        if (links.partnerships() > 0) {
            goes.add(Messages.get("directory.confirm.count.partnerships", links.partnerships()));
        }
        if (!goes.isEmpty()) {
            lines.add(Messages.get("directory.confirm.goesWithIt", String.join(Messages.get("directory.confirm.and"),
                    goes)));
        }
        if (links.events() > 0) {
            lines.add(Messages.get("directory.confirm.institutionEvents", links.events()));
        }
        lines.add(Messages.get("directory.confirm.undoHint"));
        return String.join("\n", lines);
    }

    // ---- contacts

    /** Stores a new contact ({@code before} null) or a changed one; {@code onSaved} gets what is stored. */
    public void saveContact(Contact before, Contact after, Consumer<Contact> onSaved) {
        if (before == null) {
            undo.perform(directory.addContactEdit(Messages.get("directory.undo.addContact", after.displayName()),
                    after), edit -> {
                onSaved.accept(edit.created());
                done(Messages.get("directory.status.saved", edit.created().displayName()));
            }, this::fail);
        } else {
            saveChangedContact(before, after, onSaved);
        }
    }

    /** Saves a changed contact; one that someone else changed meanwhile is merged with theirs and saved again. */
    private void saveChangedContact(Contact before, Contact after, Consumer<Contact> onSaved) {
        new LiveSave<Contact>(tasks, () -> clashes, "contact", Contact::displayName, DirectoryActions::contactTexts,
                typed -> directory.contact(typed.id()),
                (was, contact, saved, failed) -> undo.perform(directory.saveContactEdit(
                        Messages.get("directory.undo.editContact", contact.displayName()), contact),
                        edit -> saved.accept(edit.result()), failed),
                DirectoryActions::contactOf,
                (typed, created, failed) -> undo.perform(directory.addContactEdit(
                        Messages.get("directory.undo.addContact", typed.displayName()), typed.withId(0)),
                        edit -> created.accept(edit.created()), failed))
                .save(before, after, reported(Contact::displayName, onSaved));
    }

    private static Map<String, String> contactTexts(Contact contact) {
        Map<String, String> texts = new LinkedHashMap<>();
        ContactTexts.of(contact).forEach((field, text) -> texts.put(field.column(), text));
        return texts;
    }

    /** The merged texts over theirs; the institution is mine when I moved the contact, else theirs. */
    private static Contact contactOf(Contact before, Contact after, Contact theirs, Map<String, String> values)
            throws FieldProblemException {
        Map<ContactField, String> texts = new EnumMap<>(ContactField.class);
        for (ContactField field : ContactField.values()) {
            texts.put(field, values.get(field.column()));
        }
        long institutionId = after.institutionId() != before.institutionId() ? after.institutionId()
                : theirs.institutionId();
        return ContactTexts.apply(theirs, institutionId, texts);
    }

    public void deleteContact(Contact contact, Confirmation confirmation) {
        tasks.run(() -> directory.contactLinks(contact.id()), links -> {
            if (!confirmation.confirm(Messages.get("directory.confirm.deleteContact", contact.displayName()),
                    contactConsequences(links))) {
                return;
            }
            undo.perform(directory.deleteContactEdit(Messages.get("directory.undo.deleteContact",
                    contact.displayName()), contact),
                    deleted -> done(Messages.get("directory.status.deleted", contact.displayName())), this::fail);
        }, this::fail);
    }

    private static String contactConsequences(ContactRepository.Links links) {
        List<String> lines = new ArrayList<>();
        if (links.events() > 0) {
            lines.add(Messages.get("directory.confirm.contactEvents", links.events()));
        }
        if (links.meetings() > 0) {
            lines.add(Messages.get("directory.confirm.contactMeetings", links.meetings()));
        }
        lines.add(Messages.get("directory.confirm.undoHint"));
        return String.join("\n", lines);
    }

    // ---- partnerships

    public void savePartnership(Partnership before, Partnership after, String institutionLabel) {
        String name = Messages.get("directory.partnership.name", Messages.of(after.type()), institutionLabel);
        if (before == null) {
            undo.perform(directory.addPartnershipEdit(Messages.get("directory.undo.addPartnership", name), after),
                    stored -> done(Messages.get("directory.status.saved", name)), this::fail);
        } else {
            new LiveSave<Partnership>(tasks, () -> clashes, "partnership", p -> name,
                    DirectoryActions::partnershipTexts, typed -> directory.partnership(typed.id()),
                    (was, changed, saved, failed) -> undo.perform(directory.savePartnershipEdit(
                            Messages.get("directory.undo.editPartnership", name), was, changed),
                            edit -> saved.accept(edit.result()), failed),
                    (mine, changed, theirs, values) -> partnershipOf(theirs, changed, values),
                    (typed, created, failed) -> undo.perform(directory.addPartnershipEdit(
                            Messages.get("directory.undo.addPartnership", name), typed.withId(0)),
                            edit -> created.accept(edit.created()), failed))
                    .save(before, after, reported(p -> name, stored -> { }));
        }
    }

    /** A partnership's fields as the dialog shows them, by column (as in {@code bundle.field.*}), for a merge. */
    private static Map<String, String> partnershipTexts(Partnership p) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("type", Messages.of(p.type()));
        texts.put("status", Messages.of(p.status()));
        texts.put("since_day", p.since() == null ? "" : Formats.date(p.since()));
        texts.put("until_day", p.until() == null ? "" : Formats.date(p.until()));
        texts.put("notes", p.notes());
        return texts;
    }

    /**
     * The partnership the merged texts describe, over theirs: the type, status and days are chosen, not typed, so each
     * is mine when its text is mine, else theirs (days that would end before they start keep theirs); the notes are
     * the text the user kept or combined.
     */
    private static Partnership partnershipOf(Partnership theirs, Partnership mine, Map<String, String> values) {
        Map<String, String> my = partnershipTexts(mine);
        Map<String, String> their = partnershipTexts(theirs);
        Predicate<String> isMine = field -> !Objects.equals(values.get(field), text(their.get(field)))
                && Objects.equals(values.get(field), text(my.get(field)));
        LocalDate since = isMine.test("since_day") ? mine.since() : theirs.since();
        LocalDate until = isMine.test("until_day") ? mine.until() : theirs.until();
        if (since != null && until != null && until.isBefore(since)) {
            since = theirs.since();
            until = theirs.until();
        }
        return new Partnership(theirs.id(), theirs.institutionId(), isMine.test("type") ? mine.type() : theirs.type(),
                isMine.test("status") ? mine.status() : theirs.status(), since, until,
                FieldChecks.clean(values.get("notes")), theirs.version());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    public void deletePartnership(Partnership partnership, String institutionLabel, Confirmation confirmation) {
        String name = Messages.get("directory.partnership.name", Messages.of(partnership.type()), institutionLabel);
        if (!confirmation.confirm(Messages.get("directory.confirm.deletePartnership", name),
                Messages.get("directory.confirm.undoHint"))) {
            return;
        }
        undo.perform(directory.deletePartnershipEdit(Messages.get("directory.undo.deletePartnership", name),
                partnership), deleted -> done(Messages.get("directory.status.deleted", name)), this::fail);
    }

    // ---- delegation members

    public void saveMember(Member before, Member after, Consumer<Member> onSaved) {
        if (before == null) {
            undo.perform(directory.addMemberEdit(Messages.get("directory.undo.addMember", after.displayName()),
                    after), edit -> {
                onSaved.accept(edit.created());
                done(Messages.get("directory.status.saved", edit.created().displayName()));
            }, this::fail);
        } else {
            saveChangedMember(before, after, onSaved);
        }
    }

    /** Saves a changed member; one that someone else changed meanwhile is merged with theirs and saved again. */
    private void saveChangedMember(Member before, Member after, Consumer<Member> onSaved) {
        new LiveSave<Member>(tasks, () -> clashes, "member", Member::displayName, DirectoryActions::memberTexts,
                typed -> directory.member(typed.id()),
                (was, member, saved, failed) -> undo.perform(directory.saveMemberEdit(
                        Messages.get("directory.undo.editMember", member.displayName()), member),
                        edit -> saved.accept(edit.result()), failed),
                (mine, changed, theirs, values) -> memberOf(theirs, values),
                (typed, created, failed) -> undo.perform(directory.addMemberEdit(
                        Messages.get("directory.undo.addMember", typed.displayName()), typed.withId(0)),
                        edit -> created.accept(edit.created()), failed))
                .save(before, after, reported(Member::displayName, onSaved));
    }

    /**
     * How a dialog's save is told: saved (merged with someone else's change, or not), not saved after a clash, or
     * deleted meanwhile (the typed values saved as a new record, or kept on the clipboard); {@code onSaved} gets what
     * is stored.
     */
    private <T> LiveSave.Result<T> reported(Function<T, String> name, Consumer<T> onSaved) {
        return new LiveSave.Result<>() {
            @Override
            public void saved(T stored, boolean merged) {
                onSaved.accept(stored);
                done(Messages.get(merged ? "live.merged" : "directory.status.saved", name.apply(stored)));
            }

            @Override
            public void notSaved(T theirs) {
                state.showStatus(Messages.get("live.notSaved", name.apply(theirs)));
                state.dataChanged();
            }

            @Override
            public void deleted(T typed, T created) {
                if (created != null) {
                    onSaved.accept(created);
                }
                state.showStatus(Messages.get(created != null ? "live.gone.created" : "live.gone.copied",
                        name.apply(typed)));
                state.dataChanged();
            }

            @Override
            public void failed(Throwable failure) {
                if (failure instanceof FieldProblemException problem) {
                    state.showStatus(problem.problem().message());
                } else {
                    fail(failure);
                }
            }
        };
    }

    private static Map<String, String> memberTexts(Member m) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("name_latin", m.nameLatin());
        texts.put("name_chinese", m.nameChinese());
        texts.put("title", m.title());
        texts.put("organisation", m.organisation());
        texts.put("role", Messages.of(m.role()));
        texts.put("email", m.email());
        texts.put("phone", m.phone());
        texts.put("notes", m.notes());
        return texts;
    }

    /** The merged texts over theirs; a role text that names no role (edited in the dialog) keeps theirs. */
    private static Member memberOf(Member theirs, Map<String, String> values) {
        MemberRole role = Arrays.stream(MemberRole.values()).filter(r -> Messages.of(r).equals(values.get("role")))
                .findFirst().orElse(theirs.role());
        String name = values.get("name_latin").strip();
        return new Member(theirs.id(), name.isEmpty() ? theirs.nameLatin() : name,
                FieldChecks.clean(values.get("name_chinese")), FieldChecks.clean(values.get("title")),
                FieldChecks.clean(values.get("organisation")), role, FieldChecks.clean(values.get("email")),
                FieldChecks.clean(values.get("phone")), FieldChecks.isBlank(values.get("notes")) ? null
                : values.get("notes").strip(), theirs.version());
    }

    public void deleteMember(Member member, Confirmation confirmation) {
        tasks.run(() -> directory.memberLinks(member.id()), links -> {
            List<String> lines = new ArrayList<>();
            if (links.trips() > 0 || links.events() > 0) {
                lines.add(Messages.get("directory.confirm.memberLinks", links.trips(), links.events()));
            }
            lines.add(Messages.get("directory.confirm.undoHint"));
            if (!confirmation.confirm(Messages.get("directory.confirm.deleteMember", member.displayName()),
                    String.join("\n", lines))) {
                return;
            }
            undo.perform(directory.deleteMemberEdit(Messages.get("directory.undo.deleteMember",
                    member.displayName()), member),
                    deleted -> done(Messages.get("directory.status.deleted", member.displayName())), this::fail);
        }, this::fail);
    }

    /** Puts a member on the trip, or takes them off it (and out of its events), undoably. */
    public void setOnTrip(long tripId, Member member, boolean onTrip) {
        if (onTrip) {
            undo.perform(directory.addToTripEdit(Messages.get("directory.undo.addToTrip", member.displayName()),
                    tripId, member.id()),
                    added -> done(Messages.get("directory.status.addedToTrip", member.displayName())), this::fail);
        } else {
            undo.perform(directory.removeFromTripEdit(Messages.get("directory.undo.removeFromTrip",
                    member.displayName()), tripId, member.id()),
                    removed -> done(Messages.get("directory.status.removedFromTrip", member.displayName())),
                    this::fail);
        }
    }

    // ---- shared

    private void done(String message) {
        state.showStatus(message); // the views reload: the edit told them the data changed
    }

    /** A failure is told in the status bar; the views reload, so a record changed elsewhere shows as it now is. */
    public void fail(Throwable failure) {
        state.showStatus(Problems.describe(failure));
        state.dataChanged();
    }
}
