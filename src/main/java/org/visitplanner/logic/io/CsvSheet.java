package org.visitplanner.logic.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.visitplanner.logic.i18n.Messages;

/**
 * A CSV file read defensively, the counterpart of {@link CsvFiles}: the whole file must be UTF-8 (a byte-order mark
 * is skipped) — or, when it is not, plainly Windows-1252, which French Excel's "CSV (séparateur : point-virgule)"
 * writes; its size, row count and cell length are limited so that a hostile file cannot exhaust memory, the
 * delimiter is a comma or what the header uses (Excel in French writes semicolons), quotes must balance, and cells
 * neutralised against formula injection are {@linkplain SpreadsheetCells#restore restored}. Any problem is a
 * {@link CsvProblem} naming the line where it starts.
 */
public final class CsvSheet {

    /** How much a file may hold. */
    public record Limits(long maxBytes, int maxRows, int maxCellChars) {
        /** 20 MB, 10 000 rows, 100 000 characters in a cell: far beyond a directory, far below memory trouble. */
        public static final Limits DEFAULT = new Limits(20L * 1024 * 1024, 10_000, 100_000);
    }

    /** A data row with the number of the line it starts on (the header is line 1). */
    public record Row(int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell of column {@code index}, empty when the row is shorter. */
        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    private static final Pattern LINE_IN_PARSER_MESSAGE = Pattern.compile("(?:startline|line:)\\s*(\\d+)");

    /** How the file's text was written. */
    public enum Encoding { UTF_8, WINDOWS_1252 }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final List<String> header;
    private final List<Row> rows;
    private final Encoding encoding;

    private CsvSheet(List<String> header, List<Row> rows, Encoding encoding) {
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
        this.encoding = encoding;
    }

    /** UTF-8, or Windows-1252 for a file that is not UTF-8 and reads plainly as such (French Excel's CSV). */
    public Encoding encoding() {
        return encoding;
    }

    /** The column names as written in the first line, trimmed. */
    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    public static CsvSheet read(Path file, Limits limits) throws CsvProblem {
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw new CsvProblem(0, Messages.get("directory.csv.tooLarge", megabytes(size),
                        megabytes(limits.maxBytes())));
            }
            return parse(Files.readAllBytes(file), limits);
        } catch (NoSuchFileException e) {
            throw new CsvProblem(0, Messages.get("directory.csv.notFound", file.toString()));
        } catch (AccessDeniedException e) {
            throw new CsvProblem(0, Messages.get("directory.csv.notReadable", file.toString()));
        } catch (IOException e) {
            throw new CsvProblem(0, Messages.get("directory.csv.notReadable", file.toString()));
        }
    }

    public static CsvSheet parse(byte[] bytes, Limits limits) throws CsvProblem {
        if (bytes.length > limits.maxBytes()) {
            throw new CsvProblem(0, Messages.get("directory.csv.tooLarge", megabytes(bytes.length),
                    megabytes(limits.maxBytes())));
        }
        Encoding[] encoding = new Encoding[1];
        String text = decode(bytes, encoding);
        if (!text.isEmpty() && text.charAt(0) == CsvFiles.BOM) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new CsvProblem(0, Messages.get("directory.csv.empty"));
        }
        int[] lineStarts = lineStarts(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(true).get();
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        int lastLine = 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                int line = lineOf(lineStarts, record.getCharacterPosition());
                lastLine = line;
                List<String> cells = new ArrayList<>(record.size());
                for (int i = 0; i < record.size(); i++) {
                    String cell = record.get(i);
                    if (cell.length() > limits.maxCellChars()) {
                        throw new CsvProblem(line, Messages.get("directory.csv.cellTooLong", line, i + 1,
                                cell.length(), limits.maxCellChars()));
                    }
                    cells.add(SpreadsheetCells.restore(cell));
                }
                if (header == null) {
                    header = header(cells);
                } else if (!cells.stream().allMatch(String::isBlank)) {
                    if (rows.size() == limits.maxRows()) {
                        throw new CsvProblem(line, Messages.get("directory.csv.tooManyRows", limits.maxRows(), line));
                    }
                    rows.add(new Row(line, cells));
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            int line = lineInParserMessage(e).orElse(lastLine + 1);
            throw new CsvProblem(line, Messages.get("directory.csv.quotes", line));
        } catch (IOException e) {
            throw new CsvProblem(lastLine, Messages.get("directory.csv.quotes", lastLine));
        }
        return new CsvSheet(header, rows, encoding[0]);
    }

    /** The header's names, trimmed; empty names at the end (Excel leaves some) are dropped, others refused. */
    private static List<String> header(List<String> cells) throws CsvProblem {
        List<String> names = new ArrayList<>();
        for (String cell : cells) {
            names.add(cell.strip());
        }
        while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
            names.remove(names.size() - 1);
        }
        int blank = names.indexOf("");
        if (names.isEmpty()) {
            throw new CsvProblem(1, Messages.get("directory.csv.empty"));
        }
        if (blank >= 0) {
            throw new CsvProblem(1, Messages.get("directory.csv.blankColumn", blank + 1));
        }
        return names;
    }

    /**
     * Decodes strict UTF-8; a file that is not UTF-8 but plainly Windows-1252 text is read as that (and said so);
     * anything else names the line of the first byte that is not UTF-8 (a file saved as GB18030 or UTF-16).
     */
    private static String decode(byte[] bytes, Encoding[] encoding) throws CsvProblem {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new CsvProblem(1, Messages.get("directory.csv.utf16"));
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new CsvProblem(lineOfByte(bytes, i), Messages.get("directory.csv.binary"));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = lineOfByte(bytes, in.position());
            String windows = windows1252(bytes);
            if (windows == null) {
                throw new CsvProblem(line, Messages.get("directory.csv.encoding", line));
            }
            encoding[0] = Encoding.WINDOWS_1252;
            return windows;
        }
        decoder.flush(out);
        out.flip();
        encoding[0] = Encoding.UTF_8;
        return out.toString();
    }

    /**
     * The text of a file written in Windows-1252, or null when the bytes are not plainly that: a byte it does not
     * define or a control character, a well-formed UTF-8 sequence (a UTF-8 file damaged elsewhere), or runs of four
     * or more non-ASCII characters (Chinese in GB18030 or Big5; French puts one or two accented letters together).
     */
    static String windows1252(byte[] bytes) {
        String text;
        try {
            text = WINDOWS_1252.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null; // 0x81, 0x8D, 0x8F, 0x90, 0x9D: Windows-1252 has no such characters
        }
        for (int i = 0; i < bytes.length; i++) {
            int lead = bytes[i] & 0xFF;
            int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                    : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            boolean sequence = length > 0 && i + length <= bytes.length;
            for (int k = 1; sequence && k < length; k++) {
                int next = bytes[i + k] & 0xFF;
                sequence = next >= 0x80 && next <= 0xBF;
            }
            if (sequence) {
                return null; // "Ã©" is é in UTF-8: a UTF-8 file, damaged elsewhere
            }
        }
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
                return null;
            }
            run = c >= 0x80 ? run + 1 : 0;
            if (run >= 4) {
                return null;
            }
        }
        return text;
    }

    /** The delimiter the header line uses most, outside quotes: comma, semicolon or tab. */
    private static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (lineEnd) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    private static int lineOf(int[] lineStarts, long position) {
        int index = Arrays.binarySearch(lineStarts, (int) position);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    private static int lineOfByte(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static Optional<Integer> lineInParserMessage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            Matcher m = LINE_IN_PARSER_MESSAGE.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return Optional.of(Integer.parseInt(m.group(1)));
            }
        }
        return Optional.empty();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
