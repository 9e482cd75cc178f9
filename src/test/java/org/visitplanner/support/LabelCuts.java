package org.visitplanner.support;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

import org.visitplanner.gui.common.TextFits;

/**
 * Finds texts cut in the middle of a word, as a reader would: every visible {@link Labeled} (labels, buttons, cells,
 * menus) under a node either shows its whole text, or ends with an ellipsis right after a whole word; and a text that
 * wraps has no word wider than its lines (which JavaFX would break between two letters). Chinese may break between
 * any two characters, as Chinese does. Call it on the JavaFX thread (see {@link OnFx}), after layout.
 */
public final class LabelCuts {

    private static final String SEPARATORS = "·:;,.!?)]}»”’–—/|•、，。：；！？）」』";

    private LabelCuts() {
    }

    /** One sentence per visible text under {@code root} that is cut in a word, naming it and how. */
    public static List<String> cutInAWord(Parent root, Locale language) {
        List<String> problems = new ArrayList<>();
        collect(root, language, problems);
        return problems;
    }

    private static void collect(Node node, Locale language, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            String problem = problem(labeled, language);
            if (problem != null) {
                problems.add(problem);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, language, problems);
            }
        }
    }

    /** What is wrong with the text {@code labeled} shows, or null when it is whole or cut between words. */
    public static String problem(Labeled labeled, Locale language) {
        // A text fitted by the app itself (the week's blocks) keeps its whole text beside the lines it shows.
        Object fitted = labeled.getProperties().get(TextFits.FULL_TEXT);
        String full = fitted instanceof String whole ? whole.strip() : shownWhole(labeled);
        Text text = textNode(labeled);
        if (full == null || full.isBlank() || text == null || labeled.getWidth() <= 0 || !text.isVisible()) {
            return null;
        }
        String shown = text.getText() == null ? "" : text.getText();
        String name = describe(labeled, full);
        if (!squeezed(shown).equals(squeezed(full))) {
            String kept = withoutEllipsis(shown, labeled.getEllipsisString());
            if (kept == null) {
                return name + " is cut without an ellipsis: \"" + shown + "\"";
            }
            int end = prefixEnd(full, kept);
            if (end < 0) {
                return name + " shows \"" + shown + "\", which is not its beginning";
            }
            if (!endsBetweenWords(full, end)) {
                return name + " is cut in the middle of a word: \"" + shown.replace('\n', ' ') + "\"";
            }
        }
        if (labeled.isWrapText() && text.getWrappingWidth() > 0) {
            BreakIterator breaks = BreakIterator.getLineInstance(language);
            breaks.setText(shown);
            Text measure = new Text();
            measure.setFont(text.getFont());
            int start = breaks.first();
            for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
                String word = shown.substring(start, end).strip();
                measure.setText(word);
                if (!word.isEmpty() && measure.getLayoutBounds().getWidth() > text.getWrappingWidth() + 0.5) {
                    return name + " breaks the word \"" + word + "\" in two: it is wider ("
                            + Math.round(measure.getLayoutBounds().getWidth()) + " px) than its lines ("
                            + Math.round(text.getWrappingWidth()) + " px)";
                }
            }
        }
        return null;
    }

    /** The text as the label means to show it (mnemonic underscores removed). */
    private static String shownWhole(Labeled labeled) {
        String full = labeled.getText();
        if (full == null || !labeled.isMnemonicParsing()) {
            return full;
        }
        int underscore = full.indexOf('_');
        if (underscore >= 0 && underscore + 1 < full.length()) {
            return full.substring(0, underscore) + full.substring(underscore + 1);
        }
        return full;
    }

    /** The text the label's skin draws (its graphic may be a text too: an icon font). */
    private static Text textNode(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child != labeled.getGraphic() && child.getStyleClass().contains("text")) {
                return text;
            }
        }
        return null;
    }

    private static String withoutEllipsis(String shown, String ellipsis) {
        for (String candidate : List.of(ellipsis == null ? "..." : ellipsis, "...", "…")) {
            if (!candidate.isEmpty() && shown.endsWith(candidate)) {
                return shown.substring(0, shown.length() - candidate.length()).stripTrailing();
            }
        }
        return null;
    }

    /** The text without its spaces and line breaks (a fitted text may break its lines where the text had spaces). */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    /**
     * Where {@code kept} ends in {@code full}, spaces and line breaks aside; -1 when {@code full} does not start so.
     */
    static int prefixEnd(String full, String kept) {
        int i = 0;
        int j = 0;
        while (j < kept.length()) {
            if (Character.isWhitespace(kept.charAt(j))) {
                j++;
            } else if (i < full.length() && Character.isWhitespace(full.charAt(i))) {
                i++;
            } else if (i < full.length() && full.charAt(i) == kept.charAt(j)) {
                i++;
                j++;
            } else {
                return -1;
            }
        }
        return i;
    }

    /** Whether {@code full} cut at {@code end} is cut between two words (or keeps nothing but the ellipsis). */
    static boolean endsBetweenWords(String full, int end) {
        if (end == 0 || end >= full.length()) {
            return true;
        }
        char last = full.charAt(end - 1);
        char following = full.charAt(end);
        if (last == '-' || last == '‐') {
            return false; // "Dual-…": half of a word that a hyphen joins
        }
        return Character.isWhitespace(following) || Character.isWhitespace(last)
                || SEPARATORS.indexOf(last) >= 0 || SEPARATORS.indexOf(following) >= 0
                || ideographic(last) || ideographic(following);
    }

    private static boolean ideographic(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }

    private static String describe(Labeled labeled, String full) {
        String kind = labeled.getClass().getSimpleName().isEmpty() ? labeled.getClass().getName()
                : labeled.getClass().getSimpleName();
        String classes = String.join(".", labeled.getStyleClass());
        return kind + (classes.isEmpty() ? "" : " ." + classes) + " \"" + full.replace('\n', ' ') + "\"";
    }
}
