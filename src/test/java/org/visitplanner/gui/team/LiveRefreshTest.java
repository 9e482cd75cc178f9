package org.visitplanner.gui.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javafx.collections.ListChangeListener;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.visitplanner.app.Services;
import org.visitplanner.db.TeamChangeListener;
import org.visitplanner.db.TeamRoles;
import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.LiveRefresh;
import org.visitplanner.gui.common.UndoActions;
import org.visitplanner.gui.directory.DirectoryActions;
import org.visitplanner.gui.directory.InstitutionsViewModel;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.team.ChangeFeed;
import org.visitplanner.logic.team.TeamAddress;
import org.visitplanner.logic.undo.UndoHistory;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Institution;
import org.visitplanner.support.CurrentThreadTaskExecutor;
import org.visitplanner.support.TestPostgres;

/** Two colleagues on one PostgreSQL team database: what one saves, the other's window shows without reloading. */
@Tag("team")
class LiveRefreshTest {

    private final TestPostgres server = TestPostgres.shared();
    private TeamAddress address;
    private Services mine;
    private Services theirs;
    /** Stands for the JavaFX thread of "my" window: the view-model is used on this one thread only. */
    private final ExecutorService myWindowThread = Executors.newSingleThreadExecutor();

    @BeforeEach
    void open() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        address = server.migratedDatabase();
        mine = Services.team(address, TestPostgres.PASSWORD.toCharArray(), Files.createTempDirectory("vp-mine-"));
        mine.sampleTrip().ensureLoaded();
        Path other = Files.createTempDirectory("vp-theirs-");
        theirs = Services.team(address, TestPostgres.PASSWORD.toCharArray(), other);
    }

    @AfterEach
    void close() throws Exception {
        myWindowThread.shutdown();
        myWindowThread.awaitTermination(5, TimeUnit.SECONDS);
        mine.close();
        theirs.close();
    }

    private Institution ponts(Services services) {
        return services.institutions().findAll().stream()
                .filter(i -> i.officialName().equals("École des Ponts et Chaussées")).findFirst().orElseThrow();
    }

    @Test
    void aColleaguesRenameShowsInMyDirectoryWithinASecond() throws Exception {
        AppState state = new AppState();
        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        InstitutionsViewModel directory = myWindowThread.submit(() -> {
            InstitutionsViewModel model = new InstitutionsViewModel(new DirectoryActions(tasks, state,
                    new UndoActions(tasks, state, new UndoHistory(10)), mine.directory()));
            model.reload();
            return model;
        }).get();
        CountDownLatch shown = new CountDownLatch(1);
        myWindowThread.submit(() -> directory.rows().addListener((ListChangeListener<InstitutionsViewModel.Row>) c -> {
            if (directory.rows().stream().anyMatch(r -> r.officialName().equals("École nationale des ponts"))) {
                shown.countDown();
            }
        })).get();
        try (LiveRefresh refresh = new LiveRefresh(mine.database().changeFeed(), myWindowThread, () -> state)) {
            refresh.start();
            awaitListening();

            Institution read = ponts(theirs);
            long saved = System.nanoTime();
            theirs.institutions().update(renamed(read, "École nationale des ponts"));

            assertThat(shown.await(1, TimeUnit.SECONDS)).as("my directory shows the new name within 1 s").isTrue();
            assertThat((System.nanoTime() - saved) / 1_000_000).isLessThan(1000);
        }
    }

    @Test
    void myOwnChangesAreNotReportedBackButAColleaguesAre() throws Exception {
        BlockingQueue<Set<String>> reported = new LinkedBlockingQueue<>();
        try (ChangeFeed feed = mine.database().changeFeed()) {
            feed.start(reported::add);
            awaitListening();

            Institution read = ponts(mine);
            mine.institutions().update(renamed(read, "Ponts (mine)"));
            Contact contact = theirs.contacts().findByInstitution(read.id()).get(0);
            theirs.contacts().update(new Contact(contact.id(), contact.institutionId(), contact.nameLatin(),
                    contact.nameChinese(), "Director", contact.email(), contact.phone(), contact.languages(),
                    contact.notes(), contact.version()));

            assertThat(reported.poll(5, TimeUnit.SECONDS)).containsExactly("contact");
        }
    }

    @Test
    void afterTheServerDroppedTheListenerItListensAgainAndSaysSomethingMayHaveChanged() throws Exception {
        BlockingQueue<Set<String>> reported = new LinkedBlockingQueue<>();
        try (ChangeFeed feed = mine.database().changeFeed()) {
            feed.start(reported::add);
            awaitListening();

            server.run(address, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    + "WHERE query LIKE 'LISTEN %' AND pid <> pg_backend_pid()");

            assertThat(reported.poll(10, TimeUnit.SECONDS)).containsExactly(TeamChangeListener.ANYTHING);
            awaitListening();
            Institution read = ponts(theirs);
            theirs.institutions().update(renamed(read, "Ponts again"));
            assertThat(reported.poll(5, TimeUnit.SECONDS)).containsExactly("institution");
        }
    }

    @Test
    void anEditorsChangeIsRecordedUnderTheirNameAndAReaderIsToldOfIt() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        String editor = "vp_editor_" + suffix;
        String reader = "vp_reader_" + suffix;
        TeamRoles.setUp(mine.database(), List.of(editor), List.of(reader));
        for (String role : List.of(editor, reader)) {
            server.admin("ALTER ROLE \"" + role + "\" PASSWORD 'role-secret'");
        }
        Path folder = Files.createTempDirectory("vp-roles-");
        try (Services asEditor = Services.team(new TeamAddress(address.host(), address.port(), address.database(),
                editor), "role-secret".toCharArray(), folder.resolve("editor"));
             Services asReader = Services.team(new TeamAddress(address.host(), address.port(), address.database(),
                     reader), "role-secret".toCharArray(), folder.resolve("reader"));
             ChangeFeed feed = asReader.database().changeFeed()) {
            BlockingQueue<Set<String>> reported = new LinkedBlockingQueue<>();
            feed.start(reported::add);
            awaitListening();

            Institution read = ponts(asEditor);
            asEditor.institutions().update(renamed(read, "Ponts, by the editor"));

            assertThat(reported.poll(5, TimeUnit.SECONDS)).containsExactly("institution");
            assertThat(asReader.history().ofInstitution(read.id())).filteredOn(c -> !c.field().equals("added"))
                    .singleElement()
                    .satisfies(change -> assertThat(change.who()).isEqualTo(editor));
        }
    }

    /** Waits until the server has a session listening on the channel (the feed's thread got there). */
    private void awaitListening() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Integer listening = theirs.database().withConnection(c -> {
                try (var statement = c.createStatement();
                     var result = statement.executeQuery("SELECT count(*) FROM pg_stat_activity "
                             + "WHERE query = 'LISTEN " + TeamChangeListener.CHANNEL + "' AND state = 'idle'")) {
                    result.next();
                    return result.getInt(1);
                }
            });
            if (listening > 0) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the change listener did not start listening");
    }

    private static Institution renamed(Institution i, String name) {
        return new Institution(i.id(), name, i.englishName(), i.chineseName(), i.shortName(), i.kind(),
                i.relation(), i.address(), i.postcode(), i.city(), i.country(), i.coordinates(), i.website(),
                i.phone(), i.notes(), i.version());
    }
}
