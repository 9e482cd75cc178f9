package org.visitplanner.gui.common;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Duration;

/**
 * Text that fits its room without a word cut in two: lines broken between words only (as each language breaks
 * lines: between words in French, between characters in Chinese), a text too long for its lines ending with an
 * ellipsis after a whole word, and the full text one hover away.
 */
public final class TextFits {

    public static final String ELLIPSIS = "…";
    /** The property of a label whose text was fitted by {@link #lines}: the whole text, before fitting. */
    public static final String FULL_TEXT = "visitplanner.fullText";

    private TextFits() {
    }

    /**
     * {@code text} in at most {@code maxLines} lines no wider than {@code maxWidth}, broken between words only. When
     * it does not all fit, the last line shown ends with an ellipsis right after a whole word; a word wider than a
     * line is never cut: the text stops before it (a lone ellipsis when nothing fits).
     *
     * @param width the width of a string in the font used (see {@link #widthIn(Font)})
     */
    public static List<String> lines(String text, double maxWidth, int maxLines, ToDoubleFunction<String> width,
                                     Locale language) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank() || maxLines < 1) {
            return lines;
        }
        List<String> pieces = pieces(text.strip(), language);
        StringBuilder line = new StringBuilder();
        boolean overflow = false;
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            boolean hardBreak = piece.endsWith("\n");
            String candidate = line + piece.replace("\n", "");
            if (width.applyAsDouble(candidate.stripTrailing()) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
            } else if (line.length() > 0 && lines.size() + 1 < maxLines
                    && width.applyAsDouble(piece.strip()) <= maxWidth) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                line.append(piece.replace("\n", ""));
            } else {
                overflow = true;
                break;
            }
            if (hardBreak && i < pieces.size() - 1) {
                if (lines.size() + 1 >= maxLines) {
                    overflow = true;
                    break;
                }
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
            }
        }
        if (!overflow) {
            lines.add(line.toString().stripTrailing());
            return lines;
        }
        lines.add(withEllipsis(line.toString(), maxWidth, width, language));
        return lines;
    }

    /** {@code line} shortened by whole words until it and an ellipsis fit {@code maxWidth}. */
    private static String withEllipsis(String line, double maxWidth, ToDoubleFunction<String> width,
                                       Locale language) {
        List<String> pieces = pieces(line, language);
        while (!pieces.isEmpty()) {
            String kept = withoutTrailingSeparators(String.join("", pieces));
            if (endsAtWord(kept) && width.applyAsDouble(kept + ELLIPSIS) <= maxWidth) {
                return kept + ELLIPSIS;
            }
            pieces.remove(pieces.size() - 1);
        }
        return width.applyAsDouble(ELLIPSIS) <= maxWidth ? ELLIPSIS : "";
    }

    /** "review ·" and "agreement:" end better without their separator before an ellipsis. */
    private static String withoutTrailingSeparators(String text) {
        int end = text.length();
        while (end > 0
                && (Character.isWhitespace(text.charAt(end - 1)) || SEPARATORS.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return text.substring(0, end);
    }

    private static final String SEPARATORS = "·:;,–—/|•、，：；";

    /**
     * Whether a text cut after {@code kept} is cut between words: a line may break after a hyphen, but an ellipsis
     * after "Dual-" would look like half a word.
     */
    private static boolean endsAtWord(String kept) {
        return !kept.isEmpty() && kept.charAt(kept.length() - 1) != '-' && kept.charAt(kept.length() - 1) != '‐';
    }

    /** The text cut at every place a line may break, each piece keeping its trailing spaces. */
    public static List<String> pieces(String text, Locale language) {
        BreakIterator breaks = BreakIterator.getLineInstance(language);
        breaks.setText(text);
        List<String> pieces = new ArrayList<>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            pieces.add(text.substring(start, end));
        }
        return pieces;
    }

    /** The width of strings in {@code font}, as JavaFX draws them. */
    public static ToDoubleFunction<String> widthIn(Font font) {
        Text measure = new Text();
        measure.setFont(font);
        return string -> {
            measure.setText(string);
            return measure.getLayoutBounds().getWidth();
        };
    }

    /**
     * Shows {@code label}'s whole text in a tooltip while it is cut short (an ellipsis shows); no tooltip when the
     * whole text is shown.
     */
    public static void fullTextOnHover(Labeled label) {
        Tooltip tooltip = new Tooltip();
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(560);
        tooltip.setShowDelay(Duration.millis(400));
        tooltip.textProperty().bind(label.textProperty());
        Runnable update = () -> {
            boolean cut = isCut(label);
            if (cut && label.getTooltip() != tooltip) {
                label.setTooltip(tooltip);
            } else if (!cut && label.getTooltip() == tooltip) {
                label.setTooltip(null);
            }
        };
        label.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (!needs) {
                update.run();
            }
        });
        label.textProperty().addListener((obs, was, now) -> update.run());
    }

    /** Whether {@code label} shows less than its whole text (as laid out last). */
    public static boolean isCut(Labeled label) {
        String full = label.getText();
        String shown = shownText(label);
        return full != null && !full.isEmpty() && shown != null && !shown.equals(full);
    }

    /** The text a label shows now (its skin's text node), null before it has a skin. */
    public static String shownText(Labeled label) {
        for (Node child : label.getChildrenUnmodifiable()) {
            // Not the graphic, which may be a text too (an icon font).
            if (child instanceof Text text && child != label.getGraphic() && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return null;
    }
}
