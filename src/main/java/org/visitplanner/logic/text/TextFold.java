package org.visitplanner.logic.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for matching the way people search: "ecole des ponts" finds "École des Ponts", "ÉCOLE" finds "école",
 * full-width "ＡＢＣ" finds "ABC"; Chinese is kept as it is. Use the same fold on both sides of a comparison.
 */
public final class TextFold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextFold() {
    }

    /** Lower case, accents and other combining marks removed, ligatures spelled out, runs of spaces made one. */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String folded = MARKS.matcher(decomposed).replaceAll("")
                .replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae").replace("ß", "ss")
                .replace('’', '\'').replace('‘', '\'')
                .replace('–', '-').replace('—', '-')
                .toLowerCase(Locale.ROOT);
        return SPACES.matcher(folded).replaceAll(" ").strip();
    }

    /** True when {@code text} contains {@code query}, both folded. An empty query matches everything. */
    public static boolean contains(String text, String query) {
        String needle = fold(query);
        return needle.isEmpty() || fold(text).contains(needle);
    }

    /** True when both texts are the same once folded ("École des Ponts" and "ECOLE DES PONTS"). */
    public static boolean same(String a, String b) {
        return fold(a).equals(fold(b));
    }
}
