package org.visitplanner.support;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import org.visitplanner.app.Services;
import org.visitplanner.model.Event;
import org.visitplanner.model.EventKind;
import org.visitplanner.model.EventStatus;

/**
 * The child of the crash test: opens the data as the app does and writes edits in a loop until it is killed,
 * printing each edit on stdout only after its commit returned, with its sequence number:
 * <ul>
 *   <li>{@code E seq id} — an event inserted (one transaction: the event and its participants);</li>
 *   <li>{@code N seq} — the trip's notes set to {@code note seq} (an update on its own, from a second thread);</li>
 *   <li>{@code O seq id} — an outcome added to the meeting record;</li>
 *   <li>{@code B seq tripId} — a whole trip of {@value #BATCH_EVENTS} events and {@value #BATCH_OUTCOMES} outcomes,
 *       in one transaction (the test checks such a batch is there entirely or not at all).</li>
 * </ul>
 * Arguments: data folder, trip id, meeting record id, member id, first sequence number.
 */
public final class CrashingWriter {

    public static final int BATCH_EVENTS = 20;
    public static final int BATCH_OUTCOMES = 5;
    /** One edit in {@value}, from the fourth on, is a whole batch. */
    public static final int BATCH_EVERY = 7;
    public static final String BATCH_PREFIX = "crash batch ";
    /** Sequence numbers of the notes thread, after those of the main loop within one run. */
    public static final long NOTES_OFFSET = 500_000;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** The app writes on one thread; the writer's two threads take turns the same way (fair: in turn). */
    private static final ReentrantLock ONE_WRITE_AT_A_TIME = new ReentrantLock(true);

    private CrashingWriter() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        long tripId = Long.parseLong(args[1]);
        long meetingId = Long.parseLong(args[2]);
        long memberId = Long.parseLong(args[3]);
        long seq = Long.parseLong(args[4]);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (Services services = Services.open(data)) {
            var dsl = services.database().dsl();
            warmUp(services, tripId, memberId);
            out.println("ready");
            out.flush();
            if (!Boolean.getBoolean("crash.singleWriter")) {
                startNotes(services, tripId, seq + NOTES_OFFSET, out);
            }
            for (; ; seq++) {
                long n = seq;
                String line;
                ONE_WRITE_AT_A_TIME.lock();
                try {
                    switch ((int) (n % BATCH_EVERY)) {
                        case 3 -> line = "B " + n + " "
                                + services.transactions().inTransaction(() -> batch(services, memberId, n));
                        case 1, 5 -> line = "O " + n + " " + dsl.insertInto(org.jooq.impl.DSL.table("outcome"))
                                .columns(org.jooq.impl.DSL.field("meeting_id"), org.jooq.impl.DSL.field("type"),
                                        org.jooq.impl.DSL.field("text"), org.jooq.impl.DSL.field("position"))
                                .values(meetingId, "INFORMATION", "outcome " + n, (int) (n % 1000))
                                .returning(org.jooq.impl.DSL.field("id", Long.class))
                                .fetchOne().get(0, Long.class);
                        default -> line = "E " + n + " "
                                + event(services, tripId, memberId, n, "crash event " + n).id();
                    }
                } finally {
                    ONE_WRITE_AT_A_TIME.unlock();
                }
                out.println(line);
                out.flush();
            }
        }
    }

    /**
     * Notes typed meanwhile, from a second thread, each saved on its own between the other edits. They take turns
     * with the main loop, as every edit of the app does on its one data thread (ADR 0003): H2 2.5.252 is not safe
     * against a kill while two transactions write at once (see ADR 0014, bug 3).
     */
    private static void startNotes(Services services, long tripId, long firstSeq, PrintStream out) {
        Thread notes = new Thread(() -> {
            for (long n = firstSeq; ; n++) {
                ONE_WRITE_AT_A_TIME.lock();
                try {
                    services.database().dsl().execute("UPDATE trip SET notes = ?, version = version + 1 WHERE id = ?",
                            "note " + n, tripId);
                } finally {
                    ONE_WRITE_AT_A_TIME.unlock();
                }
                out.println("N " + n);
                out.flush();
            }
        }, "notes");
        notes.setDaemon(true);
        notes.start();
    }

    /**
     * Runs each kind of edit once and rolls it back, so that the kills land among edits at their usual pace rather
     * than in the loading of classes before the first one.
     */
    private static void warmUp(Services services, long tripId, long memberId) {
        try {
            services.transactions().run(() -> {
                event(services, tripId, memberId, -1, "warm-up");
                services.database().dsl().execute("UPDATE trip SET notes = notes WHERE id = ?", tripId);
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException rolledBack) {
            // nothing of the warm-up stays
        }
    }

    private static long batch(Services services, long memberId, long seq) {
        long tripId = services.database().dsl().insertInto(org.jooq.impl.DSL.table("trip"))
                .columns(org.jooq.impl.DSL.field("name"), org.jooq.impl.DSL.field("first_day"),
                        org.jooq.impl.DSL.field("last_day"), org.jooq.impl.DSL.field("venue_zone"),
                        org.jooq.impl.DSL.field("home_zone"))
                .values(BATCH_PREFIX + seq, java.time.LocalDate.of(2025, 12, 8), java.time.LocalDate.of(2025, 12, 12),
                        "Europe/Paris", "Asia/Shanghai")
                .returning(org.jooq.impl.DSL.field("id", Long.class)).fetchOne().get(0, Long.class);
        long firstEvent = 0;
        for (int i = 0; i < BATCH_EVENTS; i++) {
            long id = event(services, tripId, memberId, seq * 1000 + i, "batch " + seq + " event " + i).id();
            firstEvent = i == 0 ? id : firstEvent;
        }
        var dsl = services.database().dsl();
        long meeting = dsl.insertInto(org.jooq.impl.DSL.table("meeting_record"))
                .columns(org.jooq.impl.DSL.field("event_id"), org.jooq.impl.DSL.field("notes"))
                .values(firstEvent, "notes of batch " + seq)
                .returning(org.jooq.impl.DSL.field("id", Long.class)).fetchOne().get(0, Long.class);
        for (int i = 0; i < BATCH_OUTCOMES; i++) {
            dsl.execute("INSERT INTO outcome (meeting_id, type, text, position) VALUES (?, 'DECISION', ?, ?)", meeting,
                    "batch " + seq + " outcome " + i, i);
        }
        return tripId;
    }

    private static Event event(Services services, long tripId, long memberId, long seq, String title) {
        LocalDateTime start = LocalDateTime.of(2025, 12, 8, 8, 0).plusMinutes(seq % 5000);
        return services.events().insert(new Event(0, tripId, "crash-" + tripId + "-" + seq, EventKind.MEETING, title,
                start, start.plusMinutes(30), PARIS, null, "Room " + seq, EventStatus.PLANNED,
                "Notes typed in the meeting, number " + seq + " — 会议记录 " + seq, List.of(memberId), List.of(), 0));
    }
}
