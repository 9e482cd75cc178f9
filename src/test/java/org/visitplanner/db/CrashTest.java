package org.visitplanner.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.app.Services;
import org.visitplanner.support.CrashingWriter;

/**
 * The crash test: a child JVM writes edits (notes, events, outcomes, whole batches) in a loop and reports each
 * commit; it is killed with SIGKILL at random moments ({@code Process.destroyForcibly()}), then the data is
 * opened again as the app opens it and every reported commit must be there, and every batch complete or absent.
 * Two data folders are worked on side by side, each by one writer at a time, to use both cores.
 *
 * <p>{@code -Dcrash.cycles=N} changes the number of kills (default {@value #DEFAULT_CYCLES});
 * {@code -Dcrash.seed=S} replays a run. The figures go to {@code target/crash-test.txt}.
 */
@Tag("crash")
class CrashTest {

    private static final int DEFAULT_CYCLES = 100;
    private static final long CYCLE_SEQUENCE = 1_000_000L;

    @TempDir
    Path temp;

    /** One data folder with its writer, killed and checked over and over; the test runs two side by side. */
    private static final class Lane {
        final Path data;
        final Random random;
        final long seed;
        final long tripId;
        final long meetingId;
        final long memberId;
        final Set<Long> events = new HashSet<>();
        final Set<Long> outcomes = new HashSet<>();
        final Set<Long> batches = new HashSet<>();
        long lastNote = -1;
        long notesReported;
        int killsWhileOpening;
        int killsNearABatch;

        Lane(Path data, long seed) {
            this.data = data;
            this.seed = seed;
            this.random = new Random(seed);
            try (Services services = Services.open(data)) {
                tripId = services.sampleTrip().ensureLoaded();
                memberId = services.trips().members(tripId).get(0).id();
                // The sample's meetings have records already: the writer's notes go to an event that has none.
                long eventId = ((Number) services.database().dsl().fetchValue("SELECT MIN(id) FROM event WHERE "
                        + "trip_id = ? AND id NOT IN (SELECT event_id FROM meeting_record)", tripId)).longValue();
                meetingId = services.database().dsl().insertInto(org.jooq.impl.DSL.table("meeting_record"))
                        .columns(org.jooq.impl.DSL.field("event_id")).values(eventId)
                        .returning(org.jooq.impl.DSL.field("id", Long.class)).fetchOne().get(0, Long.class);
            }
        }

        long commits() {
            return events.size() + outcomes.size() + batches.size() + (lastNote >= 0 ? 1 : 0);
        }

        void cycle(int cycle, boolean last) throws Exception {
            long firstSeq = (cycle + 1) * CYCLE_SEQUENCE;
            boolean whileOpening = random.nextInt(10) == 0;
            List<String> lines = runAndKill(data, tripId, meetingId, memberId, firstSeq, random, whileOpening);
            killsWhileOpening += whileOpening ? 1 : 0;
            long lastSeq = firstSeq - 1;
            for (String line : lines) {
                String[] parts = line.split(" ");
                try {
                    long seq = Long.parseLong(parts[1]);
                    switch (parts[0]) {
                        case "E" -> events.add(Long.parseLong(parts[2]));
                        case "O" -> outcomes.add(Long.parseLong(parts[2]));
                        case "B" -> batches.add(Long.parseLong(parts[2]));
                        case "N" -> {
                            lastNote = Math.max(lastNote, seq);
                            notesReported++;
                        }
                        default -> throw new AssertionError("unexpected report " + line);
                    }
                    if (seq < firstSeq + CrashingWriter.NOTES_OFFSET) {
                        lastSeq = seq;
                    }
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException cutByTheKill) {
                    // The last line may be cut short by the kill: that commit is simply not counted.
                }
            }
            killsNearABatch += !whileOpening && (lastSeq + 1) % CrashingWriter.BATCH_EVERY == 3 ? 1 : 0;
            check(cycle, last);
        }

        /** Opens the data as the app does and checks every commit reported so far, and every batch. */
        private void check(int cycle, boolean last) {
            String where = "cycle " + cycle + " of " + data + ", seed " + seed;
            try (Database database = Database.open(data)) {
                DSLContext dsl = database.dsl();
                assertThat(ids(dsl, "SELECT id FROM event")).as(where).containsAll(events);
                assertThat(ids(dsl, "SELECT id FROM outcome")).as(where).containsAll(outcomes);
                assertThat(ids(dsl, "SELECT id FROM trip")).as(where).containsAll(batches);
                if (lastNote >= 0) {
                    String note = dsl.fetchValue("SELECT notes FROM trip WHERE id = ?", tripId).toString();
                    assertThat(Long.parseLong(note.substring("note ".length()))).as(where)
                            .isGreaterThanOrEqualTo(lastNote);
                }
                // Every batch that reached the file, reported or not, is whole.
                for (var batch : dsl.fetch("SELECT t.id, (SELECT COUNT(*) FROM event e WHERE e.trip_id = t.id), "
                        + "(SELECT COUNT(*) FROM outcome o JOIN meeting_record m ON m.id = o.meeting_id "
                        + "JOIN event e ON e.id = m.event_id WHERE e.trip_id = t.id) FROM trip t WHERE t.name LIKE ?",
                        CrashingWriter.BATCH_PREFIX + "%")) {
                    assertThat(batch.get(1, Integer.class)).as("events of batch trip %s, %s", batch.get(0), where)
                            .isEqualTo(CrashingWriter.BATCH_EVENTS);
                    assertThat(batch.get(2, Integer.class)).as("outcomes of batch trip %s, %s", batch.get(0), where)
                            .isEqualTo(CrashingWriter.BATCH_OUTCOMES);
                }
                if (cycle % 10 == 9 || last) {
                    // Read every row of every table: every page of the file can be read.
                    database.withConnection(connection -> DatabaseDump.digest(connection, null));
                }
            }
        }
    }

    @Test
    void everyReportedCommitSurvivesAKillAtAnyMomentAndBatchesAreAllOrNothing() throws Exception {
        int cycles = Integer.getInteger("crash.cycles", DEFAULT_CYCLES);
        long seed = Long.getLong("crash.seed", System.nanoTime());
        long started = System.nanoTime();
        List<Lane> lanes = List.of(new Lane(temp.resolve("lane-1"), seed), new Lane(temp.resolve("lane-2"), seed + 1));
        ExecutorService runner = Executors.newFixedThreadPool(lanes.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int l = 0; l < lanes.size(); l++) {
                Lane lane = lanes.get(l);
                int share = cycles / lanes.size() + (l < cycles % lanes.size() ? 1 : 0);
                running.add(runner.submit(() -> {
                    for (int cycle = 0; cycle < share; cycle++) {
                        lane.cycle(cycle, cycle == share - 1);
                    }
                    return null;
                }));
            }
            for (Future<?> lane : running) {
                lane.get();
            }
        } finally {
            runner.shutdownNow();
        }

        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        long commits = lanes.stream().mapToLong(Lane::commits).sum();
        String report = String.format("Crash test (seed %d): %d kills with SIGKILL (%d while opening the data, "
                        + "%d during or right next to a %d-event batch); %d reported commits checked after every "
                        + "kill (%d events, %d outcomes, %d whole batches; of %d notes saved one over the other, the "
                        + "latest); lost: 0; %d s.%n",
                seed, cycles, lanes.stream().mapToInt(l -> l.killsWhileOpening).sum(),
                lanes.stream().mapToInt(l -> l.killsNearABatch).sum(), CrashingWriter.BATCH_EVENTS, commits,
                lanes.stream().mapToLong(l -> l.events.size()).sum(),
                lanes.stream().mapToLong(l -> l.outcomes.size()).sum(),
                lanes.stream().mapToLong(l -> l.batches.size()).sum(),
                lanes.stream().mapToLong(l -> l.notesReported).sum(), seconds);
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "crash-test.txt"), report);
        assertThat(commits).as("commits reported").isGreaterThan(cycles);
    }

    /** Starts a writer, kills it at a random moment, and returns the lines it printed (after "ready"). */
    private static List<String> runAndKill(Path data, long tripId, long meetingId, long memberId, long firstSeq,
                                           Random random, boolean whileOpening) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:-UsePerfData", "-Xshare:auto", "-Xmx256m", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                "-cp", System.getProperty("java.class.path"), CrashingWriter.class.getName(), data.toString(),
                Long.toString(tripId), Long.toString(meetingId), Long.toString(memberId), Long.toString(firstSeq)))
                .redirectError(ProcessBuilder.Redirect.to(
                        data.resolveSibling(data.getFileName() + "-writer.err").toFile()))
                .start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException closedByTheKill) {
                // The pipe ends with the process.
            }
        }, "crash-test-reader");
        reader.start();
        if (whileOpening) {
            child.waitFor(random.nextInt(900), TimeUnit.MILLISECONDS);
        } else {
            String first = lines.poll(60, TimeUnit.SECONDS);
            if (!"ready".equals(first)) {
                String state = child.isAlive() ? "was still opening it after 60 s" : "ended with " + child.exitValue();
                child.destroyForcibly();
                child.waitFor(30, TimeUnit.SECONDS);
                String err = Files.readString(data.resolveSibling(data.getFileName() + "-writer.err"));
                throw new AssertionError("the writer did not open the data (it " + state + "); its stderr:\n"
                        + err.substring(Math.max(0, err.length() - 6000)));
            }
            child.waitFor(10 + random.nextInt(590), TimeUnit.MILLISECONDS);
        }
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(30_000);
        List<String> reported = new ArrayList<>(lines);
        reported.remove("ready");
        return reported;
    }

    private static Set<Long> ids(DSLContext dsl, String sql) {
        return new HashSet<>(dsl.fetch(sql).getValues(0, Long.class));
    }
}
