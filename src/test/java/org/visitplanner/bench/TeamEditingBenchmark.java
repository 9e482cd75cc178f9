package org.visitplanner.bench;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.visitplanner.app.Services;
import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.LiveRefresh;
import org.visitplanner.gui.common.UndoActions;
import org.visitplanner.gui.directory.DirectoryActions;
import org.visitplanner.gui.directory.InstitutionFormViewModel;
import org.visitplanner.gui.directory.InstitutionsViewModel;
import org.visitplanner.gui.itinerary.EventDialogViewModel;
import org.visitplanner.gui.itinerary.ItineraryViewModel;
import org.visitplanner.gui.meeting.MeetingNotesViewModel;
import org.visitplanner.gui.meeting.MeetingRecordViewModel;
import org.visitplanner.gui.team.ClashChoices;
import org.visitplanner.logic.directory.InstitutionField;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.team.TeamAddress;
import org.visitplanner.logic.undo.UndoHistory;
import org.visitplanner.model.Event;
import org.visitplanner.model.Trip;
import org.visitplanner.support.CurrentThreadTaskExecutor;
import org.visitplanner.support.ManualScheduler;
import org.visitplanner.support.TestPostgres;

/**
 * Several colleagues editing one trip at once on a team database, with the server on this machine (a throw-away
 * cluster, {@link TestPostgres}). Each client is a window without its scene: its own {@link Services} (connections,
 * change listener, data folder), its own window thread running the week's, the directory's and a meeting record's
 * view-models exactly as the window runs them (saves, field merges, the clash dialog's choices, live refreshes). For
 * the time given, each client in turn changes a text of one of three visits (title, place, notes), of the first
 * visit's institution (notes, address, city, short name) or of that visit's meeting record (agenda, notes), each
 * value unique ({@code c<client>-<n>}), and answers every clash dialog (mine, theirs or both, at random).
 *
 * <p>The server itself keeps the truth: a trigger of the benchmark's own ({@code bench.audit}, added after the
 * clients connected) copies every update of those rows, before and after. At the end every change of a field is
 * checked against it: the value it replaced was shown to the writer, or kept in the new value ("both"), or was in a
 * clash dialog the writer answered; every saved value is in some version of its row. Also measured: change-to-refresh
 * latency (a colleague's saved value until another client's view shows it, counted only in refreshes the change
 * listener started) and the week's opening (the week's view-model reading the trip through the window's service).
 * Targets: 0 changes lost, every same-field clash reported, latency p95 ≤ 500 ms, week p95 ≤ 100 ms; exit code 1 when
 * one is missed.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.visitplanner.bench.TeamEditingBenchmark [seconds] [clients]</pre>
 */
public final class TeamEditingBenchmark {

    private static final Pattern TAG = Pattern.compile("c\\d+-\\d+");
    private static final List<String> EVENT_FIELDS = List.of("title", "location", "notes");
    private static final Map<InstitutionField, String> INSTITUTION_FIELDS = new LinkedHashMap<>();
    private static final List<String> MEETING_FIELDS = List.of("agenda", "notes");

    static {
        INSTITUTION_FIELDS.put(InstitutionField.NOTES, "notes");
        INSTITUTION_FIELDS.put(InstitutionField.ADDRESS, "address");
        INSTITUTION_FIELDS.put(InstitutionField.CITY, "city");
        INSTITUTION_FIELDS.put(InstitutionField.SHORT_NAME, "short_name");
    }

    /** Which row: its table and id. */
    private record Key(String table, long id) {
    }

    /** One change a client made, as its user typed it. */
    private static final class Edit {
        final int client;
        final Key key;
        final String field;
        final String tag;
        final String shownBefore;
        long savedNanos;
        String failure;

        Edit(int client, Key key, String field, String tag, String shownBefore) {
            this.client = client;
            this.key = key;
            this.field = field;
            this.tag = tag;
            this.shownBefore = shownBefore;
        }
    }

    /** A clash dialog a client answered. */
    private record Clash(int client, String theirs, String mine, String decision) {
    }

    /** The changes every client saved, in the order they were saved (for the others to look for in their views). */
    private static final List<Edit> PUBLISHED = Collections.synchronizedList(new ArrayList<>());

    private TeamEditingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int clientCount = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Messages.setLocale(Locale.ENGLISH);
        TestPostgres server = TestPostgres.shared();
        TeamAddress address = server.migratedDatabase();
        List<Client> clients = new ArrayList<>();
        boolean met;
        try {
            try (Services first = open(address)) {
                first.sampleTrip().ensureLoaded();
            }
            for (int i = 1; i <= clientCount; i++) {
                clients.add(new Client(i, open(address)));
            }
            Targets targets = clients.get(0).window.submit(clients.get(0)::targets).get();
            for (Client client : clients) {
                client.window.submit(() -> client.show(targets)).get();
            }
            for (Client client : clients) {
                client.window.submit(client::warmUp).get();
            }
            addAudit(server, address);
            for (Client client : clients) {
                client.startListening();
            }
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService drivers = Executors.newFixedThreadPool(clientCount);
            List<Future<?>> running = new ArrayList<>();
            for (Client client : clients) {
                running.add(drivers.submit(() -> {
                    client.drive(end);
                    return null;
                }));
            }
            for (Future<?> driver : running) {
                driver.get();
            }
            drivers.shutdown();
            // the last saves' notifications reach the others' views
            Thread.sleep(2_000);
            for (Client client : clients) {
                client.window.submit(() -> { }).get();
            }
            met = report(clients, server, address, seconds);
        } finally {
            for (Client client : clients) {
                client.close();
            }
        }
        System.exit(met ? 0 : 1);
    }

    private static Services open(TeamAddress address) throws Exception {
        return Services.team(address, TestPostgres.PASSWORD.toCharArray(),
                Files.createTempDirectory("vp-bench-team-"));
    }

    /** The benchmark's own record of every update of the edited tables (not the app's; added once clients run). */
    private static void addAudit(TestPostgres server, TeamAddress address) {
        server.run(address, "CREATE SCHEMA bench");
        server.run(address, "CREATE TABLE bench.audit (seq bigserial PRIMARY KEY, tbl text, id bigint, "
                + "old_row jsonb, new_row jsonb)");
        server.run(address, "CREATE FUNCTION bench.audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "INSERT INTO bench.audit (tbl, id, old_row, new_row) "
                + "VALUES (TG_TABLE_NAME, NEW.id, to_jsonb(OLD), to_jsonb(NEW)); RETURN NULL; END $$");
        for (String table : List.of("event", "institution", "meeting_record")) {
            server.run(address, "CREATE TRIGGER bench_audit AFTER UPDATE ON " + table
                    + " FOR EACH ROW EXECUTE FUNCTION bench.audit()");
        }
    }

    /** What the clients edit: three visits of the sample trip, the first one's institution and meeting record. */
    private record Targets(Trip trip, List<Long> eventIds, long institutionId, long meetingEventId) {
    }

    /** One colleague's window without its scene. */
    private static final class Client {
        final int index;
        final Services services;
        final ExecutorService window;
        final AppState state = new AppState();
        final Random random;
        final List<Edit> edits = new ArrayList<>();
        final List<Clash> clashes = new ArrayList<>();
        final List<Long> latencyMicros = new ArrayList<>();
        final List<Long> weekMicros = new ArrayList<>();
        final List<Long> weekShownMicros = new ArrayList<>();
        final Set<Edit> waiting = new HashSet<>();
        int seenByOwnReload;
        int published;
        int number;
        boolean liveRefresh;
        ItineraryViewModel week;
        InstitutionsViewModel directory;
        InstitutionFormViewModel form;
        MeetingRecordViewModel meeting;
        LiveRefresh refresh;
        Targets targets;

        Client(int index, Services services) {
            this.index = index;
            this.services = services;
            this.random = new Random(index);
            this.window = Executors.newSingleThreadExecutor(r -> new Thread(r, "client-" + index + "-window"));
        }

        Targets targets() {
            Trip trip = services.trips().findAll().get(0).trip();
            List<Event> visits = services.itinerary().load(trip.id()).orElseThrow().events().stream()
                    .filter(e -> e.institutionId() != null).limit(3).toList();
            return new Targets(trip, visits.stream().map(Event::id).toList(), visits.get(0).institutionId(),
                    visits.get(0).id());
        }

        /** Builds the view-models as the window does, shows the trip, its first visit's institution and record. */
        void show(Targets shown) {
            this.targets = shown;
            CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
            UndoActions undo = new UndoActions(tasks, state, new UndoHistory(100));
            week = new ItineraryViewModel(tasks, state, services.itinerary(), undo);
            DirectoryActions actions = new DirectoryActions(tasks, state, undo, services.directory());
            directory = new InstitutionsViewModel(actions);
            form = directory.form();
            meeting = new MeetingRecordViewModel(tasks, new ManualScheduler(), state, services.meetings(), undo);
            week.setClashResolver(this::decide);
            form.setClashResolver(this::decide);
            meeting.notes().setClashResolver(this::decide);
            // after every view reloaded: what of the others' changes the views show now
            state.dataRevisionProperty().addListener((obs, was, now) -> lookForOthersChanges());
            state.currentTripProperty().set(shown.trip());
            directory.reload();
            directory.select(shown.institutionId());
            meeting.open(shown.meetingEventId());
        }

        void startListening() {
            refresh = new LiveRefresh(services.database().changeFeed(), window, () -> {
                liveRefresh = true;
                return state;
            });
            refresh.start();
        }

        /** The clash dialog, answered as a user might: mine, theirs or both; every one remembered. */
        boolean decide(String title, ClashChoices choices) {
            for (ClashChoices.Row row : choices.rows()) {
                int choice = random.nextInt(5);
                String decision;
                if (choice < 2) {
                    row.useMine();
                    decision = "mine";
                } else if (choice < 4) {
                    row.useStored();
                    decision = "theirs";
                } else {
                    row.combine();
                    decision = "both";
                }
                clashes.add(new Clash(index, row.storedText(), row.myText(), decision));
            }
            return true;
        }

        /** The first reads of a JVM are not the ones a user waits for: the week read and shown 20 times first. */
        void warmUp() {
            for (int i = 0; i < 20; i++) {
                openWeek();
            }
            weekMicros.clear();
            weekShownMicros.clear();
        }

        /** A save, the week opened again, then the user's pause (0.5–1.5 s): a busy office's pace, not a human's. */
        void drive(long end) throws Exception {
            while (System.nanoTime() < end) {
                window.submit(this::editOnce).get();
                window.submit(this::openWeek).get();
                Thread.sleep(500 + random.nextInt(1_000));
            }
        }

        /** The week opened again, as when the user comes back to it: read through the window's service, shown. */
        void openWeek() {
            long start = System.nanoTime();
            if (services.itinerary().load(targets.trip().id()).orElseThrow().events().isEmpty()) {
                throw new IllegalStateException("the week was read empty");
            }
            long read = System.nanoTime();
            week.reload();
            weekMicros.add((read - start) / 1_000);
            weekShownMicros.add((System.nanoTime() - read) / 1_000);
        }

        void editOnce() {
            String tag = "c" + index + "-" + ++number;
            switch (random.nextInt(3)) {
                case 0 -> editEvent(tag);
                case 1 -> editInstitution(tag);
                default -> editMeeting(tag);
            }
        }

        void editEvent(String tag) {
            long id = targets.eventIds().get(random.nextInt(targets.eventIds().size()));
            Optional<Event> shown = week.itinerary().flatMap(i -> i.event(id));
            Optional<EventDialogViewModel> dialog = week.editDialog(id);
            if (shown.isEmpty() || dialog.isEmpty()) {
                return;
            }
            Event e = shown.get();
            String field = EVENT_FIELDS.get(random.nextInt(EVENT_FIELDS.size()));
            String value = switch (field) {
                case "title" -> "Visit " + tag;
                case "location" -> "Room " + tag;
                default -> "Bring the slides " + tag;
            };
            Event after = new Event(e.id(), e.tripId(), e.uid(), e.kind(), field.equals("title") ? value : e.title(),
                    e.start(), e.end(), e.zone(), e.institutionId(), field.equals("location") ? value : e.location(),
                    e.status(), field.equals("notes") ? value : e.notes(), e.participantIds(), e.hostIds(),
                    e.version());
            Edit edit = begin(new Key("event", id), field, tag, eventText(e, field));
            state.statusMessageProperty().set("");
            week.save(dialog.get(), after);
            String status = state.statusMessageProperty().get();
            boolean saved = status.equals(Messages.get("itinerary.saved")) || isMerged(status);
            end(edit, saved ? null : status);
        }

        void editInstitution(String tag) {
            List<InstitutionField> fields = new ArrayList<>(INSTITUTION_FIELDS.keySet());
            InstitutionField field = fields.get(random.nextInt(fields.size()));
            String value = field == InstitutionField.SHORT_NAME ? "EIVP " + tag : "Ask at the desk " + tag;
            Edit edit = begin(new Key("institution", targets.institutionId()), INSTITUTION_FIELDS.get(field), tag,
                    form.field(field).text());
            form.field(field).textProperty().set(value);
            form.commit();
            boolean saved = !form.staleProperty().get() && !form.field(field).changed();
            end(edit, saved ? null : form.saveNoteProperty().get());
        }

        void editMeeting(String tag) {
            String field = MEETING_FIELDS.get(random.nextInt(MEETING_FIELDS.size()));
            boolean agenda = field.equals("agenda");
            MeetingNotesViewModel notes = meeting.notes();
            Edit edit = begin(new Key("meeting_record", meetingId()), field, tag,
                    agenda ? notes.agendaProperty().get() : notes.notesProperty().get());
            (agenda ? notes.agendaProperty() : notes.notesProperty()).set("Discuss the exchange " + tag);
            notes.flush();
            boolean saved = !notes.saveFailedProperty().get() && !notes.hasUnsavedText();
            end(edit, saved ? null : notes.saveStatusProperty().get());
        }

        long meetingId() {
            return services.meetingRepository().findByEvent(targets.meetingEventId()).orElseThrow().id();
        }

        Edit begin(Key key, String field, String tag, String shownBefore) {
            Edit edit = new Edit(index, key, field, tag, shownBefore == null ? "" : shownBefore);
            edits.add(edit);
            return edit;
        }

        void end(Edit edit, String failure) {
            edit.failure = failure;
            if (failure == null) {
                edit.savedNanos = System.nanoTime();
                PUBLISHED.add(edit);
            }
        }

        /** Runs after every reload of the views: the others' saved values these views show now. */
        void lookForOthersChanges() {
            boolean live = liveRefresh;
            liveRefresh = false;
            long now = System.nanoTime();
            synchronized (PUBLISHED) {
                for (; published < PUBLISHED.size(); published++) {
                    Edit edit = PUBLISHED.get(published);
                    if (edit.client != index) {
                        waiting.add(edit);
                    }
                }
            }
            for (var it = waiting.iterator(); it.hasNext(); ) {
                Edit edit = it.next();
                String shown = shownText(edit.key, edit.field);
                if (shown == null) {
                    continue;
                }
                if (shown.contains(edit.tag)) {
                    it.remove();
                    if (live) {
                        latencyMicros.add((now - edit.savedNanos) / 1_000);
                    } else {
                        seenByOwnReload++;
                    }
                } else if (supersedes(shown, edit)) {
                    it.remove(); // a later value replaced it before this window read it
                }
            }
        }

        boolean supersedes(String shown, Edit edit) {
            Matcher tags = TAG.matcher(shown);
            synchronized (PUBLISHED) {
                while (tags.find()) {
                    String tag = tags.group();
                    for (int i = PUBLISHED.size() - 1; i >= 0 && PUBLISHED.get(i) != edit; i--) {
                        if (PUBLISHED.get(i).tag.equals(tag)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        String shownText(Key key, String field) {
            return switch (key.table()) {
                case "event" -> week.itinerary().flatMap(i -> i.event(key.id())).map(e -> eventText(e, field))
                        .orElse(null);
                case "institution" -> INSTITUTION_FIELDS.entrySet().stream().filter(f -> f.getValue().equals(field))
                        .findFirst().map(f -> form.field(f.getKey()).text()).orElse(null);
                default -> field.equals("agenda") ? meeting.notes().agendaProperty().get()
                        : meeting.notes().notesProperty().get();
            };
        }

        void close() {
            if (refresh != null) {
                refresh.close();
            }
            window.shutdown();
            services.close();
        }
    }

    private static String eventText(Event e, String field) {
        String text = switch (field) {
            case "title" -> e.title();
            case "location" -> e.location();
            default -> e.notes();
        };
        return text == null ? "" : text;
    }

    private static boolean isMerged(String status) {
        String[] around = Messages.get("live.merged", "\u0000").split("\u0000", -1);
        return status.startsWith(around[0]) && status.endsWith(around[1]);
    }

    /** One field's change as the server stored it. */
    private record Change(Key key, String field, String before, String after) {
    }

    private static List<Change> audit(TestPostgres server, TeamAddress address) throws SQLException {
        Map<String, List<String>> fields = Map.of("event", EVENT_FIELDS, "institution",
                List.copyOf(INSTITUTION_FIELDS.values()), "meeting_record", MEETING_FIELDS);
        List<Change> changes = new ArrayList<>();
        try (Connection connection = server.connect(address.database(), "postgres", TestPostgres.PASSWORD);
             Statement statement = connection.createStatement()) {
            for (var table : fields.entrySet()) {
                for (String field : table.getValue()) {
                    try (ResultSet rows = statement.executeQuery("SELECT id, coalesce(old_row->>'" + field
                            + "', ''), coalesce(new_row->>'" + field + "', '') FROM bench.audit WHERE tbl = '"
                            + table.getKey() + "' ORDER BY seq")) {
                        while (rows.next()) {
                            if (!rows.getString(2).equals(rows.getString(3))) {
                                changes.add(new Change(new Key(table.getKey(), rows.getLong(1)), field,
                                        rows.getString(2), rows.getString(3)));
                            }
                        }
                    }
                }
            }
        }
        return changes;
    }

    private static Set<String> tags(String text) {
        Set<String> tags = new HashSet<>();
        Matcher matcher = TAG.matcher(text);
        while (matcher.find()) {
            tags.add(matcher.group());
        }
        return tags;
    }

    private static boolean report(List<Client> clients, TestPostgres server, TeamAddress address, int seconds)
            throws SQLException {
        List<Edit> edits = new ArrayList<>();
        List<Clash> clashes = new ArrayList<>();
        List<Long> latency = new ArrayList<>();
        List<Long> weekOpens = new ArrayList<>();
        List<Long> weekShown = new ArrayList<>();
        int seenByOwnReload = 0;
        int unseen = 0;
        for (Client client : clients) {
            edits.addAll(client.edits);
            clashes.addAll(client.clashes);
            latency.addAll(client.latencyMicros);
            weekOpens.addAll(client.weekMicros);
            weekShown.addAll(client.weekShownMicros);
            seenByOwnReload += client.seenByOwnReload;
            unseen += client.waiting.size();
        }
        Map<String, Edit> byTag = new HashMap<>();
        edits.forEach(e -> byTag.put(e.tag, e));
        List<Change> changes = audit(server, address);

        // every change of a field replaced a value its writer saw, kept it (both), or was asked about it
        List<String> silentOverwrites = new ArrayList<>();
        Set<String> stored = new HashSet<>();
        for (Change change : changes) {
            Set<String> before = tags(change.before());
            Set<String> after = tags(change.after());
            stored.addAll(after);
            Set<String> added = new HashSet<>(after);
            added.removeAll(before);
            if (after.containsAll(before) && !before.isEmpty()) {
                continue; // both values kept
            }
            Edit writer = added.stream().map(byTag::get).filter(e -> e != null).findFirst().orElse(null);
            if (writer == null) {
                silentOverwrites.add(change + " (no edit of the benchmark wrote it)");
                continue;
            }
            boolean seen = writer.shownBefore.equals(change.before());
            boolean asked = clashes.stream().anyMatch(c -> c.client() == writer.client
                    && c.theirs().equals(change.before()) && c.mine().contains(writer.tag));
            if (!seen && !asked) {
                silentOverwrites.add(change + " by " + writer.tag + ", who saw \"" + writer.shownBefore + "\"");
            }
        }
        // every saved value reached its row, unless its writer chose the other value in a clash dialog
        List<String> lost = new ArrayList<>();
        int failed = 0;
        for (Edit edit : edits) {
            if (edit.failure != null) {
                failed++;
                System.out.println("not saved (the user was told): " + edit.tag + ": " + edit.failure);
                continue;
            }
            boolean gaveWay = clashes.stream().anyMatch(c -> c.client() == edit.client
                    && c.mine().contains(edit.tag) && c.decision().equals("theirs"));
            if (!stored.contains(edit.tag) && !gaveWay) {
                lost.add(edit.tag + " " + edit.key + "." + edit.field);
            }
        }
        silentOverwrites.forEach(s -> System.out.println("overwritten without a clash: " + s));
        lost.forEach(s -> System.out.println("lost: " + s));

        Collections.sort(latency);
        Collections.sort(weekOpens);
        Collections.sort(weekShown);
        long mine = clashes.stream().filter(c -> c.decision().equals("mine")).count();
        long theirs = clashes.stream().filter(c -> c.decision().equals("theirs")).count();
        System.out.printf(Locale.ROOT, "clients: %d, %d s, edits: %d (events %d, institution %d, meeting record %d),"
                        + " field changes stored: %d%n", clients.size(), seconds, edits.size(),
                count(edits, "event"), count(edits, "institution"), count(edits, "meeting_record"), changes.size());
        System.out.printf(Locale.ROOT, "same-field clashes reported: %d (mine %d, theirs %d, both %d);"
                        + " overwritten without a clash: %d; lost: %d; not saved (told): %d%n", clashes.size(), mine,
                theirs, clashes.size() - mine - theirs, silentOverwrites.size(), lost.size(), failed);
        System.out.printf(Locale.ROOT, "change to refresh (live listener): %d shown, p50 %.1f ms, p95 %.1f ms,"
                        + " max %.1f ms; shown first by the client's own reload: %d; never shown: %d%n",
                latency.size(), percentile(latency, 50), percentile(latency, 95), percentile(latency, 100),
                seenByOwnReload, unseen);
        System.out.printf(Locale.ROOT, "week read through the window's service: %d times, p50 %.1f ms, p95 %.1f ms,"
                + " max %.1f ms%n", weekOpens.size(), percentile(weekOpens, 50), percentile(weekOpens, 95),
                percentile(weekOpens, 100));
        System.out.printf(Locale.ROOT, "week read and shown by its view-model: p50 %.1f ms, p95 %.1f ms,"
                + " max %.1f ms%n", percentile(weekShown, 50), percentile(weekShown, 95), percentile(weekShown, 100));
        boolean met = silentOverwrites.isEmpty() && lost.isEmpty() && !latency.isEmpty()
                && percentile(latency, 95) <= 500 && percentile(weekOpens, 95) <= 100;
        System.out.println(met ? "targets met" : "TARGETS MISSED");
        return met;
    }

    private static long count(List<Edit> edits, String table) {
        return edits.stream().filter(e -> e.key.table().equals(table)).count();
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }
}
