package org.visitplanner.logic.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How text is cut into searchable words, the same for French, English and Chinese: Unicode word boundaries, French
 * elisions dropped ({@code l’École} → {@code ecole}), English possessives dropped, full-width forms made normal, lower
 * case, accents and ligatures folded as {@link org.visitplanner.logic.text.TextFold} folds them ({@code Œuvre} →
 * {@code oeuvre}), and Chinese cut into overlapping pairs of characters (bigrams), plus single characters in the index
 * so that a one-character query finds them too.
 */
public final class SearchAnalysis {

    /** A word of analysed text, where it is in the original, and whether a prefix of it may match. */
    public record Token(String term, int start, int end, boolean word) {
    }

    private static final CharArraySet ELISIONS = CharArraySet.unmodifiableSet(new CharArraySet(
            FrenchAnalyzer.DEFAULT_ARTICLES, true));

    private SearchAnalysis() {
    }

    /** For indexing: Chinese as bigrams and single characters. */
    public static Analyzer forIndex() {
        return analyzer(true);
    }

    /** For queries: Chinese as bigrams only (a lone character still gives itself). */
    public static Analyzer forQuery() {
        return analyzer(false);
    }

    private static Analyzer analyzer(boolean unigrams) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new CJKWidthFilter(source);
                stream = new ElisionFilter(stream, ELISIONS);
                stream = new EnglishPossessiveFilter(stream);
                stream = new LowerCaseFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                        | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, unigrams);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /**
     * Where the words of {@code text} that equal one of {@code terms} (or start with {@code prefix}, when not null)
     * are, as merged {@code [start, end)} ranges. Reading stops {@code window} characters after the first match, or
     * at {@code window * 8} characters when nothing matched by then, so a long note costs no more than a short one.
     * Compares the analyser's buffer directly: no object per word.
     */
    public static List<int[]> matches(Analyzer analyzer, String text, List<String> terms, String prefix, int window) {
        List<int[]> ranges = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                int start = offset.startOffset();
                if (ranges.isEmpty() ? start > window * 8 : start > ranges.get(0)[0] + window) {
                    break;
                }
                if (matchesAny(term, terms) || prefix != null && isWord(type.type()) && startsWith(term, prefix)) {
                    int[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
                    if (last != null && start <= last[1]) {
                        last[1] = Math.max(last[1], offset.endOffset());
                    } else {
                        ranges.add(new int[] {start, offset.endOffset()});
                    }
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory", e);
        }
        return ranges;
    }

    private static boolean matchesAny(CharTermAttribute term, List<String> terms) {
        for (String wanted : terms) {
            if (wanted.length() == term.length() && startsWith(term, wanted)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(CharTermAttribute term, String prefix) {
        if (term.length() < prefix.length()) {
            return false;
        }
        char[] buffer = term.buffer();
        for (int i = 0; i < prefix.length(); i++) {
            if (buffer[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static boolean isWord(String type) {
        return "<ALPHANUM>".equals(type) || "<NUM>".equals(type);
    }

    /** The tokens of {@code text} with their offsets in it. */
    public static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), isWord(type.type())));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory", e);
        }
        return tokens;
    }
}
