package org.visitplanner.logic.itinerary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.visitplanner.app.Services;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.undo.UndoHistory;
import org.visitplanner.model.Event;
import org.visitplanner.model.TravelLeg;
import org.visitplanner.model.TravelMode;
import org.visitplanner.model.TravelOverride;
import org.visitplanner.support.TestServices;

/** A repository test: mvn verify runs it on H2 and again on a real PostgreSQL (TestServices). */
@Tag("repository")
class ItineraryServiceTest {

    private Services services;
    private long tripId;

    @BeforeEach
    void sample() {
        Messages.setLocale(Locale.ENGLISH);
        services = TestServices.withSample();
        tripId = services.trips().findSample().orElseThrow().id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Itinerary itinerary() {
        return services.itinerary().load(tripId).orElseThrow();
    }

    private Event event(String uidSuffix) {
        return itinerary().events().stream().filter(e -> e.uid().startsWith("sample-2025-speit-" + uidSuffix))
                .findFirst().orElseThrow();
    }

    @Test
    void theSampleTripHasNoError() {
        List<ItineraryProblem> problems = itinerary().problems();
        assertThat(problems).noneMatch(p -> p.severity() == ItineraryProblem.Severity.ERROR);
        assertThat(itinerary().events()).hasSize(18);
    }

    @Test
    void theSampleTripsLegsIncludeWalksRidesAndUnknownTimes() {
        List<TravelLeg> legs = itinerary().legs();
        assertThat(legs).extracting(TravelLeg::mode).contains(TravelMode.WALK, TravelMode.PUBLIC_TRANSPORT);
        // Albert School has no address yet; the lunch and the hotel are free locations.
        assertThat(legs).filteredOn(l -> !l.known()).isNotEmpty();
        long chen = itinerary().members().stream().filter(m -> m.nameLatin().equals("Chen Hao")).findFirst()
                .orElseThrow().id();
        assertThat(itinerary().legsOf(chen)).allMatch(l -> l.memberIds().contains(chen));
    }

    @Test
    void aMoveIsSavedAndCanBeUndoneAndRedone() {
        Event before = event("01");
        Event after = new Event(before.id(), before.tripId(), before.uid(), before.kind(), before.title(),
                before.start().plusHours(1), before.end().plusHours(1), before.zone(), before.institutionId(),
                before.location(), before.status(), before.notes(), before.participantIds(), before.hostIds(),
                before.version());
        UndoHistory history = new UndoHistory(50);
        ItineraryEdit move = services.itinerary().changeEvent(before, after, ItineraryEdit.Change.MOVE);
        move.apply();
        history.record(move);

        assertThat(event("01").start()).isEqualTo(LocalDateTime.of(2025, 12, 8, 10, 30));
        assertThat(history.nextUndoLabel()).contains("move of “Strategic partnership review”");
        history.undo();
        assertThat(event("01").start()).isEqualTo(LocalDateTime.of(2025, 12, 8, 9, 30));
        history.redo();
        assertThat(event("01").start()).isEqualTo(LocalDateTime.of(2025, 12, 8, 10, 30));
    }

    @Test
    void aChangeOfARecordSomeoneElseChangedIsRefusedAndChangesNothing() {
        Event read = event("01");
        Event moved = ItineraryEdit.withVersion(new Event(read.id(), read.tripId(), read.uid(), read.kind(),
                "Renamed", read.start(), read.end(), read.zone(), read.institutionId(), read.location(),
                read.status(), read.notes(), read.participantIds(), read.hostIds(), 0), read.version());
        services.itinerary().changeEvent(read, moved, ItineraryEdit.Change.EDIT).apply();

        ItineraryEdit late = services.itinerary().changeEvent(read, ItineraryEdit.withVersion(moved, read.version()),
                ItineraryEdit.Change.EDIT);
        assertThatThrownBy(late::apply).isInstanceOf(DataProblem.class)
                .extracting(e -> ((DataProblem) e).kind()).isEqualTo(DataProblem.Kind.STALE);
        assertThat(event("01").title()).isEqualTo("Renamed");
    }

    @Test
    void aDeletedEventComesBackWithItsIdParticipantsHostsAndTravelOverride() {
        Event lunch = event("03");
        Event telecom = event("04");
        services.itinerary().setTravel(itinerary(), lunch.id(), telecom.id(),
                Optional.of(new TravelOverride(0, 0, 0, TravelMode.CAR, 12, "shuttle", 0))).apply();
        ItineraryEdit delete = services.itinerary().deleteEvent(telecom);
        delete.apply();
        assertThat(itinerary().event(telecom.id())).isEmpty();
        assertThat(itinerary().overrides()).isEmpty();

        delete.revert();
        Event back = itinerary().event(telecom.id()).orElseThrow();
        assertThat(back.participantIds()).isEqualTo(telecom.participantIds());
        assertThat(back.hostIds()).isEqualTo(telecom.hostIds());
        assertThat(itinerary().leg(lunch.id(), telecom.id()).orElseThrow().minutes()).hasValue(12);
        delete.apply();
        assertThat(itinerary().event(telecom.id())).isEmpty();
    }

    @Test
    void undoingTheDeleteOfAnEventBringsBackEverythingTheDeleteTook() throws Exception {
        Event dualDegree = itinerary().events().stream().filter(e -> e.title().startsWith("Dual-degree agreement"))
                .findFirst().orElseThrow();
        var record = services.meetings().open(dualDegree.id()).record();
        services.meetings().attach(record.id(), java.nio.file.Files.writeString(
                java.nio.file.Files.createTempFile("minutes", ".txt"), "Signed minutes"));
        Event next = event("04");
        services.itinerary().setTravel(itinerary(), dualDegree.id(), next.id(),
                Optional.of(new TravelOverride(0, 0, 0, TravelMode.CAR, 25, "shuttle", 0))).apply();
        String before = dump();

        ItineraryEdit delete = services.itinerary().deleteEvent(dualDegree);
        delete.apply();
        var gone = ((ItineraryEdit.DeleteEvent) delete).deleted();
        for (String table : List.of("EVENT", "EVENT_PARTICIPANT", "EVENT_HOST", "MEETING_RECORD", "MEETING_MEMBER",
                "OUTCOME", "ACTION_ITEM", "ATTACHMENT", "TRAVEL_LEG")) {
            assertThat(gone.count(table)).as(table).isPositive();
        }
        assertThat(services.meetingRepository().findByEvent(dualDegree.id())).isEmpty();

        delete.revert();
        assertThat(dump()).isEqualTo(before); // every row, with its ids, versions and time stamps
        delete.apply();
        delete.revert();
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void whatGoesWithAnEventIsItsMeetingRecordInWords() {
        Event dualDegree = itinerary().events().stream().filter(e -> e.title().startsWith("Dual-degree agreement"))
                .findFirst().orElseThrow();
        var contents = services.itinerary().recordOf(dualDegree.id()).orElseThrow();
        assertThat(contents.outcomes()).isEqualTo(3);
        assertThat(contents.describe()).startsWith("Its meeting record goes with it: the notes (")
                .contains("3 outcomes");
        Messages.setLocale(Locale.FRENCH);
        assertThat(contents.describe()).startsWith("Son compte rendu est supprimé avec lui : les notes (")
                .contains("3 résultats");
        Messages.setLocale(Locale.CHINESE);
        assertThat(contents.describe()).startsWith("其会议记录将一并删除：笔记（").contains("3 项成果");
        Messages.setLocale(Locale.ENGLISH);
        Event hotel = event("18");
        assertThat(services.itinerary().recordOf(hotel.id())).isEmpty();
    }

    private String dump() {
        services.search().catchUp(); // the search index's queue is empty in both dumps
        // A team database's queue is shared and never emptied by one index: it is not part of the data compared.
        return org.visitplanner.db.DatabaseDump.text(services.database())
                .replaceAll("(?s)TABLE search_pending [^\n]*\n(?:[^T][^\n]*\n)*", "");
    }

    @Test
    void aTravelOverrideCanBeSetChangedAndRemovedWithUndo() {
        Event lunch = event("03");
        Event telecom = event("04");
        int estimate = itinerary().leg(lunch.id(), telecom.id()).orElseThrow().minutes().getAsInt();
        ItineraryEdit set = services.itinerary().setTravel(itinerary(), lunch.id(), telecom.id(),
                Optional.of(new TravelOverride(0, 0, 0, TravelMode.CAR, 8, null, 0)));
        set.apply();
        assertThat(itinerary().leg(lunch.id(), telecom.id()).orElseThrow().overridden()).isTrue();
        ItineraryEdit clear = services.itinerary().setTravel(itinerary(), lunch.id(), telecom.id(), Optional.empty());
        clear.apply();
        assertThat(itinerary().leg(lunch.id(), telecom.id()).orElseThrow().minutes()).hasValue(estimate);
        clear.revert();
        assertThat(itinerary().leg(lunch.id(), telecom.id()).orElseThrow().minutes()).hasValue(8);
        set.revert();
        assertThat(itinerary().overrides()).isEmpty();
    }

    @Test
    void aTripIsFoundByIdOrByExactName() {
        assertThat(services.itinerary().findTrip(Long.toString(tripId))).map(t -> t.id()).contains(tripId);
        assertThat(services.itinerary().findTrip("SJTU / SPEIT delegation to France, 8–12 December 2025"))
                .map(t -> t.id()).contains(tripId);
        assertThat(services.itinerary().findTrip("sjtu")).isEmpty();
        assertThat(services.itinerary().findTrip("999")).isEmpty();
    }
}
