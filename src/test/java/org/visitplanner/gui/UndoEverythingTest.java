package org.visitplanner.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.visitplanner.app.Services;
import org.visitplanner.db.DatabaseDump;
import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.UndoActions;
import org.visitplanner.gui.directory.DirectoryActions;
import org.visitplanner.gui.directory.InstitutionFormViewModel;
import org.visitplanner.gui.directory.InstitutionsViewModel;
import org.visitplanner.gui.itinerary.DayNotesViewModel;
import org.visitplanner.gui.itinerary.EventDialogViewModel;
import org.visitplanner.gui.itinerary.ItineraryViewModel;
import org.visitplanner.gui.itinerary.ScheduleEntry;
import org.visitplanner.gui.itinerary.ScheduleLeg;
import org.visitplanner.gui.itinerary.ScheduleView;
import org.visitplanner.gui.meeting.MeetingRecordViewModel;
import org.visitplanner.logic.directory.InstitutionField;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.undo.UndoHistory;
import org.visitplanner.model.ActionStatus;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Member;
import org.visitplanner.model.MemberRole;
import org.visitplanner.model.OutcomeType;
import org.visitplanner.model.Partnership;
import org.visitplanner.model.PartnershipStatus;
import org.visitplanner.model.PartnershipType;
import org.visitplanner.model.TravelMode;
import org.visitplanner.model.Trip;
import org.visitplanner.support.ManualScheduler;
import org.visitplanner.support.QueuedTaskExecutor;
import org.visitplanner.support.TestServices;

/**
 * Undo that always works, as a property: from the sample trip, a random sequence of 30 edits of every kind the
 * window makes — events created, moved, resized, renamed (typed dates and times), duplicated and deleted (with their
 * meeting records), travel times, day notes, outcomes, action items, partnerships, contacts, members, who is on the
 * trip, institution fields — made through the view-models as the window makes them, with background work finishing
 * in a random order (a second drag before the first is saved, Ctrl+Z pressed again before the first undo is done).
 * Then 30 undos must leave a full dump of the database identical to the start, and 30 redos the end state again.
 *
 * <p>Each seed is one reproducible sequence; {@code -Dundo.seeds=N} runs N of them ({@code -Dundo.firstSeed=S} from
 * S), e.g. {@code mvn test -Dtest=UndoEverythingTest -Dundo.seeds=500}.
 */
@Tag("slow")
class UndoEverythingTest {

    private static final int EDITS = 30;

    static LongStream seeds() {
        long first = Long.getLong("undo.firstSeed", 1);
        return LongStream.range(first, first + Long.getLong("undo.seeds", 12));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void thirtyEditsUndoneGiveBackTheStartExactlyAndRedoneTheEnd(long seed) {
        Messages.setLocale(Locale.ENGLISH);
        try (Session session = new Session(seed)) {
            session.run();
        } finally {
            Messages.setLocale(Locale.ENGLISH);
        }
    }

    /** One sequence: the app's view-models over the sample trip, driven at random. */
    private static final class Session implements AutoCloseable {
        private final long seed;
        private final Random random;
        private final Services services = TestServices.withSample();
        private final QueuedTaskExecutor tasks = new QueuedTaskExecutor();
        private final AppState state = new AppState();
        private final UndoHistory history = new UndoHistory(200);
        private final UndoActions undo = new UndoActions(tasks, state, history);
        private final ItineraryViewModel itinerary = new ItineraryViewModel(tasks, state, services.itinerary(), undo);
        private final DayNotesViewModel dayNotes = new DayNotesViewModel(tasks, state, services.dayNotes(),
                services.itinerary(), undo);
        private final DirectoryActions directory = new DirectoryActions(tasks, state, undo, services.directory());
        private final InstitutionsViewModel institutions = new InstitutionsViewModel(directory);
        private final List<String> done = new ArrayList<>();
        private final Trip trip;
        private boolean lastWasDrag;

        Session(long seed) {
            this.seed = seed;
            this.random = new Random(seed);
            trip = services.trips().findSample().orElseThrow();
            // Opening a meeting record makes it: every sample event has one before the start, so that opening one
            // later is not a change of the data (a new event's record goes and comes back with the event).
            services.trips().findSample().ifPresent(t -> services.events().findByTrip(t.id())
                    .forEach(e -> services.meetings().open(e.id())));
            state.currentTripProperty().set(trip);
            institutions.reload();
            tasks.drain();
        }

        void run() {
            String start = dump();
            for (int i = 0; i < EDITS; i++) {
                edit(i);
            }
            tasks.drain();
            assertThat(history.undoCount()).as(story("every edit is recorded (a failed one shows %s)",
                    state.statusMessageProperty().get())).isEqualTo(EDITS);
            String end = dump();

            for (int i = 0; i < EDITS; i++) {
                undo.undo(); // pressed again and again, the previous undo perhaps not written yet
                tasks.step(random, random.nextInt(4));
            }
            tasks.drain();
            assertThat(history.undoCount()).as(story("every undo went through (%s)",
                    state.statusMessageProperty().get())).isZero();
            assertSame(start, dump(), "after " + EDITS + " undos the data is as at the start");

            for (int i = 0; i < EDITS; i++) {
                undo.redo();
                tasks.step(random, random.nextInt(4));
            }
            tasks.drain();
            assertThat(history.redoCount()).as(story("every redo went through (%s)",
                    state.statusMessageProperty().get())).isZero();
            assertSame(end, dump(), "after " + EDITS + " redos the data is as after the edits");
        }

        // ---------------------------------------------------------------- the edits

        private void edit(int i) {
            int recorded = history.undoCount();
            boolean drag = false;
            int kind = random.nextInt(16);
            if (kind <= 3) {
                drag = true;
                // A drag right after another one, before the first is saved and shown, is what people do.
                if (!lastWasDrag || random.nextBoolean()) {
                    tasks.drain();
                }
                recorded = -1;
                if (kind <= 1) {
                    move(i);
                } else {
                    resize(i);
                }
            } else {
                tasks.drain();
                recorded = history.undoCount();
                switch (kind) {
                    case 4 -> create(i);
                    case 5 -> rename(i);
                    case 6 -> delete(i);
                    case 7 -> duplicate(i);
                    case 8 -> outcome(i);
                    case 9 -> action(i);
                    case 10 -> contact(i);
                    case 11 -> member(i);
                    case 12 -> partnership(i);
                    case 13 -> institution(i);
                    case 14 -> dayNote(i);
                    default -> travel(i);
                }
                tasks.drain();
                assertThat(history.undoCount()).as(story("edit %d was recorded (%s)", i,
                        state.statusMessageProperty().get())).isEqualTo(recorded + 1);
            }
            lastWasDrag = drag;
            tasks.step(random, random.nextInt(3));
        }

        private ScheduleEntry anyEvent() {
            List<ScheduleEntry> entries = itinerary.entries();
            return entries.get(random.nextInt(entries.size()));
        }

        private void move(int i) {
            ScheduleEntry e = anyEvent();
            int minutes = (random.nextInt(8) + 1) * 15 * (random.nextBoolean() ? 1 : -1);
            LocalTime start = e.start().plusMinutes(minutes);
            LocalTime end = e.end().plusMinutes(minutes);
            if (start.isBefore(LocalTime.of(7, 0)) || end.isAfter(LocalTime.of(22, 0)) || !end.isAfter(start)) {
                start = e.start().minusMinutes(minutes);
                end = e.end().minusMinutes(minutes);
            }
            LocalDate day = random.nextInt(3) == 0 ? trip.firstDay().plusDays(random.nextInt(5)) : e.day();
            if (day.equals(e.day()) && start.equals(e.start())) {
                day = day.equals(trip.firstDay()) ? day.plusDays(1) : day.minusDays(1);
            }
            done.add(i + ": move " + e.title() + " to " + day + " " + start);
            itinerary.change(new ScheduleView.Change(e.eventId(), day, start, end, false));
        }

        private void resize(int i) {
            ScheduleEntry e = anyEvent();
            int minutes = (random.nextInt(6) + 1) * 5 * (random.nextBoolean() ? 1 : -1);
            LocalTime end = e.end().plusMinutes(minutes);
            if (!end.isAfter(e.start().plusMinutes(4)) || end.isAfter(LocalTime.of(23, 0))) {
                end = e.end().plusMinutes(Math.abs(minutes));
            }
            done.add(i + ": resize " + e.title() + " to end at " + end);
            itinerary.change(new ScheduleView.Change(e.eventId(), e.day(), e.start(), end, true));
        }

        private void create(int i) {
            LocalDate day = trip.firstDay().plusDays(random.nextInt(5));
            EventDialogViewModel dialog = itinerary.newEventDialog(day, LocalTime.of(8 + random.nextInt(12), 0))
                    .orElseThrow();
            dialog.titleProperty().set("New event " + i);
            if (random.nextBoolean()) {
                dialog.start().field().textProperty().set((7 + random.nextInt(3)) + "h" + (random.nextBoolean() ? "30"
                        : ""));
                dialog.end().field().textProperty().set("1" + random.nextInt(10) + "45");
            }
            if (!dialog.institutionsMatching("").isEmpty() && random.nextBoolean()) {
                dialog.institutionProperty().set(dialog.institutionsMatching("").get(
                        random.nextInt(dialog.institutionsMatching("").size())));
            }
            done.add(i + ": create New event " + i + " on " + day);
            itinerary.save(dialog, dialog.validate().orElseThrow(() -> new AssertionError(story("dialog valid"))));
        }

        private void rename(int i) {
            ScheduleEntry e = anyEvent();
            EventDialogViewModel dialog = itinerary.editDialog(e.eventId()).orElseThrow();
            dialog.titleProperty().set(e.title() + " (" + i + ")");
            if (random.nextBoolean()) {
                LocalDate day = trip.firstDay().plusDays(random.nextInt(5));
                dialog.date().field().textProperty().set(day.getDayOfMonth() + "/" + day.getMonthValue());
            }
            done.add(i + ": rename " + e.title());
            itinerary.save(dialog, dialog.validate().orElseThrow(() -> new AssertionError(story("dialog valid"))));
        }

        private void delete(int i) {
            ScheduleEntry e = anyEvent();
            done.add(i + ": delete " + e.title());
            itinerary.delete(e.eventId(), (question, details) -> true);
        }

        private void duplicate(int i) {
            ScheduleEntry e = anyEvent();
            done.add(i + ": duplicate " + e.title());
            itinerary.duplicate(e.eventId());
        }

        /** Opens the meeting record of an event as its window does; {@code work} acts in it, then it closes. */
        private void inMeeting(java.util.function.Consumer<MeetingRecordViewModel> work) {
            MeetingRecordViewModel meeting = new MeetingRecordViewModel(tasks, new ManualScheduler(), state,
                    services.meetings(), undo);
            meeting.open(anyEvent().eventId());
            tasks.drain();
            work.accept(meeting);
            tasks.drain();
            meeting.close();
        }

        private void outcome(int i) {
            inMeeting(meeting -> {
                int what = meeting.outcomes().items().isEmpty() ? 0 : random.nextInt(4);
                switch (what) {
                    case 0 -> {
                        done.add(i + ": add an outcome");
                        meeting.outcomes().save(null, OutcomeType.values()[random.nextInt(OutcomeType.values().length)],
                                "Outcome " + i);
                    }
                    case 1 -> {
                        var outcome = meeting.outcomes().items().get(random.nextInt(meeting.outcomes().items().size()));
                        done.add(i + ": change the outcome " + outcome.text());
                        meeting.outcomes().save(outcome, OutcomeType.DECISION, outcome.text() + " (" + i + ")");
                    }
                    case 2 -> {
                        var outcome = meeting.outcomes().items().get(random.nextInt(meeting.outcomes().items().size()));
                        done.add(i + ": delete the outcome " + outcome.text());
                        meeting.outcomes().delete(outcome);
                    }
                    default -> {
                        if (meeting.outcomes().items().size() < 2) {
                            done.add(i + ": add an outcome");
                            meeting.outcomes().save(null, OutcomeType.INFORMATION, "Outcome " + i);
                        } else {
                            done.add(i + ": move the last outcome up");
                            var outcomes = meeting.outcomes().items();
                            meeting.outcomes().move(outcomes.get(outcomes.size() - 1), -1);
                        }
                    }
                }
                meeting.outcomes().declineOffer();
            });
        }

        private void action(int i) {
            inMeeting(meeting -> {
                int what = meeting.actions().items().isEmpty() ? 0 : random.nextInt(5);
                var owner = meeting.actions().owners().isEmpty() ? null
                        : meeting.actions().owners().get(random.nextInt(meeting.actions().owners().size()));
                switch (what) {
                    case 0 -> {
                        done.add(i + ": add an action item");
                        meeting.actions().due().field().textProperty().set(random.nextBoolean() ? "15/01/2027"
                                : "2027年1月" + (1 + random.nextInt(28)) + "日");
                        meeting.actions().save(null, "Action " + i, owner, null);
                    }
                    case 1 -> {
                        var row = meeting.actions().items().get(random.nextInt(meeting.actions().items().size()));
                        done.add(i + ": change the action item " + row.item().text());
                        meeting.actions().due().field().textProperty().set("3 March 2027");
                        meeting.actions().save(row.item(), row.item().text() + " (" + i + ")", owner, null);
                    }
                    case 2 -> {
                        var row = meeting.actions().items().get(random.nextInt(meeting.actions().items().size()));
                        done.add(i + ": tick the action item " + row.item().text());
                        meeting.actions().setStatus(row.item(), row.item().status() == ActionStatus.DONE
                                ? ActionStatus.OPEN : ActionStatus.DONE);
                    }
                    case 3 -> {
                        var row = meeting.actions().items().get(random.nextInt(meeting.actions().items().size()));
                        done.add(i + ": delete the action item " + row.item().text());
                        meeting.actions().delete(row.item());
                    }
                    default -> {
                        if (meeting.actions().items().size() < 2) {
                            done.add(i + ": add an action item");
                            meeting.actions().due().load(null);
                            meeting.actions().save(null, "Action " + i, null, null);
                        } else {
                            done.add(i + ": move the first action item down");
                            meeting.actions().move(meeting.actions().items().get(0).item(), 1);
                        }
                    }
                }
            });
        }

        private <T> T any(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        private void contact(int i) {
            List<Contact> contacts = services.contacts().findAll();
            switch (contacts.isEmpty() ? 0 : random.nextInt(3)) {
                case 0 -> {
                    Institution at = any(services.institutions().findAll());
                    done.add(i + ": add a contact at " + at.label());
                    directory.saveContact(null, new Contact(0, at.id(), "Person " + i, "人" + i, "Dean", null, null,
                            null, null, 0), stored -> { });
                }
                case 1 -> {
                    Contact c = any(contacts);
                    done.add(i + ": change the contact " + c.displayName());
                    directory.saveContact(c, new Contact(c.id(), c.institutionId(), c.nameLatin(), c.nameChinese(),
                            "Title " + i, "p" + i + "@example.org", c.phone(), c.languages(), c.notes(),
                            c.version()), stored -> { });
                }
                default -> {
                    Contact c = any(contacts);
                    done.add(i + ": delete the contact " + c.displayName());
                    directory.deleteContact(c, (question, details) -> true);
                }
            }
        }

        private void member(int i) {
            List<Member> members = services.members().findAll();
            switch (random.nextInt(4)) {
                case 0 -> {
                    done.add(i + ": add a member");
                    directory.saveMember(null, new Member(0, "Member " + i, "成员" + i, "Professor", "SJTU",
                            MemberRole.MEMBER, null, null, null, 0), stored -> { });
                }
                case 1 -> {
                    Member m = any(members);
                    done.add(i + ": change the member " + m.displayName());
                    directory.saveMember(m, new Member(m.id(), m.nameLatin(), m.nameChinese(), "Title " + i,
                            m.organisation(), m.role(), m.email(), m.phone(), m.notes(), m.version()), stored -> { });
                }
                case 2 -> {
                    Member m = any(members);
                    boolean on = services.trips().members(trip.id()).stream().anyMatch(x -> x.id() == m.id());
                    done.add(i + ": " + (on ? "take " : "put ") + m.displayName() + (on ? " off" : " on")
                            + " the trip");
                    directory.setOnTrip(trip.id(), m, !on);
                }
                default -> {
                    Member m = any(members);
                    done.add(i + ": delete the member " + m.displayName());
                    directory.deleteMember(m, (question, details) -> true);
                }
            }
        }

        private void partnership(int i) {
            List<Partnership> partnerships = services.partnerships().findAll();
            switch (partnerships.isEmpty() ? 0 : random.nextInt(3)) {
                case 0 -> {
                    Institution at = any(services.institutions().findAll());
                    done.add(i + ": add a partnership with " + at.label());
                    directory.savePartnership(null, new Partnership(0, at.id(), PartnershipType.RESEARCH,
                            PartnershipStatus.PROSPECT, LocalDate.of(2026, 1, 1), null, "Partnership " + i, 0),
                            at.label());
                }
                case 1 -> {
                    Partnership p = any(partnerships);
                    PartnershipStatus next = PartnershipStatus.values()[(p.status().ordinal() + 1)
                            % PartnershipStatus.values().length];
                    done.add(i + ": move a partnership to " + next);
                    directory.savePartnership(p, new Partnership(p.id(), p.institutionId(), p.type(), next,
                            p.since(), p.until(), p.notes(), p.version()), "institution");
                }
                default -> {
                    Partnership p = any(partnerships);
                    done.add(i + ": delete a partnership");
                    directory.deletePartnership(p, "institution", (question, details) -> true);
                }
            }
        }

        private void institution(int i) {
            Institution at = any(services.institutions().findAll());
            if (random.nextInt(5) == 0) {
                done.add(i + ": delete the institution " + at.label());
                directory.deleteInstitution(at, (question, details) -> true, () -> { });
                return;
            }
            institutions.select(at.id());
            tasks.drain();
            InstitutionFormViewModel form = institutions.form();
            InstitutionField field = random.nextBoolean() ? InstitutionField.CITY : InstitutionField.NOTES;
            done.add(i + ": change the " + field + " of " + at.label());
            form.field(field).textProperty().set(form.field(field).text() + " " + i);
            form.commit();
        }

        private void dayNote(int i) {
            LocalDate day = trip.firstDay().plusDays(random.nextInt(5));
            dayNotes.show(day);
            tasks.drain();
            boolean remove = !dayNotes.noteOf(day).isEmpty() && random.nextInt(4) == 0;
            done.add(i + ": " + (remove ? "remove the notes" : "notes") + " for " + day);
            dayNotes.save(day, remove ? "" : "Meet in the hall at 8:" + (10 + i));
        }

        private void travel(int i) {
            List<ScheduleLeg> legs = itinerary.legs();
            ScheduleLeg shown = any(legs);
            var choice = itinerary.legChoice(shown).orElseThrow();
            if (choice.override().isPresent() && random.nextBoolean()) {
                done.add(i + ": back to the estimate for " + choice.route());
                itinerary.resetTravel(choice.leg());
            } else {
                done.add(i + ": own travel time for " + choice.route());
                itinerary.setTravel(choice.leg(), TravelMode.values()[random.nextInt(TravelMode.values().length)],
                        5 + random.nextInt(60) + i, "Travel " + i);
            }
        }

        // ---------------------------------------------------------------- checking

        private String dump() {
            services.search().catchUp(); // the search index's queue is empty in both dumps
            // A team database's queue is shared and never emptied by one index: it is not part of the data compared.
            return DatabaseDump.text(services.database())
                    .replaceAll("(?s)TABLE search_pending [^\n]*\n(?:[^T][^\n]*\n)*", "")
                    // Undo and redo are changes too: the history records them (ADR 0026), with their own times.
                    .replaceAll("(?s)TABLE (?i:change_history) [^\n]*\n(?:[^T][^\n]*\n)*", "");
        }

        private void assertSame(String expected, String actual, String what) {
            if (expected.equals(actual)) {
                return;
            }
            String[] a = expected.split("\n", -1);
            String[] b = actual.split("\n", -1);
            List<String> differences = new ArrayList<>();
            for (int i = 0; i < Math.max(a.length, b.length) && differences.size() < 12; i++) {
                String x = i < a.length ? a[i] : "(none)";
                String y = i < b.length ? b[i] : "(none)";
                if (!x.equals(y)) {
                    differences.add("line " + (i + 1) + "\n  expected " + x + "\n  found    " + y);
                }
            }
            throw new AssertionError(story(what + "; first differences:\n" + String.join("\n", differences)));
        }

        private String story(String what, Object... args) {
            return "seed " + seed + ": " + String.format(what, args) + "\nedits:\n  " + String.join("\n  ", done);
        }

        @Override
        public void close() {
            services.close();
        }
    }
}
