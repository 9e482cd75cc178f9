package org.visitplanner.gui.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.visitplanner.gui.common.TypedField;
import org.visitplanner.logic.check.DateTimeInput;
import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.meeting.MeetingService;
import org.visitplanner.logic.meeting.MeetingSheet;
import org.visitplanner.model.ActionItem;
import org.visitplanner.model.ActionStatus;
import org.visitplanner.model.Member;

/**
 * The action items of a meeting, each with an owner among the trip's members and a due date: added, changed, ticked
 * off, deleted and moved as undoable edits.
 */
public final class ActionItemsViewModel {

    /** An action item with its owner's name, as the list shows it. */
    public record ActionRow(ActionItem item, String owner, String due, boolean overdue) {
    }

    private final OpenRecord record;
    private final ObservableList<ActionRow> actions = FXCollections.observableArrayList();
    private final ObservableList<Member> owners = FXCollections.observableArrayList();
    /** The due date in the action form: a date without a year is in this year. */
    private final TypedField<LocalDate> due;

    ActionItemsViewModel(OpenRecord record) {
        this.record = record;
        this.due = TypedField.date(() -> DateTimeInput.YearHint.yearOf(LocalDate.now(record.scheduler().clock())));
    }

    /** Shows the trip's members as owners and the action items of {@code sheet} (the record was opened). */
    void show(MeetingSheet sheet) {
        owners.setAll(sheet.tripMembers());
        showActions(sheet.actions());
    }

    /** Shows the action items read again; the list changes only where the data did (a selection stays). */
    void showNewer(MeetingSheet sheet) {
        if (!actions.stream().map(ActionRow::item).toList().equals(sheet.actions())) {
            showActions(sheet.actions());
        }
    }

    public ObservableList<ActionRow> items() {
        return actions;
    }

    /** The trip's members, who may own an action item. */
    public ObservableList<Member> owners() {
        return owners;
    }

    /** Whether the data may only be read: the items are shown, none can be added, changed or moved. */
    public ObservableBooleanValue readOnlyProperty() {
        return record.readOnlyProperty();
    }

    /** The due date typed in the action form. */
    public TypedField<LocalDate> due() {
        return due;
    }

    /**
     * Adds an action item, or changes {@code editing}, due on the date of {@link #due()}. False when the text is
     * empty or the due date cannot be read (it says why under the field and keeps the text; nothing is saved).
     */
    public boolean save(ActionItem editing, String text, Member owner, ActionStatus status) {
        if (!record.isLoaded() || text == null || text.isBlank()) {
            record.showProblem(Messages.get("meeting.action.textRequired"));
            return false;
        }
        if (due.hasError()) {
            return false;
        }
        LocalDate dueOn = due.value().orElse(null);
        long meetingId = record.meetingId();
        Long ownerId = owner == null ? null : owner.id();
        MeetingService meetings = record.meetings();
        if (editing == null) {
            record.undo().perform(meetings.addActionEdit(Messages.get("undo.meeting.addAction",
                    OpenRecord.shortened(text)), meetingId, text, ownerId, dueOn), edit -> saved(edit.created()),
                    record::fail);
        } else {
            record.undo().perform(meetings.updateActionEdit(Messages.get("undo.meeting.editAction",
                    OpenRecord.shortened(text)), new ActionItem(editing.id(), meetingId, text.strip(), ownerId,
                    dueOn, status == null ? editing.status() : status, editing.position(), editing.version())),
                    edit -> saved(edit.result()), record::fail);
        }
        return true;
    }

    public void setStatus(ActionItem item, ActionStatus status) {
        if (item.status() != status) {
            record.undo().perform(record.meetings().updateActionEdit(Messages.get("undo.meeting.actionStatus",
                    OpenRecord.shortened(item.text())), item.withStatus(status)), edit -> saved(edit.result()),
                    record::fail);
        }
    }

    public void delete(ActionItem item) {
        record.undo().perform(record.meetings().deleteActionEdit(Messages.get("undo.meeting.deleteAction",
                OpenRecord.shortened(item.text())), item), done -> {
            record.clearProblem();
            actions.removeIf(r -> r.item().id() == item.id());
        }, record::fail);
    }

    public void move(ActionItem item, int delta) {
        record.undo().perform(record.meetings().moveActionEdit(Messages.get("undo.meeting.moveAction"),
                record.meetingId(), item.id(), delta), edit -> showActions(edit.result()), record::fail);
    }

    /** The owner of an action item among the trip's members, for the edit form. */
    public Member owner(ActionItem item) {
        return item.ownerMemberId() == null ? null : owners.stream()
                .filter(m -> m.id() == item.ownerMemberId()).findFirst().orElse(null);
    }

    private void saved(ActionItem saved) {
        record.clearProblem();
        List<ActionItem> items = new ArrayList<>(actions.stream().map(ActionRow::item).toList());
        int index = OpenRecord.indexOf(items, a -> a.id() == saved.id());
        if (index >= 0) {
            items.set(index, saved);
        } else {
            items.add(saved);
        }
        showActions(items);
    }

    private void showActions(List<ActionItem> items) {
        LocalDate today = LocalDate.now(record.scheduler().clock());
        actions.setAll(items.stream().map(a -> new ActionRow(a, ownerName(a.ownerMemberId()),
                a.due() == null ? "" : Formats.date(a.due()), a.overdueOn(today))).toList());
    }

    private String ownerName(Long memberId) {
        return memberId == null ? "" : owners.stream().filter(m -> m.id() == memberId).map(Member::displayName)
                .findFirst().orElse("");
    }
}
