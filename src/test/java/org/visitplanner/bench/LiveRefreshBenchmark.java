package org.visitplanner.bench;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.collections.ListChangeListener;

import org.visitplanner.app.Services;
import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.LiveRefresh;
import org.visitplanner.gui.common.UndoActions;
import org.visitplanner.gui.directory.DirectoryActions;
import org.visitplanner.gui.directory.InstitutionsViewModel;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.team.TeamAddress;
import org.visitplanner.logic.undo.UndoHistory;
import org.visitplanner.model.Institution;
import org.visitplanner.support.CurrentThreadTaskExecutor;
import org.visitplanner.support.TestPostgres;

/**
 * Change-to-refresh latency on a team database, with the server on this machine (a throw-away cluster,
 * {@link TestPostgres}): one colleague renames an institution, and the time until the other's directory view-model
 * shows the new name is measured (the server's notification, the listener, the window's refresh, the directory read
 * again). Target: p95 ≤ 500 ms.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.visitplanner.bench.LiveRefreshBenchmark [changes]</pre>
 */
public final class LiveRefreshBenchmark {

    private LiveRefreshBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int changes = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Messages.setLocale(Locale.ENGLISH);
        TestPostgres server = TestPostgres.shared();
        TeamAddress address = server.migratedDatabase();
        char[] password = TestPostgres.PASSWORD.toCharArray();
        ExecutorService window = Executors.newSingleThreadExecutor();
        try (Services viewer = Services.team(address, password, Files.createTempDirectory("vp-bench-viewer-"));
             Services writer = Services.team(address, password, Files.createTempDirectory("vp-bench-writer-"))) {
            viewer.sampleTrip().ensureLoaded();
            AppState state = new AppState();
            CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
            InstitutionsViewModel directory = window.submit(() -> {
                InstitutionsViewModel model = new InstitutionsViewModel(new DirectoryActions(tasks, state,
                        new UndoActions(tasks, state, new UndoHistory(10)), viewer.directory()));
                model.reload();
                return model;
            }).get();
            AtomicReference<String> awaited = new AtomicReference<>();
            AtomicReference<CountDownLatch> shown = new AtomicReference<>(new CountDownLatch(1));
            window.submit(() -> directory.rows().addListener((ListChangeListener<InstitutionsViewModel.Row>) c -> {
                String name = awaited.get();
                if (name != null && directory.rows().stream().anyMatch(r -> r.officialName().equals(name))) {
                    shown.get().countDown();
                }
            })).get();
            List<Long> micros = new ArrayList<>();
            try (LiveRefresh refresh = new LiveRefresh(viewer.database().changeFeed(), window, () -> state)) {
                refresh.start();
                awaitListening(writer);
                Institution current = writer.institutions().findAll().get(0);
                for (int i = 0; i < changes + 10; i++) {
                    String name = "Renamed " + i;
                    awaited.set(name);
                    shown.set(new CountDownLatch(1));
                    long start = System.nanoTime();
                    current = writer.institutions().update(renamed(current, name));
                    if (!shown.get().await(5, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("change " + i + " not shown within 5 s");
                    }
                    if (i >= 10) { // the first ones warm the JVM and the listener's connection up
                        micros.add((System.nanoTime() - start) / 1_000);
                    }
                }
            }
            Collections.sort(micros);
            System.out.printf(Locale.ROOT, "changes: %d, institutions shown: %d%n", micros.size(),
                    directory.rows().size());
            System.out.printf(Locale.ROOT, "change to refresh: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    percentile(micros, 50), percentile(micros, 95), micros.get(micros.size() - 1) / 1000.0);
        } finally {
            window.shutdown();
        }
    }

    private static void awaitListening(Services services) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            int listening = services.database().withConnection(c -> {
                try (var statement = c.createStatement();
                     var result = statement.executeQuery("SELECT count(*) FROM pg_stat_activity "
                             + "WHERE query LIKE 'LISTEN %' AND state = 'idle'")) {
                    result.next();
                    return result.getInt(1);
                }
            });
            if (listening > 0) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new IllegalStateException("the listener did not start");
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }

    private static Institution renamed(Institution i, String name) {
        return new Institution(i.id(), name, i.englishName(), i.chineseName(), i.shortName(), i.kind(),
                i.relation(), i.address(), i.postcode(), i.city(), i.country(), i.coordinates(), i.website(),
                i.phone(), i.notes(), i.version());
    }
}
