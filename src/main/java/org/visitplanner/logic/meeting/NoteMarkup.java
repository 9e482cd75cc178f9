package org.visitplanner.logic.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The light Markdown of meeting notes, read for the preview: {@code #} headings, {@code -}/{@code *} bullets,
 * {@code 1.} numbered items, {@code >} quotes, blank lines between paragraphs, and {@code **bold**},
 * {@code *italic*} / {@code _italic_} and {@code `code`} inside a line. Anything else is plain text, shown as typed.
 */
public final class NoteMarkup {

    public enum BlockKind { HEADING, PARAGRAPH, BULLET, NUMBERED, QUOTE }

    /** A run of text with its emphasis. */
    public record Span(String text, boolean bold, boolean italic, boolean code) {
    }

    /**
     * One block of the preview.
     *
     * @param level  heading level 1–3, or the indent of a list item (0 = not indented)
     * @param marker the number of a numbered item ("3."), else ""
     */
    public record Block(BlockKind kind, int level, String marker, List<Span> spans) {
    }

    private static final Pattern HEADING = Pattern.compile("^(#{1,3})\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)[-*•]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\s*)(\\d{1,3}[.)])\\s+(.*)$");
    private static final Pattern QUOTE = Pattern.compile("^>\\s?(.*)$");
    private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|`([^`]+)`|\\*([^*\\s][^*]*?)\\*"
            + "|(?<![\\p{L}\\p{N}])_([^_\\s][^_]*?)_(?![\\p{L}\\p{N}])");

    private NoteMarkup() {
    }

    public static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : (text == null ? "" : text).split("\\R", -1)) {
            Matcher m;
            if (line.isBlank()) {
                flush(paragraph, blocks);
            } else if ((m = HEADING.matcher(line)).matches()) {
                flush(paragraph, blocks);
                blocks.add(new Block(BlockKind.HEADING, m.group(1).length(), "", spans(m.group(2))));
            } else if ((m = BULLET.matcher(line)).matches()) {
                flush(paragraph, blocks);
                blocks.add(new Block(BlockKind.BULLET, indent(m.group(1)), "", spans(m.group(2))));
            } else if ((m = NUMBERED.matcher(line)).matches()) {
                flush(paragraph, blocks);
                blocks.add(new Block(BlockKind.NUMBERED, indent(m.group(1)), m.group(2), spans(m.group(3))));
            } else if ((m = QUOTE.matcher(line)).matches()) {
                flush(paragraph, blocks);
                blocks.add(new Block(BlockKind.QUOTE, 0, "", spans(m.group(1))));
            } else {
                if (paragraph.length() > 0) {
                    paragraph.append('\n');
                }
                paragraph.append(line.strip());
            }
        }
        flush(paragraph, blocks);
        return blocks;
    }

    /**
     * The text without its markup (heading marks, list markers, emphasis), one line per block: what search shows in
     * snippets. Words stay where they were, so searching plain text finds what the notes say.
     */
    public static String plain(String text) {
        StringBuilder plain = new StringBuilder();
        for (Block block : parse(text)) {
            if (plain.length() > 0) {
                plain.append('\n');
            }
            if (block.kind() == BlockKind.NUMBERED) {
                plain.append(block.marker()).append(' ');
            }
            block.spans().forEach(span -> plain.append(span.text()));
        }
        return plain.toString();
    }

    /** The spans of one line: emphasis markers removed, their text kept. */
    public static List<Span> spans(String line) {
        List<Span> spans = new ArrayList<>();
        Matcher m = INLINE.matcher(line);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                spans.add(new Span(line.substring(at, m.start()), false, false, false));
            }
            if (m.group(1) != null) {
                spans.add(new Span(m.group(1), true, false, false));
            } else if (m.group(2) != null) {
                spans.add(new Span(m.group(2), false, false, true));
            } else {
                spans.add(new Span(m.group(3) != null ? m.group(3) : m.group(4), false, true, false));
            }
            at = m.end();
        }
        if (at < line.length()) {
            spans.add(new Span(line.substring(at), false, false, false));
        }
        return spans;
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        if (paragraph.length() > 0) {
            blocks.add(new Block(BlockKind.PARAGRAPH, 0, "", spans(paragraph.toString())));
            paragraph.setLength(0);
        }
    }

    private static int indent(String leading) {
        int width = leading.replace("\t", "    ").length();
        return Math.min(width / 2, 4);
    }
}
