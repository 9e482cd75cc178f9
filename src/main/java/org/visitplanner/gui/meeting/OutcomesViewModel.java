package org.visitplanner.gui.meeting;

import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.meeting.MeetingService;
import org.visitplanner.logic.meeting.MeetingSheet;
import org.visitplanner.logic.undo.UndoHistory;
import org.visitplanner.model.Outcome;
import org.visitplanner.model.OutcomeType;
import org.visitplanner.model.Partnership;
import org.visitplanner.model.PartnershipStatus;
import org.visitplanner.model.PartnershipType;

/**
 * The outcomes of a meeting: added, changed, deleted and moved as undoable edits. An agreement or a consensus offers
 * to move the institution's partnership forward.
 */
public final class OutcomesViewModel {

    /** What the view asks when an agreement or consensus could move a partnership forward. */
    public record PartnershipOffer(Outcome outcome, String institution, List<Partnership> partnerships,
                                   PartnershipStatus suggested) {
    }

    private final OpenRecord record;
    private final ObservableList<Outcome> outcomes = FXCollections.observableArrayList();
    private final ObjectProperty<PartnershipOffer> partnershipOffer = new SimpleObjectProperty<>(this, "offer");

    OutcomesViewModel(OpenRecord record) {
        this.record = record;
    }

    /** Shows the outcomes of {@code sheet} (the record was opened). */
    void show(MeetingSheet sheet) {
        outcomes.setAll(sheet.outcomes());
    }

    /** Shows the outcomes read again; the list changes only where the data did (a selection stays). */
    void showNewer(MeetingSheet sheet) {
        if (!outcomes.equals(sheet.outcomes())) {
            outcomes.setAll(sheet.outcomes());
        }
    }

    public ObservableList<Outcome> items() {
        return outcomes;
    }

    /** Whether the data may only be read: the outcomes are shown, none can be added, changed or moved. */
    public ObservableBooleanValue readOnlyProperty() {
        return record.readOnlyProperty();
    }

    /** Adds an outcome, or changes {@code editing} when it is not null. False when the text is empty. */
    public boolean save(Outcome editing, OutcomeType type, String text) {
        MeetingSheet sheet = record.sheet();
        if (sheet == null || text == null || text.isBlank() || type == null) {
            record.showProblem(Messages.get("meeting.outcome.textRequired"));
            return false;
        }
        long meetingId = sheet.record().id();
        boolean typeChanged = editing == null || editing.type() != type;
        Consumer<Outcome> saved = stored -> {
            record.clearProblem();
            int index = editing == null ? -1 : OpenRecord.indexOf(outcomes, o -> o.id() == stored.id());
            if (index >= 0) {
                outcomes.set(index, stored);
            } else if (OpenRecord.indexOf(outcomes, o -> o.id() == stored.id()) < 0) {
                outcomes.add(stored);
            }
            MeetingSheet now = record.sheet();
            if (typeChanged && stored.type().movesPartnership() && now.institution() != null) {
                partnershipOffer.set(new PartnershipOffer(stored, now.institution().label(),
                        now.partnerships(), MeetingService.suggestedStatus(stored.type())));
            }
        };
        MeetingService meetings = record.meetings();
        if (editing == null) {
            record.undo().perform(meetings.addOutcomeEdit(Messages.get("undo.meeting.addOutcome",
                    OpenRecord.shortened(text)), meetingId, type, text), edit -> saved.accept(edit.created()),
                    record::fail);
        } else {
            record.undo().perform(meetings.updateOutcomeEdit(Messages.get("undo.meeting.editOutcome",
                    OpenRecord.shortened(text)), new Outcome(editing.id(), meetingId, type, text.strip(),
                    editing.position(), editing.version())), edit -> saved.accept(edit.result()), record::fail);
        }
        return true;
    }

    public void delete(Outcome outcome) {
        record.undo().perform(record.meetings().deleteOutcomeEdit(Messages.get("undo.meeting.deleteOutcome",
                OpenRecord.shortened(outcome.text())), outcome), done -> {
            record.clearProblem();
            outcomes.removeIf(o -> o.id() == outcome.id());
        }, record::fail);
    }

    public void move(Outcome outcome, int delta) {
        record.undo().perform(record.meetings().moveOutcomeEdit(Messages.get("undo.meeting.moveOutcome"),
                record.meetingId(), outcome.id(), delta), edit -> outcomes.setAll(edit.result()), record::fail);
    }

    /** The offer to update a partnership after an agreement or consensus; null when there is none. */
    public ObjectProperty<PartnershipOffer> partnershipOfferProperty() {
        return partnershipOffer;
    }

    /** The user confirmed: set {@code partnership} (null: create one of {@code newType}) to {@code status}. */
    public void acceptOffer(PartnershipOffer offer, Partnership partnership, PartnershipType newType,
                            PartnershipStatus status) {
        partnershipOffer.set(null);
        long institutionId = record.sheet().institution().id();
        String label = Messages.get("undo.meeting.partnership", offer.institution());
        MeetingService meetings = record.meetings();
        UndoHistory.Edit edit = partnership != null
                ? meetings.changePartnershipEdit(label, partnership, status, offer.outcome().id())
                : meetings.startPartnershipEdit(label, institutionId, newType, status, offer.outcome().id());
        record.undo().perform(edit, done -> {
            String sentence = Messages.get("meeting.partnership.updated", offer.institution(), Messages.of(status));
            record.state().showStatus(sentence);
            record.tell(sentence);
        }, record::fail);
    }

    public void declineOffer() {
        partnershipOffer.set(null);
    }
}
