package org.visitplanner.logic.directory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.visitplanner.logic.check.FieldChecks;
import org.visitplanner.logic.check.FieldProblem;
import org.visitplanner.logic.check.FieldProblemException;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.io.CsvProblem;
import org.visitplanner.logic.io.CsvSheet;

/**
 * The first stage of a directory import: a CSV sheet read into plain rows, with no database. It recognises what the
 * file holds (institutions or contacts) from its header, finds the documented columns, and reads each row's texts
 * (cut to their limits, with a note), its {@code id} and, for a contact, the cells that name its institution. A row
 * that cannot be read is kept with the reason, in its place.
 */
final class DirectoryCsvFile {

    /** A sheet read: what it holds, what the user should know about the whole file, and its rows in order. */
    record Read(DirectoryCsv.What what, List<String> notes, List<Row<InstitutionField>> institutions,
                List<Row<ContactField>> contacts) {
    }

    /**
     * One row: its line, its {@code id} cell, its texts by field, for a contact the {@code institution_id} and
     * {@code institution} cells (null when the file has no such column or the cell is blank), the notes about texts
     * cut to their limit, and {@code refusal} when the row cannot be used (then nothing else counts).
     */
    record Row<F>(int line, Optional<Long> id, Map<F, String> texts, String institutionId, String institutionName,
                  List<DirectoryCsv.Note> notes, String refusal) {

        static <F> Row<F> refused(int line, String reason) {
            return new Row<>(line, Optional.empty(), Map.of(), null, null, List.of(), reason);
        }
    }

    /** Free text that may be cut to its limit; a code, a number, an address or hours cut short would be wrong. */
    private static final List<InstitutionField> CUT_INSTITUTION_FIELDS = List.of(InstitutionField.OFFICIAL_NAME,
            InstitutionField.ENGLISH_NAME, InstitutionField.CHINESE_NAME, InstitutionField.SHORT_NAME,
            InstitutionField.ADDRESS, InstitutionField.CITY, InstitutionField.COUNTRY, InstitutionField.NOTES);
    private static final List<ContactField> CUT_CONTACT_FIELDS = List.of(ContactField.NAME,
            ContactField.CHINESE_NAME, ContactField.TITLE, ContactField.LANGUAGES, ContactField.NOTES);

    private DirectoryCsvFile() {
    }

    /** Reads {@code sheet}; a file whose header is not a directory's, or repeats a column, is refused whole. */
    static Read read(CsvSheet sheet) throws CsvProblem {
        DirectoryCsv.What what = CsvColumns.recognise(sheet.header()).orElseThrow(() ->
                new CsvProblem(1, Messages.get("directory.csv.unrecognised")));
        List<String> notes = new ArrayList<>();
        if (sheet.encoding() == CsvSheet.Encoding.WINDOWS_1252) {
            notes.add(Messages.get("directory.csv.readAsWindows1252"));
        }
        Map<String, Integer> columns = columns(what, sheet.header(), notes);
        int width = sheet.header().size();
        List<Row<InstitutionField>> institutions = new ArrayList<>();
        List<Row<ContactField>> contacts = new ArrayList<>();
        for (CsvSheet.Row row : sheet.rows()) {
            if (what == DirectoryCsv.What.INSTITUTIONS) {
                institutions.add(institutionRow(row, columns, width));
            } else {
                contacts.add(contactRow(row, columns, width));
            }
        }
        return new Read(what, List.copyOf(notes), institutions, contacts);
    }

    /**
     * Column index by documented column name. A column Visit Planner does not know is ignored (and said so in
     * {@code notes}); a repeated one makes the whole file unusable (which one counts would be a guess).
     */
    private static Map<String, Integer> columns(DirectoryCsv.What what, List<String> header, List<String> notes)
            throws CsvProblem {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            Optional<String> column = what == DirectoryCsv.What.INSTITUTIONS ? CsvColumns.institutionColumn(name)
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

    private static Row<InstitutionField> institutionRow(CsvSheet.Row row, Map<String, Integer> columns, int width) {
        try {
            rejectExtraCells(row, width);
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
            List<DirectoryCsv.Note> notes = new ArrayList<>();
            for (InstitutionField field : CUT_INSTITUTION_FIELDS) {
                cut(texts, field, field.column(), field.maxLength(), row.line(), notes);
            }
            return new Row<>(row.line(), id(row, columns), texts, null, null, notes, null);
        } catch (FieldProblemException e) {
            return Row.refused(row.line(), e.getMessage());
        }
    }

    private static Row<ContactField> contactRow(CsvSheet.Row row, Map<String, Integer> columns, int width) {
        try {
            rejectExtraCells(row, width);
            Map<ContactField, String> texts = new EnumMap<>(ContactField.class);
            for (ContactField field : ContactField.values()) {
                Integer index = columns.get(field.column());
                if (index != null) {
                    texts.put(field, row.cell(index));
                }
            }
            List<DirectoryCsv.Note> notes = new ArrayList<>();
            for (ContactField field : CUT_CONTACT_FIELDS) {
                cut(texts, field, field.column(), field.maxLength(), row.line(), notes);
            }
            Optional<Long> id = id(row, columns);
            return new Row<>(row.line(), id, texts, cell(row, columns, CsvColumns.INSTITUTION_ID),
                    cell(row, columns, CsvColumns.INSTITUTION), notes, null);
        } catch (FieldProblemException e) {
            return Row.refused(row.line(), e.getMessage());
        }
    }

    /** The cell of {@code column}, or null when the file has no such column or the cell is blank. */
    private static String cell(CsvSheet.Row row, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || row.cell(index).isBlank() ? null : row.cell(index);
    }

    /**
     * Cuts the text of {@code field} to {@code max} characters (never inside a character) when it is longer, and says
     * so for the row: a spreadsheet cell longer than the form allows is imported as far as it goes.
     */
    private static <F> void cut(Map<F, String> texts, F field, String column, int max, int line,
                                List<DirectoryCsv.Note> notes) {
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
        notes.add(new DirectoryCsv.Note(line, Messages.get("directory.import.cut", column, max)));
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

    /** A positive whole number, or empty. */
    static Optional<Long> parseId(String cell) {
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

    static FieldProblemException reject(String key, Object... args) {
        return new FieldProblemException(FieldProblem.error(key, args));
    }
}
