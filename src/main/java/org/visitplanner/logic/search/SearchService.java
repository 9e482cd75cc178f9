package org.visitplanner.logic.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.Lock;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.io.PrivateFiles;
import org.visitplanner.logic.io.StorageFailures;
import org.visitplanner.model.SearchKind;

/**
 * Full-text search over meeting notes and agendas, outcomes, action items, institutions and contacts, with a Lucene
 * index kept in the data directory (see docs/decisions/0011-search-index.md).
 *
 * <p>The index is a cache of the database: the database queues every change that concerns it (triggers, in the same
 * transaction), and {@link #catchUp()} brings the index up to date. Every search catches up first, so a search always
 * sees every committed change whoever made it; a missing, outdated or damaged index is rebuilt from the database.
 */
public final class SearchService implements AutoCloseable {

    /** The index's folder inside the data directory. */
    public static final String FOLDER = "search-index";

    /**
     * Changes when the documents or the analysis change: an index of another format is rebuilt. Format 2 stores no
     * text (format 1 kept every note in clear beside an encrypted database).
     */
    static final String FORMAT = "2";
    private static final String FORMAT_KEY = "visitplanner.format";

    private static final String KEY = "key";
    private static final String SCOPE = "scope";
    private static final String KIND = "kind";
    private static final String ID = "id";
    private static final String TITLE = "title";
    private static final String BODY = "body";

    private static final float TITLE_BOOST = 3f;
    private static final float PREFIX_BOOST = 0.6f;
    private static final int SNIPPET_LENGTH = 160;
    private static final int BATCH = 500;
    private static final int MIN_PREFIX = 3;

    private final Path directoryPath;
    private final SearchSource source;
    private final Analyzer indexAnalyzer = SearchAnalysis.forIndex();
    private final Analyzer queryAnalyzer = SearchAnalysis.forQuery();
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;

    public SearchService(Path indexDirectory, SearchSource source) {
        this.directoryPath = indexDirectory;
        this.source = source;
    }

    /**
     * Brings the index up to date with the database; the one call that keeps search right after any edit. Cheap when
     * nothing changed (one query on the change queue). Returns the number of queued changes it applied.
     */
    public synchronized int catchUp() {
        try {
            open();
            int applied = 0;
            for (List<SearchSource.Change> batch = source.pending(BATCH); !batch.isEmpty();
                 batch = source.pending(BATCH)) {
                Set<String> done = new LinkedHashSet<>();
                for (SearchSource.Change change : batch) {
                    if (done.add(change.scope().term(change.refId()))) {
                        writer.deleteDocuments(new Term(SCOPE, change.scope().term(change.refId())));
                        for (SearchDocument document : source.documentsOf(change.scope(), change.refId())) {
                            writer.addDocument(toLucene(document));
                        }
                    }
                }
                writer.commit();
                source.forget(batch.get(batch.size() - 1).id());
                applied += batch.size();
            }
            if (applied > 0) {
                searchers.maybeRefreshBlocking();
            }
            return applied;
        } catch (IOException e) {
            // Lucene closes a writer that failed to write (a full disk): the next call opens the index again.
            discardWriter();
            throw failure(e);
        }
    }

    /** The problem the user is told about when the index cannot be written or read. */
    private RuntimeException failure(IOException e) {
        DataProblem.Kind kind = StorageFailures.kind(e, directoryPath);
        String folder = directoryPath.toString();
        return switch (kind) {
            case DISK_FULL -> new DataProblem(kind, folder, new DataProblem.Reason("search.error.diskFull", folder), e);
            case READ_ONLY -> new DataProblem(kind, folder, e);
            default -> new UncheckedIOException("updating the search index in " + directoryPath, e);
        };
    }

    /** Drops the writer without committing anything; the next use opens the index again from its last commit. */
    private void discardWriter() {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.rollback();
            }
            if (directory != null) {
                directory.close();
            }
        } catch (IOException | RuntimeException ignored) {
            // Already closed by Lucene after the failure: nothing left to release.
        } finally {
            writer = null;
            searchers = null;
            directory = null;
        }
    }

    /**
     * The best hits for {@code query}, best first, at most {@code limit}. Every word of the query must match (the
     * last one also as the start of a word, for search as you type); accents, case and full-width forms do not
     * matter; Chinese matches by character pairs. A blank query finds nothing.
     */
    public List<SearchHit> search(String query, int limit) {
        catchUp();
        List<SearchAnalysis.Token> terms = SearchAnalysis.tokens(queryAnalyzer, query == null ? "" : query);
        if (terms.isEmpty() || limit <= 0) {
            return List.of();
        }
        Query lucene = query(terms);
        try {
            IndexSearcher searcher;
            synchronized (this) {
                searcher = searchers.acquire();
            }
            try {
                // Counting every match is not needed: Lucene may then skip documents that cannot make the top.
                ScoreDoc[] found = searcher.search(lucene, new TopScoreDocCollectorManager(limit, null, limit))
                        .scoreDocs;
                StoredFields stored = searcher.storedFields();
                List<Found> matches = new ArrayList<>(found.length);
                for (ScoreDoc scoreDoc : found) {
                    Document document = stored.document(scoreDoc.doc);
                    matches.add(new Found(SearchKind.valueOf(document.get(KIND)), Long.parseLong(document.get(ID)),
                            scoreDoc.score));
                }
                return hits(matches, terms);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index in " + directoryPath, e);
        }
    }

    /**
     * Every word must match. The last word may also be the start of a longer one (the user is still typing it);
     * the others must be whole words, which keeps common words from expanding into thousands of terms.
     */
    private Query query(List<SearchAnalysis.Token> terms) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            SearchAnalysis.Token token = terms.get(i);
            if (seen.contains(token.term())) {
                continue;
            }
            seen.add(token.term());
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            any.add(new BoostQuery(new TermQuery(new Term(TITLE, token.term())), TITLE_BOOST),
                    BooleanClause.Occur.SHOULD);
            any.add(new TermQuery(new Term(BODY, token.term())), BooleanClause.Occur.SHOULD);
            if (i == terms.size() - 1 && prefixes(token)) {
                any.add(new BoostQuery(new PrefixQuery(new Term(TITLE, token.term())), TITLE_BOOST * PREFIX_BOOST),
                        BooleanClause.Occur.SHOULD);
                any.add(new BoostQuery(new PrefixQuery(new Term(BODY, token.term())), PREFIX_BOOST),
                        BooleanClause.Occur.SHOULD);
            }
            all.add(any.build(), BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    private static boolean prefixes(SearchAnalysis.Token token) {
        return token.word() && token.term().length() >= MIN_PREFIX;
    }

    /** A document the index found: only which one, as the index stores no text. */
    private record Found(SearchKind kind, long id, float score) {
    }

    /**
     * The hits of the documents found, best first, with their text read from the database (one query per kind of
     * document); a document deleted since the index was brought up to date is left out.
     */
    private List<SearchHit> hits(List<Found> found, List<SearchAnalysis.Token> terms) {
        Map<SearchKind, List<Long>> idsByKind = new EnumMap<>(SearchKind.class);
        found.forEach(f -> idsByKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f.id()));
        Map<String, SearchDocument> documents = new HashMap<>();
        idsByKind.forEach((kind, ids) -> source.documents(kind, ids).forEach(d -> documents.put(d.key(), d)));
        List<SearchHit> hits = new ArrayList<>(found.size());
        for (Found f : found) {
            SearchDocument document = documents.get(f.kind().code() + ":" + f.id());
            if (document != null) {
                hits.add(toHit(document, f.score(), terms));
            }
        }
        return hits;
    }

    private SearchHit toHit(SearchDocument document, float score, List<SearchAnalysis.Token> terms) {
        String text = document.body().isBlank() ? document.title() : document.body();
        List<String> words = terms.stream().map(SearchAnalysis.Token::term).toList();
        SearchAnalysis.Token last = terms.get(terms.size() - 1);
        List<int[]> matches = SearchAnalysis.matches(indexAnalyzer, text, words, prefixes(last) ? last.term() : null,
                2 * SNIPPET_LENGTH);
        return new SearchHit(document.kind(), document.id(), document.targetId(), document.title(),
                document.detail(), document.day(), snippet(text, matches), score);
    }

    /** The stretch of {@code text} with the most {@code matches} (sorted, merged ranges), marked, on one line. */
    private static List<SearchHit.Part> snippet(String text, List<int[]> matches) {
        int from = 0;
        if (!matches.isEmpty()) {
            int best = 0;
            int bestCount = 0;
            for (int i = 0; i < matches.size(); i++) {
                int count = 0;
                for (int j = i; j < matches.size() && matches.get(j)[1] <= matches.get(i)[0] + SNIPPET_LENGTH; j++) {
                    count++;
                }
                if (count > bestCount) {
                    best = i;
                    bestCount = count;
                }
            }
            from = wordStart(text, Math.max(0, matches.get(best)[0] - SNIPPET_LENGTH / 4));
        }
        int to = Math.min(text.length(), from + SNIPPET_LENGTH);
        List<SearchHit.Part> parts = new ArrayList<>();
        if (from > 0) {
            parts.add(new SearchHit.Part("…", false));
        }
        int at = from;
        for (int[] match : matches) {
            if (match[1] <= from || match[0] >= to) {
                continue;
            }
            int start = Math.max(match[0], from);
            int end = Math.min(match[1], to);
            if (start > at) {
                parts.add(new SearchHit.Part(oneLine(text.substring(at, start)), false));
            }
            parts.add(new SearchHit.Part(oneLine(text.substring(start, end)), true));
            at = end;
        }
        if (at < to) {
            parts.add(new SearchHit.Part(oneLine(text.substring(at, to)), false));
        }
        if (to < text.length()) {
            parts.add(new SearchHit.Part("…", false));
        }
        return parts;
    }

    private static int wordStart(String text, int at) {
        if (at == 0) {
            return 0;
        }
        for (int i = at; i < Math.min(text.length(), at + 20); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return at;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private Document toLucene(SearchDocument d) {
        Document document = new Document();
        document.add(new StringField(KEY, d.key(), Field.Store.NO));
        for (String scope : d.scopes()) {
            document.add(new StringField(SCOPE, scope, Field.Store.NO));
        }
        // Which document it is, and nothing of its text: hits read their text from the database.
        document.add(new StoredField(KIND, d.kind().name()));
        document.add(new StoredField(ID, Long.toString(d.id())));
        // Outcomes and action items carry their meeting's title for context only: finding every outcome of a meeting
        // because the meeting's title matches would bury the outcomes that say what was searched for.
        if (d.kind() != SearchKind.OUTCOME && d.kind() != SearchKind.ACTION) {
            document.add(new TextField(TITLE, d.title(), Field.Store.NO));
        }
        document.add(new TextField(BODY, d.body(), Field.Store.NO));
        return document;
    }

    /** Opens the index, rebuilding it when it is missing, of another format or unreadable. */
    private void open() throws IOException {
        if (writer != null) {
            return;
        }
        PrivateFiles.createFolders(directoryPath);
        directory = privateDirectory();
        boolean usable;
        try {
            usable = DirectoryReader.indexExists(directory)
                    && FORMAT.equals(SegmentInfos.readLatestCommit(directory).getUserData().get(FORMAT_KEY));
            writer = new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer).setCommitOnClose(false)
                    .setOpenMode(usable ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE));
        } catch (IOException damaged) {
            // The index is only a cache of the database: start it afresh.
            directory.close();
            wipe();
            directory = privateDirectory();
            writer = new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer).setCommitOnClose(false)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE));
            usable = false;
        }
        writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
        searchers = new SearcherManager(writer, null);
        if (!usable) {
            rebuild();
        }
    }

    /** The index's folder, whose every file is made owner-only as soon as Lucene creates it. */
    private Directory privateDirectory() throws IOException {
        return new FilterDirectory(FSDirectory.open(directoryPath)) {
            @Override
            public IndexOutput createOutput(String name, IOContext context) throws IOException {
                IndexOutput output = super.createOutput(name, context);
                PrivateFiles.restrict(directoryPath.resolve(name));
                return output;
            }

            @Override
            public Lock obtainLock(String name) throws IOException {
                Lock lock = super.obtainLock(name);
                PrivateFiles.restrict(directoryPath.resolve(name));
                return lock;
            }

            @Override
            public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
                    throws IOException {
                IndexOutput output = super.createTempOutput(prefix, suffix, context);
                PrivateFiles.restrict(directoryPath.resolve(output.getName()));
                return output;
            }
        };
    }

    /** Builds the index again from the whole database (the writer is open). */
    private void rebuild() throws IOException {
        long upTo = source.lastPendingId();
        writer.deleteAll();
        IOException[] failure = new IOException[1];
        source.forEachDocument(document -> {
            if (failure[0] == null) {
                try {
                    writer.addDocument(toLucene(document));
                } catch (IOException e) {
                    failure[0] = e;
                }
            }
        });
        if (failure[0] != null) {
            close(); // rolls nothing half-built into the index: the next call starts again
            throw failure[0];
        }
        writer.commit();
        source.forget(upTo);
        searchers.maybeRefreshBlocking();
    }

    private void wipe() throws IOException {
        try (Stream<Path> files = Files.list(directoryPath)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.close();
            }
            if (directory != null) {
                directory.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("closing the search index in " + directoryPath, e);
        } finally {
            writer = null;
            searchers = null;
            directory = null;
        }
    }
}
