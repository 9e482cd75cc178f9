package org.visitplanner.logic.directory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.visitplanner.logic.Transactions;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.io.CsvFiles;
import org.visitplanner.logic.io.CsvProblem;
import org.visitplanner.logic.io.CsvSheet;
import org.visitplanner.logic.undo.Edits;
import org.visitplanner.logic.undo.UndoHistory;
import org.visitplanner.model.Closure;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Institution;
import org.visitplanner.model.OpeningHours;

/**
 * The directory as CSV files: export of the institutions or the contacts, and import of such files (or of the
 * columns a user's own list is likely to have) in two steps — a {@link Preview} that reads the file and the database
 * and writes nothing, then {@link #apply} that writes the whole preview in one transaction or nothing at all.
 *
 * <p>Rows are matched to what exists by their {@code id} column, else by name ignoring accents and case (the official
 * name of an institution; the name of a contact at the same institution). Columns a file does not have keep their
 * stored values. A row that cannot be used is rejected with the reason; the others are imported.
 *
 * <p>An import reads top to bottom in three stages: {@link DirectoryCsvFile} reads the sheet into rows (no
 * database), {@link DirectoryCsvMatches} matches them to the records (handed in), and {@link #importEdit} stores the
 * result in one transaction.
 */
public final class DirectoryCsv {

    public enum What { INSTITUTIONS, CONTACTS }

    /** The columns of an exported contacts file, in order. */
    public static final List<String> CONTACT_COLUMNS = List.of(CsvColumns.ID, CsvColumns.INSTITUTION_ID,
            CsvColumns.INSTITUTION, ContactField.NAME.column(), ContactField.CHINESE_NAME.column(),
            ContactField.TITLE.column(), ContactField.EMAIL.column(), ContactField.PHONE.column(),
            ContactField.LANGUAGES.column(), ContactField.NOTES.column());

    /** A row that will add or change something: the line, the name it goes by, and what it adds or changes. */
    public record Change(int line, String name, String detail) {
    }

    /** A row that will not be imported, and why. */
    public record Rejected(int line, String reason) {
    }

    /** Something the user should know about a row that is imported (a value cut to its limit). */
    public record Note(int line, String text) {
    }

    /** What importing a file would do; nothing is written until it is {@linkplain #apply applied}. */
    public static final class Preview {
        private final What what;
        private final String source;
        final List<Change> added = new ArrayList<>();
        final List<Change> updated = new ArrayList<>();
        final List<Rejected> rejected = new ArrayList<>();
        final List<Note> rowNotes = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        int unchanged;
        final List<Write<InstitutionProfile>> institutionWrites = new ArrayList<>();
        final List<Write<Contact>> contactWrites = new ArrayList<>();

        private Preview(What what, String source) {
            this.what = what;
            this.source = source;
        }

        public What what() {
            return what;
        }

        /** The file's name, for labels. */
        public String source() {
            return source;
        }

        public List<Change> added() {
            return Collections.unmodifiableList(added);
        }

        public List<Change> updated() {
            return Collections.unmodifiableList(updated);
        }

        public List<Rejected> rejected() {
            return Collections.unmodifiableList(rejected);
        }

        /** What the user should know about the whole file: how it was read, which columns are ignored. */
        public List<String> notes() {
            return Collections.unmodifiableList(notes);
        }

        /** What the user should know about rows that are imported (values cut to their limit), by line. */
        public List<Note> rowNotes() {
            return Collections.unmodifiableList(rowNotes);
        }

        /** Rows that match a record and would change nothing. */
        public int unchanged() {
            return unchanged;
        }

        public boolean changesSomething() {
            return !added.isEmpty() || !updated.isEmpty();
        }
    }

    /** What an import did, and the edit that undoes it. */
    public record Imported(int added, int updated, int rejected, UndoHistory.Edit undo) {
    }

    /** A record to write: {@code before} is null for a new one. */
    record Write<T>(T before, T after) {
    }

    private final Transactions transactions;
    private final DirectoryService directory;
    private final InstitutionRepository institutions;
    private final ContactRepository contacts;
    private final CsvSheet.Limits limits;

    public DirectoryCsv(Transactions transactions, DirectoryService directory, InstitutionRepository institutions,
                        ContactRepository contacts, CsvSheet.Limits limits) {
        this.transactions = transactions;
        this.directory = directory;
        this.institutions = institutions;
        this.contacts = contacts;
        this.limits = limits;
    }

    /** The columns of an exported institutions file, in order. */
    public static List<String> institutionColumns() {
        List<String> columns = new ArrayList<>();
        columns.add(CsvColumns.ID);
        for (InstitutionField field : InstitutionField.values()) {
            columns.add(field.column());
        }
        return List.copyOf(columns);
    }

    // ---- export

    /** Writes every institution or every contact to {@code file} (replacing it at once); returns how many. */
    public int export(What what, Path file) throws IOException {
        return what == What.INSTITUTIONS ? exportInstitutions(file) : exportContacts(file);
    }

    private int exportInstitutions(Path file) throws IOException {
        List<InstitutionProfile> all = transactions.inTransaction(this::allProfiles);
        CsvFiles.write(file, institutionColumns(), sink -> {
            for (InstitutionProfile profile : all) {
                List<String> row = new ArrayList<>();
                row.add(Long.toString(profile.id()));
                row.addAll(InstitutionTexts.of(profile).values());
                sink.row(row);
            }
        });
        return all.size();
    }

    private int exportContacts(Path file) throws IOException {
        DirectoryService.Directory all = directory.directory();
        Map<Long, Institution> byId = all.institutions().stream()
                .collect(Collectors.toMap(Institution::id, Function.identity()));
        CsvFiles.write(file, CONTACT_COLUMNS, sink -> {
            for (Contact c : all.contacts()) {
                List<String> row = new ArrayList<>();
                row.add(Long.toString(c.id()));
                row.add(Long.toString(c.institutionId()));
                row.add(byId.get(c.institutionId()).officialName());
                row.addAll(ContactTexts.of(c).values());
                sink.row(row);
            }
        });
        return all.contacts().size();
    }

    // ---- import

    /** Reads {@code file} and works out what importing it would do; writes nothing. */
    public Preview preview(Path file) throws CsvProblem {
        CsvSheet sheet = CsvSheet.read(file, limits);
        return preview(sheet, file.getFileName().toString());
    }

    /**
     * Works out what importing {@code sheet} would do, writing nothing: the sheet is read into rows
     * ({@link DirectoryCsvFile}), then the rows are matched to the records as one transaction reads them
     * ({@link DirectoryCsvMatches}); {@link #importEdit} stores the result.
     */
    public Preview preview(CsvSheet sheet, String source) throws CsvProblem {
        DirectoryCsvFile.Read read = DirectoryCsvFile.read(sheet);
        Preview preview = new Preview(read.what(), source);
        preview.notes.addAll(read.notes());
        transactions.run(() -> {
            if (read.what() == What.INSTITUTIONS) {
                DirectoryCsvMatches.institutions(read.institutions(), allProfiles(), preview);
            } else {
                DirectoryCsvMatches.contacts(read.contacts(), directory.directory(), preview);
            }
        });
        return preview;
    }

    /**
     * Writes what {@code preview} found, all in one transaction: if anything fails (or a record changed since the
     * preview), nothing is written and the failure is thrown. The import is one undoable step ({@link #importEdit}).
     */
    public Imported apply(Preview preview) {
        UndoHistory.Edit edit = importEdit(preview);
        edit.apply();
        return new Imported(preview.added.size(), preview.updated.size(), preview.rejected.size(), edit);
    }

    /**
     * The import of what {@code preview} found as one undoable step, not yet applied: its first
     * {@link UndoHistory.Edit#apply()} writes everything in one transaction (or nothing, and throws); undo takes out
     * the records it added (with what came to hang on them since) and puts back the rows of those it updated.
     */
    public UndoHistory.Edit importEdit(Preview preview) {
        String label = Messages.get("directory.undo.import", preview.source());
        List<UndoHistory.Edit> parts = new ArrayList<>();
        for (Write<InstitutionProfile> write : preview.institutionWrites) {
            parts.add(write.before() == null ? directory.createEdit(label, write.after())
                    : directory.saveEdit(label, write.after()));
        }
        for (Write<Contact> write : preview.contactWrites) {
            parts.add(write.before() == null ? directory.addContactEdit(label, write.after())
                    : directory.saveContactEdit(label, write.after()));
        }
        return Edits.together(label, transactions, parts);
    }

    // ---- the records an import is matched to

    /** Every institution with its opening hours and closures. */
    private List<InstitutionProfile> allProfiles() {
        Map<Long, List<OpeningHours>> hours = institutions.allOpeningHours();
        Map<Long, List<Closure>> closures = institutions.allClosures();
        return institutions.findAll().stream().map(i -> new InstitutionProfile(i,
                hours.getOrDefault(i.id(), List.of()), closures.getOrDefault(i.id(), List.of()))).toList();
    }
}
