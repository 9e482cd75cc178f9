package org.visitplanner.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.visitplanner.app.log.AppLog;
import org.visitplanner.app.log.LastResort;
import org.visitplanner.gui.Theme;
import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.Dialogs;
import org.visitplanner.gui.common.FirstPaint;
import org.visitplanner.gui.common.FxScheduler;
import org.visitplanner.gui.common.FxTaskExecutor;
import org.visitplanner.gui.common.LiveRefresh;
import org.visitplanner.gui.common.Problems;
import org.visitplanner.gui.common.UiLanguage;
import org.visitplanner.gui.common.WindowPlaces;
import org.visitplanner.gui.meeting.MeetingRecords;
import org.visitplanner.logic.backup.AutoBackup;
import org.visitplanner.logic.backup.Backup;
import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.instance.RunningInstance;
import org.visitplanner.logic.settings.UserSettings;
import org.visitplanner.logic.team.ChangeFeed;
import org.visitplanner.logic.team.TeamAddress;
import org.visitplanner.logic.undo.UndoHistory;

/**
 * The window's life: opens the data in the background (showing "Opening…"), asking for its password when it is
 * encrypted and loading the sample trip into an empty database, shows the window's views ({@link WindowViews}) on
 * the first week, then starts what the user is not waiting for (automatic backups, the listener for a second start,
 * colleagues' changes). Data that cannot be opened gets one plain sentence and a way forward
 * ({@link OpeningProblems}); the menus' commands are in {@link MenuCommands}.
 */
public final class VisitPlannerApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(VisitPlannerApp.class);

    /** Set by {@link #launchWindow} because {@link Application#launch} builds the instance itself. */
    private static volatile Path launchDataDirectory;
    private static volatile Locale launchLanguage;
    private static volatile TeamAddress launchTeam;
    private static volatile FirstRead.Begun earlyRead;

    private final Path dataDirectory;
    private final Locale language;
    private final Runnable exit;
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    /** Documents take seconds; they get their own worker so that edits never wait behind them. */
    private final FxTaskExecutor documentTasks = new FxTaskExecutor();
    private final FxScheduler scheduler = new FxScheduler();
    /** Plan for me solves here: seconds of work that must never wait behind, or hold up, the data's thread. */
    private final ExecutorService solver = Executors.newSingleThreadExecutor(
            work -> {
                Thread thread = new Thread(work, "visit-planner-solver");
                thread.setDaemon(true);
                return thread;
            });
    /** The window's undo history; it outlives a change of language (the views are rebuilt, the edits stay). */
    private final UndoHistory history = new UndoHistory(200);
    private final AppWindow window = new WindowForCommands();
    private final OpeningProblems openingProblems;
    private Services services;
    private UserSettings settings;
    private Stage stage;
    private WindowViews windowViews;
    private MenuCommands menuCommands;
    private MeetingRecords meetingRecords;
    private AppState state;
    private WindowPlaces windowPlaces;
    private final EventHandler<WindowEvent> closeMeetingWindows = event -> {
        if (meetingRecords != null) {
            meetingRecords.closeAll();
        }
    };
    /** Views built while the first week was being read, waiting for it (null: none). */
    private Prepared prepared;

    private record Prepared(Services services, CompletableFuture<FirstRead> read, WindowViews.Built views,
                            StackPane holder, Parent cover) {
    }

    private AutoBackup autoBackup;
    private RunningInstance runningInstance;
    /** Shows colleagues' changes of a team database as they are committed (ADR 0026); null on an H2 file. */
    private LiveRefresh liveRefresh;
    /** The team database the window works on (--database, or chosen in File → Team database…); null: the H2 file. */
    private TeamAddress team;
    /** Set when the app stops: data that arrives later is closed instead of shown. */
    private volatile boolean stopped;
    /** The uncaught-exception handler before this app's, put back when it stops. */
    private Thread.UncaughtExceptionHandler handlerBefore;
    /** Whether the sentence about an unexpected failure is on the screen (the next ones are only logged meanwhile). */
    private boolean tellingUnexpected;

    /** Used by {@link Application#launch}. */
    public VisitPlannerApp() {
        this(launchDataDirectory, launchLanguage);
        this.team = launchTeam;
    }

    /** Used by tests, which start the app on a data directory of their own. */
    public VisitPlannerApp(Path dataDirectory, Locale language) {
        this(dataDirectory, language, Platform::exit);
    }

    /** Used by tests that make the app quit: {@code exit} ends it instead of the whole JavaFX platform. */
    public VisitPlannerApp(Path dataDirectory, Locale language, Runnable exit) {
        this.dataDirectory = dataDirectory;
        this.language = language;
        this.exit = exit;
        this.openingProblems = new OpeningProblems(window, tasks, dataDirectory);
    }

    /**
     * Starts JavaFX with the window on the team database {@code team} (null: the one chosen last, else the data
     * folder's H2 file); returns when the window is closed. The data is opened and the first week read while JavaFX
     * starts (see {@link FirstRead}).
     */
    public static void launchWindow(Path dataDirectory, Locale language, TeamAddress team) {
        launchDataDirectory = dataDirectory;
        launchLanguage = language;
        AppLog.start(dataDirectory);
        UserSettings settings = UserSettings.load(dataDirectory);
        launchTeam = team != null ? team : settings.teamDatabase().orElse(null);
        earlyRead = FirstRead.begin(dataDirectory, launchTeam, null, settings.lastTripId());
        Application.launch(VisitPlannerApp.class);
    }

    /**
     * Starts JavaFX with the window on {@code dataDirectory} (or the team database chosen last); returns when the
     * window is closed.
     */
    public static void launchWindow(Path dataDirectory, Locale language) {
        launchWindow(dataDirectory, language, null);
    }

    /** The first read begun by {@link #launchWindow} before JavaFX started, if it was for this data. */
    private FirstRead.Begun takeEarlyRead() {
        FirstRead.Begun early = earlyRead;
        earlyRead = null;
        return early != null && dataDirectory.equals(launchDataDirectory) && Objects.equals(team, launchTeam) ? early
                : FirstRead.begin(dataDirectory, team, null, settings.lastTripId());
    }

    @Override
    public void start(Stage primaryStage) {
        StartupTrace.ended(StartupTrace.Phase.TOOLKIT_UP);
        this.stage = primaryStage;
        AppLog.start(dataDirectory);
        handlerBefore = LastResort.install(sentence -> Platform.runLater(() -> tellUnexpected(sentence)));
        UiLanguage.use(language);
        settings = UserSettings.load(dataDirectory);
        if (team == null) {
            team = settings.teamDatabase().orElse(null);
        }
        Theme.apply(settings.darkTheme());
        stage.setTitle(Messages.get("app.name"));
        stage.getIcons().setAll(new Image(VisitPlannerApp.class.getResourceAsStream("/org/visitplanner/gui/icon.png")));
        windowPlaces = new WindowPlaces(settings);
        windowViews = new WindowViews(stage, tasks, documentTasks, scheduler, solver, settings, windowPlaces, history,
                file -> getHostServices().showDocument(file.toUri().toString()));
        menuCommands = new MenuCommands(window, new DataCommands(window, tasks, settings),
                new TeamCommands(window, tasks, dataDirectory), chosen -> {
                    UiLanguage.use(chosen);
                    stage.setTitle(Messages.get("app.name"));
                    showMainView(null); // the edits stay undoable
                });
        stage.setScene(new Scene(opening()));
        windowPlaces.placeMain(stage);
        // Meeting windows close with the main window, each saving what was typed last.
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, closeMeetingWindows);
        stage.show();
        FirstRead.Begun begun = takeEarlyRead();
        // The views are built as soon as the data is open, while its first week is still being read (both run on a
        // thread each: the views on this one, the read on the opening thread). Callbacks from one thread, in order.
        begun.opened().thenAccept(opened -> Platform.runLater(() -> prepareViews(opened, begun.read())));
        begun.read().whenComplete((read, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                opened(read, null);
            } else {
                forgetPreparedViews();
                openingProblems.cannotOpen(failure instanceof CompletionException wrapped
                        && wrapped.getCause() != null ? wrapped.getCause() : failure, null);
            }
        }));
    }

    /**
     * Builds the window's views over data just opened whose first week is still being read: FXML, styles, skins and
     * layout are done behind the "Opening…" screen, which stays in front until the read arrives ({@link #opened}).
     * The views do not touch the data meanwhile: the data thread's first job waits for the read to end, so that
     * what they ask for runs only after it, and the view-models wait for what the read brings instead of reading.
     */
    private void prepareViews(Services opened, CompletableFuture<FirstRead> read) {
        if (stopped || services != null) {
            return;
        }
        tasks.run(() -> read.handle((done, failure) -> null).join(), nothing -> { },
                failure -> LOG.warn("The data thread stopped waiting for the first read", failure));
        services = opened;
        Parent cover = stage.getScene().getRoot();
        WindowViews.Built views = buildViews();
        StackPane holder = new StackPane(views.root(), cover);
        // The holder only stacks "Opening…" over the views (and stays the scene's root: moving the views out of it
        // would style them all again). The focus it is given goes to the window's root, which handles the window's
        // keys (Ctrl+N on every page), as when that root is the scene's.
        holder.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                views.root().requestFocus();
            }
        });
        stage.getScene().setRoot(holder);
        prepared = new Prepared(opened, read, views, holder, cover);
        StartupTrace.ended(StartupTrace.Phase.VIEWS_BUILT);
    }

    /** The first read failed: the views built for it go, and the window says why over "Opening…". */
    private void forgetPreparedViews() {
        if (prepared != null) {
            prepared = null;
            services = null; // closed by the read that failed
            stage.getScene().setRoot(opening());
        }
    }

    /** Opens the data in the background with {@code password} (null: none typed yet). */
    private void openData(char[] password) {
        tasks.run(() -> FirstRead.open(dataDirectory, team, password, settings.lastTripId()),
                read -> opened(read, password), failure -> openingProblems.cannotOpen(failure, password));
    }

    /**
     * The data is open and the first week read: the window shows it at once; what the user is not waiting for
     * (backups, the listener for a second start, checks) starts once that week is on the screen.
     */
    private void opened(FirstRead read, char[] password) {
        OpeningProblems.clear(password);
        if (stopped) {
            read.services().close(); // the window was closed while the data was opening
            return;
        }
        services = read.services();
        // Opened on another thread, the data is written from now on by the data thread only (ADR 0014, 0023).
        services.database().confineWritesTo(tasks::runsOn);
        Prepared built = prepared;
        prepared = null;
        if (built != null && built.services() == read.services()) {
            built.views().show(read);
            built.holder().getChildren().remove(built.cover()); // the week is there: "Opening…" goes
        } else {
            showMainView(read);
        }
        FirstPaint.then(stage.getScene(), () -> {
            StartupTrace.ended(StartupTrace.Phase.WEEK_PAINTED);
            if (!stopped) {
                startBackground();
            }
        });
    }

    private Parent opening() {
        ProgressIndicator progress = new ProgressIndicator();
        Label label = new Label(Messages.get("app.opening", dataDirectory.toString()));
        VBox box = new VBox(16, progress, label);
        box.setAlignment(Pos.CENTER);
        // Opaque: the window's views may be built behind it while the data opens (prepareViews).
        box.setStyle("-fx-background-color: -color-bg-default;");
        return box;
    }

    /** Builds the window's views and shows them; {@code read}, when given, is what they show first (read at start). */
    private void showMainView(FirstRead read) {
        WindowViews.Built views = buildViews();
        if (read != null) {
            views.show(read);
        } else {
            views.readThemselves();
        }
        stage.getScene().setRoot(views.root());
    }

    /** Builds the window's views over {@link #services}, waiting for their first data. */
    private WindowViews.Built buildViews() {
        if (meetingRecords != null) {
            meetingRecords.closeAll(); // rebuilt in the new language
        }
        WindowViews.Built views = windowViews.build(services, team, menuCommands);
        state = views.state();
        meetingRecords = views.records();
        return views;
    }

    /**
     * What waits until the week is painted, in the data thread's idle lane (work the user asks for goes first):
     * listening for a second start on the same data (to come forward), the schema check, and the automatic backups,
     * the first one now.
     */
    private void startBackground() {
        ChangeFeed feed = services.database().changeFeed();
        if (feed != null) {
            liveRefresh = new LiveRefresh(feed, Platform::runLater, () -> state);
            liveRefresh.start();
        }
        if (team != null) {
            // The office backs up its server (File → Backup now… still saves a copy on this computer), and a second
            // start on a team database is a second window of its own.
            tasks.runWhenIdle(() -> StartupTrace.ended(StartupTrace.Phase.IDLE));
            return;
        }
        tasks.runWhenIdle(() -> {
            try {
                RunningInstance listening = RunningInstance.listen(dataDirectory,
                        () -> Platform.runLater(this::bringForward));
                Platform.runLater(() -> runningInstance = listening);
            } catch (IOException | RuntimeException failure) {
                // Without it a second start just says the data is open elsewhere.
                LOG.warn("Not listening for a second start on the same data", failure);
            }
        });
        autoBackup = new AutoBackup(services.backups(), tasks::runWhenIdle, Clock.systemDefaultZone(),
                new AutoBackup.Listener() {
                    @Override
                    public void backedUp(Backup backup) {
                        Platform.runLater(() -> state.showStatus(Messages.get("status.backedUp",
                                Formats.time(LocalTime.now()))));
                    }

                    @Override
                    public void failed(RuntimeException problem) {
                        Platform.runLater(() -> state.showStatus(Messages.get("status.backupFailed",
                                Problems.describe(problem))));
                    }
                });
        autoBackup.start();
        tasks.runWhenIdle(() -> StartupTrace.ended(StartupTrace.Phase.IDLE));
    }

    /** Closes the data now open (on the data thread, after the edits queued before) and opens the chosen one. */
    private void switchData() {
        Services open = services;
        services = null;
        history.clear();
        // What ran beside the data now closed stops with it; the data opened next starts its own.
        stopBackground();
        if (meetingRecords != null) {
            meetingRecords.closeAll();
        }
        stage.getScene().setRoot(opening());
        tasks.run(() -> {
            if (open != null) {
                open.close();
            }
            return null;
        }, closed -> openData(null), failure -> openData(null));
    }

    /** Stops what {@link #startBackground} started. */
    private void stopBackground() {
        if (autoBackup != null) {
            autoBackup.close();
            autoBackup = null;
        }
        if (runningInstance != null) {
            runningInstance.close();
            runningInstance = null;
        }
        if (liveRefresh != null) {
            liveRefresh.close();
            liveRefresh = null;
        }
    }

    private void bringForward() {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    private void openFolder(Path folder) {
        if (folder != null) {
            getHostServices().showDocument(folder.toUri().toString());
        }
    }

    /** An unexpected failure, caught nowhere else: one sentence at a time (each one is in the log). */
    private void tellUnexpected(String sentence) {
        if (tellingUnexpected || stopped || stage == null) {
            return;
        }
        tellingUnexpected = true;
        try {
            alert(sentence);
        } finally {
            tellingUnexpected = false;
        }
    }

    private void alert(String sentence) {
        Dialogs.error(stage, Messages.get("problem.header"), sentence);
    }

    private void quit() {
        stage.close();
        exit.run();
    }

    /** The window as the commands see it. */
    private final class WindowForCommands implements AppWindow {
        @Override
        public Stage stage() {
            return stage;
        }

        @Override
        public Services services() {
            return services;
        }

        @Override
        public AppState state() {
            return state;
        }

        @Override
        public TeamAddress team() {
            return team;
        }

        @Override
        public void openData(char[] password) {
            VisitPlannerApp.this.openData(password);
        }

        @Override
        public void switchTo(TeamAddress chosen) {
            team = chosen;
            settings.setTeamDatabase(chosen);
            switchData();
        }

        @Override
        public void rebuild() {
            history.clear();
            showMainView(null);
        }

        @Override
        public void openFolder(Path folder) {
            VisitPlannerApp.this.openFolder(folder);
        }

        @Override
        public void alert(String sentence) {
            VisitPlannerApp.this.alert(sentence);
        }

        @Override
        public void quit() {
            VisitPlannerApp.this.quit();
        }
    }

    @Override
    public void stop() {
        solver.shutdownNow();
        UiLanguage.restoreSystemLocale();
        stopped = true;
        if (handlerBefore != null || Thread.getDefaultUncaughtExceptionHandler() != null) {
            Thread.setDefaultUncaughtExceptionHandler(handlerBefore);
        }
        if (windowPlaces != null) {
            windowPlaces.saveSplits();
            windowPlaces.forget(stage);
        }
        if (stage != null) {
            // The window may outlive this app (a test starts the next one in it): it keeps nothing of this one.
            stage.removeEventHandler(WindowEvent.WINDOW_HIDDEN, closeMeetingWindows);
        }
        documentTasks.close();
        stopBackground();
        tasks.close();
        if (prepared != null) {
            // The first read is still under way on the data: closed when it ends (a failed read closes it itself).
            prepared.read().thenAccept(read -> read.services().close());
        } else if (services != null) {
            services.close();
        }
        AppLog.stop();
    }
}
