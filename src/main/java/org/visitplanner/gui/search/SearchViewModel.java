package org.visitplanner.gui.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.visitplanner.gui.common.Debouncer;
import org.visitplanner.gui.common.Problems;
import org.visitplanner.gui.common.Scheduler;
import org.visitplanner.gui.common.TaskExecutor;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.search.SearchHit;
import org.visitplanner.logic.search.SearchService;
import org.visitplanner.model.SearchKind;

/**
 * The search box: searches as the user types (a moment after the last key), groups the hits by kind — the kind of the
 * best hit first — and says when nothing matched.
 */
public final class SearchViewModel {

    static final Duration TYPING_PAUSE = Duration.ofMillis(180);
    static final int LIMIT = 30;

    /** A line of the results: a group heading ({@code hit} null) or a hit. */
    public record Line(SearchKind kind, String heading, SearchHit hit) {
        public boolean isHeading() {
            return hit == null;
        }
    }

    private final TaskExecutor tasks;
    /** The index is opened on the first search (or when the box is first focused), not at start-up. */
    private final Supplier<SearchService> search;
    private boolean prepared;
    private final Debouncer debouncer;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private long asked;

    public SearchViewModel(TaskExecutor tasks, Scheduler scheduler, Supplier<SearchService> search) {
        this.tasks = tasks;
        this.search = search;
        this.debouncer = new Debouncer(scheduler, TYPING_PAUSE, TYPING_PAUSE.multipliedBy(3), this::searchNow);
        query.addListener((obs, was, now) -> {
            if (now == null || now.isBlank()) {
                debouncer.cancel();
                asked++;
                lines.clear();
                status.set("");
            } else {
                debouncer.trigger();
            }
        });
    }

    /** Searches for the current text at once (Enter, or the pause after typing). */
    public void searchNow() {
        debouncer.cancel();
        String text = query.get();
        if (text == null || text.isBlank()) {
            return;
        }
        long ticket = ++asked;
        prepared = true;
        tasks.run(() -> search.get().search(text, LIMIT), hits -> {
            if (ticket == asked) {
                show(text, hits);
            }
        }, failure -> {
            if (ticket == asked) {
                lines.clear();
                status.set(Problems.describe(failure));
            }
        });
    }

    /**
     * Opens the index and brings it up to date in the background, once, when the user is about to search (the box
     * got the focus), so that the first search answers as fast as the next ones.
     */
    public void prepare() {
        if (!prepared) {
            prepared = true;
            tasks.run(() -> search.get().catchUp(), applied -> { }, failure -> { /* the search will say it */ });
        }
    }

    private void show(String text, List<SearchHit> hits) {
        Map<SearchKind, List<SearchHit>> groups = new LinkedHashMap<>();
        for (SearchHit hit : hits) {
            groups.computeIfAbsent(hit.kind(), kind -> new ArrayList<>()).add(hit);
        }
        List<Line> shown = new ArrayList<>();
        groups.forEach((kind, group) -> {
            shown.add(new Line(kind, Messages.get("search.group", Messages.of(kind), group.size()), null));
            group.forEach(hit -> shown.add(new Line(kind, null, hit)));
        });
        lines.setAll(shown);
        status.set(hits.isEmpty() ? Messages.get("search.none", text.strip()) : "");
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** Headings and hits, in the order to show them. */
    public ObservableList<Line> lines() {
        return lines;
    }

    /** "No results for …" or a problem; "" otherwise. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
