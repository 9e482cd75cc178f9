package org.visitplanner.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.visitplanner.app.Services;
import org.visitplanner.logic.documents.TripDocumentData;
import org.visitplanner.model.Event;
import org.visitplanner.model.MeetingRecord;
import org.visitplanner.model.Outcome;
import org.visitplanner.model.OutcomeType;
import org.visitplanner.model.Trip;
import org.visitplanner.support.CrowdedTrip;
import org.visitplanner.support.TestServices;

/**
 * Every write runs on the one data thread (ADR 0014: two transactions writing at once are not safe against a crash),
 * and documents are read as one snapshot, in a number of queries that does not grow with the trip.
 */
class OneDataThreadTest {

    private final Services services = TestServices.withSample();
    private final ExecutorService dataThread = Executors.newSingleThreadExecutor(work -> new Thread(work, "data"));
    private final Trip sample = services.trips().findSample().orElseThrow();
    private final LocalDate monday = sample.firstDay();
    private final String mondayNote = services.dayNotes().findByTrip(sample.id()).get(monday);

    @AfterEach
    void close() {
        dataThread.shutdownNow();
        services.close();
    }

    private <T> T onDataThread(Callable<T> work) throws Exception {
        Future<T> result = dataThread.submit(work);
        return result.get();
    }

    private void confine() throws Exception {
        Thread data = onDataThread(Thread::currentThread);
        services.database().confineWritesTo(thread -> thread == data);
    }

    @Test
    void aWriteStartedOffTheDataThreadFailsAtOnceAndChangesNothing() throws Exception {
        confine();

        assertThatThrownBy(() -> services.dayNotes().save(sample.id(), monday, "Bring the signed letters"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a write started on " + Thread.currentThread().getName())
                .hasMessageContaining("not on the data thread");

        assertThat(services.dayNotes().findByTrip(sample.id())).containsEntry(monday, mondayNote);
        onDataThread(() -> {
            services.dayNotes().save(sample.id(), monday, "Bring the signed letters");
            return null;
        });
        assertThat(services.dayNotes().findByTrip(sample.id())).containsEntry(monday, "Bring the signed letters");
    }

    @Test
    void aTransactionStartedOffTheDataThreadFailsAtItsFirstWriteAndKeepsNothing() throws Exception {
        confine();
        int before = services.events().findByTrip(sample.id()).size();

        assertThatThrownBy(() -> services.transactions().run(() -> {
            services.dayNotes().findByTrip(sample.id()); // reading is allowed
            services.dayNotes().save(sample.id(), monday, "half of an edit");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(services.dayNotes().findByTrip(sample.id())).containsEntry(monday, mondayNote);
        assertThat(services.events().findByTrip(sample.id())).hasSize(before);
    }

    @Test
    void aReadSnapshotSeesTheDataAsItWasAtItsFirstReadWhileTheDataThreadCommits() throws Exception {
        confine();
        List<String> seen = services.transactions().read(() -> {
            int events = services.events().findByTrip(sample.id()).size();
            // Meanwhile, the data thread deletes an event and writes a note for the day, and commits.
            onDataThread(() -> {
                Event first = services.events().findByTrip(sample.id()).get(0);
                services.transactions().run(() -> {
                    services.events().delete(first.id(), first.version());
                    services.dayNotes().save(sample.id(), monday, "changed while printing");
                });
                return null;
            });
            return List.of(String.valueOf(events), String.valueOf(services.events().findByTrip(sample.id()).size()),
                    services.dayNotes().findByTrip(sample.id()).get(monday));
        });

        assertThat(seen).containsExactly("18", "18", mondayNote);
        assertThat(services.dayNotes().findByTrip(sample.id())).containsEntry(monday, "changed while printing");
        assertThat(services.events().findByTrip(sample.id())).hasSize(17);
    }

    @Test
    void aReadSnapshotWritesNothing() {
        assertThatThrownBy(() -> services.transactions().read(() -> {
            services.dayNotes().save(sample.id(), monday, "not here");
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("read snapshot");
        assertThat(services.dayNotes().findByTrip(sample.id())).containsEntry(monday, mondayNote);
    }

    @Test
    void aDocumentReadWhileTheDataThreadCommitsAnEditShowsTheTripWhollyBeforeIt() throws Exception {
        confine();
        Event first = services.events().findByTrip(sample.id()).get(0);
        Runnable edit = () -> {
            try {
                onDataThread(() -> {
                    services.transactions().run(() -> {
                        services.events().delete(first.id(), first.version());
                        services.dayNotes().save(sample.id(), monday, "changed while printing");
                    });
                    return null;
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };

        // The edit is committed on the data thread right after the document's first query.
        TripDocumentData data = withEach(new AtomicInteger(), (queries, ctx) -> {
            if (queries.incrementAndGet() == 2) {
                edit.run();
            }
        }, () -> services.documents().load(sample));

        assertThat(data.events()).hasSize(18).extracting(Event::id).contains(first.id());
        assertThat(data.dayNote(monday)).isEqualTo(mondayNote);
        assertThat(services.documents().load(sample).events()).hasSize(17);
        assertThat(services.documents().load(sample).dayNote(monday)).isEqualTo("changed while printing");
    }

    @Test
    void aDocumentIsReadInAsManyQueriesForNinetyEventsAsForEighteen() {
        Trip crowded = CrowdedTrip.create(services);
        List<Event> crowdedEvents = services.events().findByTrip(crowded.id());
        for (Event event : crowdedEvents.subList(0, 45)) {
            MeetingRecord record = services.meetingRepository().insert(event.id(), "Agenda", "Notes");
            services.meetingRepository().insertOutcome(new Outcome(0, record.id(), OutcomeType.AGREEMENT,
                    "A joint summer school", 0, 0));
            services.meetingRepository().setAttendance(record.id(), event.participantIds(), List.of());
        }

        AtomicInteger sampleQueries = new AtomicInteger();
        withEach(sampleQueries, (queries, ctx) -> queries.incrementAndGet(), () -> services.documents().load(sample));
        AtomicInteger crowdedQueries = new AtomicInteger();
        TripDocumentData data = withEach(crowdedQueries, (queries, ctx) -> queries.incrementAndGet(),
                () -> services.documents().load(crowded));

        assertThat(crowdedQueries.get()).isEqualTo(sampleQueries.get()).isLessThan(crowdedEvents.size());
        Event first = crowdedEvents.get(0);
        assertThat(data.meetings().record(first.id())).isPresent();
        assertThat(data.meetings().outcomes(first.id())).extracting(Outcome::text)
                .containsExactly("A joint summer school");
        assertThat(data.meetings().attendeesByEvent().get(first.id()))
                .containsExactlyInAnyOrderElementsOf(first.participantIds());
        assertThat(data.meetings().record(crowdedEvents.get(60).id())).isEmpty();
    }

    /** Runs {@code work} with {@code each} called as every query of it starts. */
    private <S, T> T withEach(S state, BiConsumer<S, ExecuteContext> each,
                              Supplier<T> work) {
        ExecuteListener listener = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                each.accept(state, ctx);
            }
        };
        var configuration = services.database().dsl().configuration();
        ExecuteListenerProvider[] before = configuration.executeListenerProviders();
        List<ExecuteListenerProvider> with = new ArrayList<>(List.of(before));
        with.add(new DefaultExecuteListenerProvider(listener));
        configuration.set(with.toArray(ExecuteListenerProvider[]::new));
        try {
            return work.get();
        } finally {
            configuration.set(before);
        }
    }
}
