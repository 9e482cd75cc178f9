package org.visitplanner.logic.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way Visit Planner writes CSV: UTF-8 with a byte-order mark (so Excel shows accents and Chinese), a header
 * row, CRLF line ends, RFC 4180 quoting, every cell neutralised against formula injection, written atomically.
 */
public final class CsvFiles {

    /** The byte-order mark Excel needs to read UTF-8. */
    public static final char BOM = '\uFEFF';

    /** Receives the rows to write. */
    @FunctionalInterface
    public interface Rows {
        void writeTo(RowSink sink) throws IOException;
    }

    /** Where rows go; each value is shown as text ({@code null} as an empty cell). */
    @FunctionalInterface
    public interface RowSink {
        void row(List<?> values) throws IOException;
    }

    private CsvFiles() {
    }

    /** Writes {@code header} and the rows to {@code target}, replacing it only once the whole file is written. */
    public static void write(Path target, List<String> header, Rows rows) throws IOException {
        AtomicFiles.writeUserFile(target, out -> write(out, header, rows));
    }

    /** Writes the same to a stream (the caller closes it). */
    public static void write(OutputStream out, List<String> header, Rows rows) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
        printer.printRecord(header);
        rows.writeTo(values -> {
            List<String> cells = new ArrayList<>(values.size());
            for (Object value : values) {
                cells.add(SpreadsheetCells.neutralise(value == null ? "" : value.toString()));
            }
            printer.printRecord(cells);
        });
        printer.flush();
    }
}
