package org.visitplanner.logic.bundle;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The records of a trip as a bundle carries them, and a bundle's records merged into the data. */
public interface BundleRepository {

    /**
     * The trip's records and all they refer to, in the order they must be written (referred records first). Records
     * leaving for the first time get their global id, and their base (what they left with); call in a transaction.
     *
     * @param attachmentPaths filled with each attachment's key → where its copy is, relative to the data folder
     */
    List<BundleRecord> export(long tripId, Map<String, String> attachmentPaths);

    /** The trip's name, by its key in a bundle (for the messages). */
    String tripName(List<BundleRecord> records);

    /**
     * Merges {@code records} into the data (call in a transaction): a record not here is added; a record here gets
     * each field the bundle changed since the record's base and this database did not; a field both changed to
     * different values is a clash, kept as here unless {@code takeBundle} says to take the bundle's value. Every
     * record's base becomes the bundle's values. A record deleted on one side stays deleted, or is deleted here,
     * unless the other side changed it since: then it is a clash about the whole record ({@link Clash#WHOLE_RECORD}),
     * kept as here unless {@code takeBundle} says otherwise. A trip deleted here comes back whole.
     *
     * @param attachments stores the content of an attachment that arrives, for the meeting of the given local id
     */
    Merged merge(List<BundleRecord> records, Predicate<Clash> takeBundle, AttachmentFiles attachments);

    /** Where the content of an attachment that arrives is stored. */
    interface AttachmentFiles {
        /** Stores the file of {@code sha256} named {@code fileName} for meeting {@code meetingId}; its stored path. */
        String store(long meetingId, String sha256, String fileName);
    }

    /** What a merge did. */
    record Merged(long tripId, int added, int changed, int deleted, List<Clash> clashes) {
    }
}
