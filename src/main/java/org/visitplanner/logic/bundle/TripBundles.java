package org.visitplanner.logic.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.Transactions;
import org.visitplanner.logic.meeting.AttachmentNames;
import org.visitplanner.logic.meeting.AttachmentStore;

/**
 * A trip as a file: {@code bundle export} and {@code bundle import}, File → Open trip file…. An import reads and
 * checks the whole file first; the merge is then one transaction (all or nothing), with the attachments that arrive
 * copied in beside it and removed again if it fails.
 */
public final class TripBundles {

    /** What an import did: the trip, how many records were added, changed and deleted, and the clashes to decide. */
    public record Imported(long tripId, int added, int changed, int deleted, List<Clash> clashes) {
    }

    private final Transactions transactions;
    private final BundleRepository repository;
    private final AttachmentStore attachments;

    public TripBundles(Transactions transactions, BundleRepository repository, AttachmentStore attachments) {
        this.transactions = transactions;
        this.repository = repository;
        this.attachments = attachments;
    }

    /** Writes trip {@code tripId} with all it needs to {@code out}; returns how many records it holds. */
    public int export(long tripId, Path out) throws IOException {
        Map<String, String> paths = new HashMap<>();
        List<BundleRecord> records = transactions.inTransaction(() -> repository.export(tripId, paths));
        Map<String, Path> files = new LinkedHashMap<>();
        for (BundleRecord record : records) {
            if (record.kind().equals("attachment")) {
                files.put(record.values().get("sha256"), attachments.openable(paths.get(record.key())));
            }
        }
        BundleFile.write(out, records, files);
        return records.size();
    }

    /** Reads and checks a bundle whole (nothing is written); close it once imported. */
    public BundleFile.Bundle read(Path file) {
        return BundleFile.read(file, BundleFile.Limits.DEFAULT);
    }

    /**
     * Merges a checked bundle into the data; each clash keeps this database's value unless {@code takeBundle} says to
     * take the bundle's. Importing the same bundle again changes nothing (and decides its clashes again: the window
     * merges once, shows the clashes, then merges again with the user's choices).
     */
    public Imported merge(BundleFile.Bundle bundle, Predicate<Clash> takeBundle) {
        List<Path> stored = new ArrayList<>();
        BundleRepository.AttachmentFiles files = (meetingId, sha256, fileName) -> {
            try {
                Path named = Files.createDirectories(bundle.folder().resolve("named-" + stored.size()))
                        .resolve(AttachmentNames.sanitise(fileName));
                Files.copy(bundle.files().get(sha256), named);
                AttachmentStore.Stored copy = attachments.copyIn(meetingId, named);
                stored.add(attachments.resolve(copy.storedPath()));
                return copy.storedPath();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        try {
            BundleRepository.Merged merged = transactions.inTransaction(
                    () -> repository.merge(bundle.records(), takeBundle, files));
            return new Imported(merged.tripId(), merged.added(), merged.changed(), merged.deleted(),
                    merged.clashes());
        } catch (RuntimeException e) {
            for (Path copy : stored) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // a copy left behind is only an unused file
                }
            }
            if (e instanceof UncheckedIOException io) {
                throw new DataProblem(DataProblem.Kind.OTHER, String.valueOf(io.getCause().getMessage()), io);
            }
            throw e;
        }
    }
}
