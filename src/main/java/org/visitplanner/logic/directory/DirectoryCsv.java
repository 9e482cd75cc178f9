package org.visitplanner.logic.directory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.visitplanner.logic.Transactions;
import org.visitplanner.logic.check.FieldChecks;
import org.visitplanner.logic.check.FieldProblem;
import org.visitplanner.logic.check.FieldProblemException;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.io.CsvFiles;
import org.visitplanner.logic.io.CsvProblem;
import org.visitplanner.logic.io.CsvSheet;
import org.visitplanner.logic.text.TextFold;
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
        private final List<Change> added = new ArrayList<>();
        private final List<Change> updated = new ArrayList<>();
        private final List<Rejected> rejected = new ArrayList<>();
        private final List<Note> rowNotes = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private int unchanged;
        private final List<Write<InstitutionProfile>> institutionWrites = new ArrayList<>();
        private final List<Write<Contact>> contactWrites = new ArrayList<>();

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
    private record Write<T>(T before, T after) {
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

    /** Works out what importing {@code sheet} would do; writes nothing. */
    public Preview preview(CsvSheet sheet, String source) throws CsvProblem {
        What what = CsvColumns.recognise(sheet.header()).orElseThrow(() ->
                new CsvProblem(1, Messages.get("directory.csv.unrecognised")));
        Preview preview = new Preview(what, source);
        if (sheet.encoding() == CsvSheet.Encoding.WINDOWS_1252) {
            preview.notes.add(Messages.get("directory.csv.readAsWindows1252"));
        }
        Map<String, Integer> columns = columns(what, sheet.header(), preview.notes);
        transactions.run(() -> {
            if (what == What.INSTITUTIONS) {
                previewInstitutions(sheet, columns, preview);
            } else {
                previewContacts(sheet, columns, preview);
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

    /**
     * Column index by documented column name. A column Visit Planner does not know is ignored (and said so in
     * {@code notes}); a repeated one makes the whole file unusable (which one counts would be a guess).
     */
    private static Map<String, Integer> columns(What what, List<String> header, List<String> notes)
            throws CsvProblem {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            Optional<String> column = what == What.INSTITUTIONS ? CsvColumns.institutionColumn(name)
                    : CsvColumns.contactColumn(name);
            if (column.isEmpty()) {
                notes.add(Messages.get("directory.csv.ignoredColumn", name));
                continue;
            }
            if (columns.put(column.get(), i) != null) {
                throw new CsvProblem(1, Messages.get("directory.csv.repeatedColumn", name));
            }
        }
        boolean coordinatesTwice = columns.containsKey(CsvColumns.COORDINATES)
                && (columns.containsKey(InstitutionField.LATITUDE.column())
                || columns.containsKey(InstitutionField.LONGITUDE.column()));
        if (coordinatesTwice) {
            throw new CsvProblem(1, Messages.get("directory.csv.repeatedColumn", CsvColumns.COORDINATES));
        }
        return columns;
    }

    // ---- institutions

    private List<InstitutionProfile> allProfiles() {
        Map<Long, List<OpeningHours>> hours = institutions.allOpeningHours();
        Map<Long, List<Closure>> closures = institutions.allClosures();
        return institutions.findAll().stream().map(i -> new InstitutionProfile(i,
                hours.getOrDefault(i.id(), List.of()), closures.getOrDefault(i.id(), List.of()))).toList();
    }

    private void previewInstitutions(CsvSheet sheet, Map<String, Integer> columns, Preview preview) {
        List<InstitutionProfile> existing = allProfiles();
        Map<Long, InstitutionProfile> byId = existing.stream()
                .collect(Collectors.toMap(InstitutionProfile::id, Function.identity()));
        Map<String, List<InstitutionProfile>> byName = existing.stream()
                .collect(Collectors.groupingBy(p -> TextFold.fold(p.institution().officialName())));
        Map<Long, Integer> lineOfExisting = new HashMap<>();
        Map<String, Integer> lineOfNewName = new HashMap<>();

        for (CsvSheet.Row row : sheet.rows()) {
            try {
                Map<InstitutionField, String> texts = institutionTexts(row, columns, sheet.header().size());
                for (InstitutionField field : CUT_INSTITUTION_FIELDS) {
                    cut(texts, field, field.column(), field.maxLength(), row.line(), preview);
                }
                String name = texts.getOrDefault(InstitutionField.OFFICIAL_NAME, "");
                InstitutionProfile match = matchInstitution(row, columns, name, byId, byName);
                if (match == null && FieldChecks.isBlank(name)) {
                    throw reject("directory.import.noName");
                }
                if (match != null) {
                    Integer earlier = lineOfExisting.putIfAbsent(match.id(), row.line());
                    if (earlier != null) {
                        throw reject("directory.import.sameAsLine", earlier);
                    }
                } else {
                    Integer earlier = lineOfNewName.putIfAbsent(TextFold.fold(name), row.line());
                    if (earlier != null) {
                        throw reject("directory.import.sameAsLine", earlier);
                    }
                }
                InstitutionProfile base = match != null ? match : InstitutionProfile.blank();
                InstitutionProfile after = InstitutionTexts.apply(base, checked(base, texts));
                if (match == null) {
                    preview.added.add(new Change(row.line(), after.institution().officialName(),
                            Objects.toString(after.institution().city(), "")));
                    preview.institutionWrites.add(new Write<>(null, after));
                    continue;
                }
                Map<InstitutionField, String> was = InstitutionTexts.of(match);
                Map<InstitutionField, String> now = InstitutionTexts.of(after);
                if (was.equals(now)) {
                    preview.unchanged++;
                } else {
                    preview.updated.add(new Change(row.line(), after.institution().officialName(),
                            changedColumns(was, now)));
                    preview.institutionWrites.add(new Write<>(match, after));
                }
            } catch (FieldProblemException e) {
                preview.rowNotes.removeIf(note -> note.line() == row.line());
                preview.rejected.add(new Rejected(row.line(), e.getMessage()));
            }
        }
    }

    private static Map<InstitutionField, String> institutionTexts(CsvSheet.Row row, Map<String, Integer> columns,
                                                                  int headerSize) throws FieldProblemException {
        rejectExtraCells(row, headerSize);
        Map<InstitutionField, String> texts = new EnumMap<>(InstitutionField.class);
        for (InstitutionField field : InstitutionField.values()) {
            Integer index = columns.get(field.column());
            if (index != null) {
                texts.put(field, row.cell(index));
            }
        }
        Integer coordinates = columns.get(CsvColumns.COORDINATES);
        if (coordinates != null) {
            String cell = row.cell(coordinates);
            if (FieldChecks.isBlank(cell)) {
                texts.put(InstitutionField.LATITUDE, "");
                texts.put(InstitutionField.LONGITUDE, "");
            } else {
                try {
                    var parsed = CoordinatesFormat.parse(cell);
                    texts.put(InstitutionField.LATITUDE, CoordinatesFormat.decimal(parsed.latitude()));
                    texts.put(InstitutionField.LONGITUDE, CoordinatesFormat.decimal(parsed.longitude()));
                } catch (FieldProblemException e) {
                    throw reject("directory.import.field", CsvColumns.COORDINATES, e.problem().message());
                }
            }
        }
        return texts;
    }

    /** The texts, or the first problem as "column: problem". */
    private static Map<InstitutionField, String> checked(InstitutionProfile base, Map<InstitutionField, String> texts)
            throws FieldProblemException {
        for (Map.Entry<InstitutionField, FieldProblem> problem : InstitutionTexts.checkAll(base, texts).entrySet()) {
            if (problem.getValue().isError()) {
                throw reject("directory.import.field", problem.getKey().column(), problem.getValue().message());
            }
        }
        return texts;
    }

    private static InstitutionProfile matchInstitution(CsvSheet.Row row, Map<String, Integer> columns, String name,
                                                       Map<Long, InstitutionProfile> byId,
                                                       Map<String, List<InstitutionProfile>> byName)
            throws FieldProblemException {
        List<InstitutionProfile> named = FieldChecks.isBlank(name) ? List.of()
                : byName.getOrDefault(TextFold.fold(name), List.of());
        Optional<Long> id = id(row, columns);
        InstitutionProfile byItsId = id.map(byId::get).orElse(null);
        if (byItsId != null) {
            boolean nameIsAnother = !named.isEmpty() && named.stream().noneMatch(p -> p.id() == byItsId.id());
            if (nameIsAnother) {
                throw reject("directory.import.idAndNameDisagree", id.get(), byItsId.institution().officialName(),
                        name.strip());
            }
            return byItsId;
        }
        if (named.size() > 1) {
            throw reject("directory.import.ambiguousName", name.strip());
        }
        return named.isEmpty() ? null : named.get(0);
    }

    // ---- contacts

    private void previewContacts(CsvSheet sheet, Map<String, Integer> columns, Preview preview) {
        DirectoryService.Directory all = directory.directory();
        Map<Long, Institution> institutionsById = all.institutions().stream()
                .collect(Collectors.toMap(Institution::id, Function.identity()));
        Map<Long, Contact> byId = all.contacts().stream().collect(Collectors.toMap(Contact::id, Function.identity()));
        Map<Long, Integer> lineOfExisting = new HashMap<>();
        Map<String, Integer> lineOfNew = new HashMap<>();

        for (CsvSheet.Row row : sheet.rows()) {
            try {
                rejectExtraCells(row, sheet.header().size());
                Map<ContactField, String> texts = new EnumMap<>(ContactField.class);
                for (ContactField field : ContactField.values()) {
                    Integer index = columns.get(field.column());
                    if (index != null) {
                        texts.put(field, row.cell(index));
                    }
                }
                for (ContactField field : CUT_CONTACT_FIELDS) {
                    cut(texts, field, field.column(), field.maxLength(), row.line(), preview);
                }
                Contact byItsId = id(row, columns).map(byId::get).orElse(null);
                Institution institution = institutionOf(row, columns, all.institutions(), institutionsById);
                if (institution == null && byItsId == null) {
                    throw reject("directory.import.noInstitution");
                }
                long institutionId = institution != null ? institution.id() : byItsId.institutionId();
                String name = texts.getOrDefault(ContactField.NAME, "");
                Contact match = byItsId;
                if (match == null && !FieldChecks.isBlank(name)) {
                    List<Contact> named = all.contacts().stream().filter(c -> c.institutionId() == institutionId
                            && TextFold.same(c.nameLatin(), name)).toList();
                    if (named.size() > 1) {
                        throw reject("directory.import.ambiguousName", name.strip());
                    }
                    match = named.isEmpty() ? null : named.get(0);
                }
                if (match == null && FieldChecks.isBlank(name)) {
                    throw reject("directory.import.noName");
                }
                Integer earlier = match != null ? lineOfExisting.putIfAbsent(match.id(), row.line())
                        : lineOfNew.putIfAbsent(institutionId + ":" + TextFold.fold(name), row.line());
                if (earlier != null) {
                    throw reject("directory.import.sameAsLine", earlier);
                }
                for (Map.Entry<ContactField, FieldProblem> problem : ContactTexts.checkAll(texts).entrySet()) {
                    if (problem.getValue().isError()) {
                        throw reject("directory.import.field", problem.getKey().column(),
                                problem.getValue().message());
                    }
                }
                Contact base = match != null ? match : ContactTexts.blank(institutionId);
                Contact after = ContactTexts.apply(base, institutionId, texts);
                String at = institutionsById.get(institutionId).label();
                if (match == null) {
                    preview.added.add(new Change(row.line(), after.displayName(), at));
                    preview.contactWrites.add(new Write<>(null, after));
                } else if (after.equals(match)) {
                    preview.unchanged++;
                } else {
                    Map<String, String> old = contactColumns(match, institutionsById);
                    Map<String, String> now = contactColumns(after, institutionsById);
                    preview.updated.add(new Change(row.line(), after.displayName(), changedColumns(old, now)));
                    preview.contactWrites.add(new Write<>(match, after));
                }
            } catch (FieldProblemException e) {
                preview.rowNotes.removeIf(note -> note.line() == row.line());
                preview.rejected.add(new Rejected(row.line(), e.getMessage()));
            }
        }
    }

    /** The institution a contacts row names by {@code institution_id} or by one of its names; null if none. */
    private static Institution institutionOf(CsvSheet.Row row, Map<String, Integer> columns, List<Institution> all,
                                             Map<Long, Institution> byId) throws FieldProblemException {
        Integer idColumn = columns.get(CsvColumns.INSTITUTION_ID);
        if (idColumn != null && !row.cell(idColumn).isBlank()) {
            String cell = row.cell(idColumn).strip();
            Institution institution = parseId(cell).map(byId::get).orElse(null);
            if (institution == null) {
                throw reject("directory.import.unknownInstitutionId", cell);
            }
            return institution;
        }
        Integer nameColumn = columns.get(CsvColumns.INSTITUTION);
        if (nameColumn == null || row.cell(nameColumn).isBlank()) {
            return null;
        }
        String name = row.cell(nameColumn);
        List<Function<Institution, String>> names = List.of(Institution::officialName, Institution::shortName,
                Institution::englishName, Institution::chineseName);
        for (Function<Institution, String> nameOf : names) {
            List<Institution> found = all.stream().filter(i -> TextFold.same(nameOf.apply(i), name)).toList();
            if (found.size() == 1) {
                return found.get(0);
            }
            if (found.size() > 1) {
                throw reject("directory.import.ambiguousInstitution", name.strip());
            }
        }
        throw reject("directory.import.unknownInstitution", name.strip());
    }

    private static Map<String, String> contactColumns(Contact c, Map<Long, Institution> institutionsById) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put(CsvColumns.INSTITUTION, institutionsById.get(c.institutionId()).officialName());
        ContactTexts.of(c).forEach((field, text) -> columns.put(field.column(), text));
        return columns;
    }

    // ---- shared

    /** Free text that may be cut to its limit; a code, a number, an address or hours cut short would be wrong. */
    private static final List<InstitutionField> CUT_INSTITUTION_FIELDS = List.of(InstitutionField.OFFICIAL_NAME,
            InstitutionField.ENGLISH_NAME, InstitutionField.CHINESE_NAME, InstitutionField.SHORT_NAME,
            InstitutionField.ADDRESS, InstitutionField.CITY, InstitutionField.COUNTRY, InstitutionField.NOTES);
    private static final List<ContactField> CUT_CONTACT_FIELDS = List.of(ContactField.NAME,
            ContactField.CHINESE_NAME, ContactField.TITLE, ContactField.LANGUAGES, ContactField.NOTES);

    /**
     * Cuts the text of {@code field} to {@code max} characters (never inside a character) when it is longer, and says
     * so for the row: a spreadsheet cell longer than the form allows is imported as far as it goes.
     */
    private static <F> void cut(Map<F, String> texts, F field, String column, int max, int line, Preview preview) {
        String text = texts.get(field);
        if (text == null || text.strip().length() <= max) {
            return;
        }
        String stripped = text.strip();
        int end = max;
        if (Character.isHighSurrogate(stripped.charAt(end - 1))) {
            end--;
        }
        texts.put(field, stripped.substring(0, end).strip());
        preview.rowNotes.add(new Note(line, Messages.get("directory.import.cut", column, max)));
    }

    private static Optional<Long> id(CsvSheet.Row row, Map<String, Integer> columns) throws FieldProblemException {
        Integer index = columns.get(CsvColumns.ID);
        if (index == null || row.cell(index).isBlank()) {
            return Optional.empty();
        }
        String cell = row.cell(index).strip();
        Optional<Long> id = parseId(cell);
        if (id.isEmpty()) {
            throw reject("directory.import.badId", cell);
        }
        return id;
    }

    private static Optional<Long> parseId(String cell) {
        try {
            long id = Long.parseLong(cell.strip());
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A row with text in cells beyond the header's columns is refused: which column it belongs to is a guess. */
    private static void rejectExtraCells(CsvSheet.Row row, int headerSize) throws FieldProblemException {
        if (row.cells().size() > headerSize
                && row.cells().subList(headerSize, row.cells().size()).stream().anyMatch(c -> !c.isBlank())) {
            throw reject("directory.import.extraCells");
        }
    }

    private static <K> String changedColumns(Map<K, String> before, Map<K, String> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((key, value) -> {
            if (!Objects.equals(before.get(key), value)) {
                changed.add(key instanceof InstitutionField f ? f.column() : key.toString());
            }
        });
        return String.join(", ", changed);
    }

    private static FieldProblemException reject(String key, Object... args) {
        return new FieldProblemException(FieldProblem.error(key, args));
    }
}
