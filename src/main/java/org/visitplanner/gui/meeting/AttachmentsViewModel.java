package org.visitplanner.gui.meeting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.visitplanner.gui.common.Problems;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.meeting.AttachmentStore;
import org.visitplanner.logic.meeting.MeetingSheet;
import org.visitplanner.model.Attachment;

/** The files attached to a meeting: copied in, opened with the system's program, removed. */
public final class AttachmentsViewModel {

    /** An attachment with its size written for people. */
    public record AttachmentRow(Attachment attachment, String size) {
    }

    private final OpenRecord record;
    private final ObservableList<AttachmentRow> attachments = FXCollections.observableArrayList();

    AttachmentsViewModel(OpenRecord record) {
        this.record = record;
    }

    /** Shows the attachments of {@code sheet} (the record was opened). */
    void show(MeetingSheet sheet) {
        attachments.setAll(rows(sheet));
    }

    /** Shows the attachments read again; the list changes only where the data did (a selection stays). */
    void showNewer(MeetingSheet sheet) {
        List<AttachmentRow> files = rows(sheet);
        if (!attachments.equals(files)) {
            attachments.setAll(files);
        }
    }

    private static List<AttachmentRow> rows(MeetingSheet sheet) {
        return sheet.attachments().stream().map(AttachmentsViewModel::row).toList();
    }

    public ObservableList<AttachmentRow> items() {
        return attachments;
    }

    /** Whether the data may only be read: the files can be opened, none attached or removed. */
    public ObservableBooleanValue readOnlyProperty() {
        return record.readOnlyProperty();
    }

    /** Copies files in, one after another; a file that cannot be copied is named in the problem line. */
    public void attach(List<Path> files) {
        long meetingId = record.meetingId();
        for (Path file : files) {
            record.tasks().run(() -> record.meetings().attach(meetingId, file), a -> {
                attachments.add(row(a));
                record.state().dataChanged();
            }, failure -> record.showProblem(failure instanceof AttachmentStore.TooLarge
                    ? Messages.get("meeting.attachment.tooLarge", file.getFileName())
                    : Messages.get("meeting.attachment.failed", file.getFileName(), Problems.describe(failure))));
        }
    }

    public void remove(Attachment attachment) {
        record.write(() -> {
            record.meetings().removeAttachment(attachment);
            return null;
        }, done -> attachments.removeIf(r -> r.attachment().id() == attachment.id()));
    }

    /**
     * Gets an attachment ready for the system's program, in the background (an encrypted copy is decrypted first),
     * then hands the file to {@code open}; says so when the copy is missing.
     */
    public void open(Attachment attachment, Consumer<Path> open) {
        record.tasks().run(() -> {
            Path file = record.meetings().fileOf(attachment);
            return Files.isRegularFile(file) ? file : null;
        }, file -> {
            if (file == null) {
                record.showProblem(Messages.get("meeting.attachment.missing", attachment.fileName()));
            } else {
                open.accept(file);
            }
        }, record::fail);
    }

    static AttachmentRow row(Attachment attachment) {
        return new AttachmentRow(attachment, Sizes.human(attachment.sizeBytes()));
    }
}
