package org.visitplanner.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
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
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.visitplanner.app.log.AppLog;
import org.visitplanner.app.log.LastResort;
import org.visitplanner.db.Database;
import org.visitplanner.db.DatabaseBackups;
import org.visitplanner.db.DatabaseCopy;
import org.visitplanner.gui.MainView;
import org.visitplanner.gui.MainViewModel;
import org.visitplanner.gui.Theme;
import org.visitplanner.gui.backup.BackupDoneDialog;
import org.visitplanner.gui.backup.BackupsViewModel;
import org.visitplanner.gui.backup.RestoreDialog;
import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.ColumnWidths;
import org.visitplanner.gui.common.Dialogs;
import org.visitplanner.gui.common.FileOpener;
import org.visitplanner.gui.common.FirstPaint;
import org.visitplanner.gui.common.FxScheduler;
import org.visitplanner.gui.common.FxTaskExecutor;
import org.visitplanner.gui.common.LiveRefresh;
import org.visitplanner.gui.common.LongWork;
import org.visitplanner.gui.common.Problems;
import org.visitplanner.gui.common.UiLanguage;
import org.visitplanner.gui.common.UndoActions;
import org.visitplanner.gui.common.ViewLoader;
import org.visitplanner.gui.common.WindowPlaces;
import org.visitplanner.gui.common.WorkingDialog;
import org.visitplanner.gui.directory.DirectoryActions;
import org.visitplanner.gui.directory.DirectoryFilesViewModel;
import org.visitplanner.gui.directory.DirectoryTransfer;
import org.visitplanner.gui.directory.InstitutionDetailView;
import org.visitplanner.gui.directory.InstitutionsView;
import org.visitplanner.gui.directory.InstitutionsViewModel;
import org.visitplanner.gui.documents.PrintPreviewView;
import org.visitplanner.gui.documents.PrintPreviewViewModel;
import org.visitplanner.gui.followup.FollowUpsView;
import org.visitplanner.gui.followup.FollowUpsViewModel;
import org.visitplanner.gui.itinerary.DayNotesViewModel;
import org.visitplanner.gui.itinerary.ItineraryView;
import org.visitplanner.gui.itinerary.ItineraryViewModel;
import org.visitplanner.gui.meeting.InstitutionHistoryView;
import org.visitplanner.gui.meeting.InstitutionHistoryViewModel;
import org.visitplanner.gui.meeting.MeetingRecordView;
import org.visitplanner.gui.meeting.MeetingRecordViewModel;
import org.visitplanner.gui.meeting.MeetingRecords;
import org.visitplanner.gui.people.PeopleView;
import org.visitplanner.gui.people.PeopleViewModel;
import org.visitplanner.gui.planner.PlannerView;
import org.visitplanner.gui.planner.PlannerViewModel;
import org.visitplanner.gui.planner.VisitsImportViewModel;
import org.visitplanner.gui.search.SearchViewModel;
import org.visitplanner.gui.security.PasswordPrompt;
import org.visitplanner.gui.settings.SettingsDialog;
import org.visitplanner.gui.settings.SettingsViewModel;
import org.visitplanner.gui.startup.OpenProblemDialog;
import org.visitplanner.gui.team.ClashDialog;
import org.visitplanner.gui.team.TeamDatabaseDialog;
import org.visitplanner.gui.team.TeamDatabaseViewModel;
import org.visitplanner.gui.team.TeamProblemDialog;
import org.visitplanner.gui.team.TripFileViewModel;
import org.visitplanner.gui.trip.TripActions;
import org.visitplanner.gui.trip.TripWindows;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.backup.AutoBackup;
import org.visitplanner.logic.backup.Backup;
import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.instance.RunningInstance;
import org.visitplanner.logic.settings.UserSettings;
import org.visitplanner.logic.team.ChangeFeed;
import org.visitplanner.logic.team.TeamAddress;
import org.visitplanner.logic.undo.UndoHistory;
import org.visitplanner.model.Trip;

/**
 * The window. Opens the database in the background (showing "Opening…"), asking for its password when it is
 * encrypted, loads the sample trip into an empty database, then shows the main view and starts the automatic
 * backups. Data that cannot be opened gets one plain sentence and a way forward (try again, restore a backup,
 * bring forward the window that has it open); the file is left as it was.
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
    private Services services;
    private UserSettings settings;
    private Stage stage;
    /** The window's undo history; it outlives a change of language (the views are rebuilt, the edits stay). */
    private final UndoHistory history = new UndoHistory(200);
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

    private record Prepared(Services services, CompletableFuture<FirstRead> read, Views views, StackPane holder,
                            Parent cover) {
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
                cannotOpen(failure instanceof CompletionException wrapped && wrapped.getCause() != null
                        ? wrapped.getCause() : failure, null);
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
        Views views = buildViews();
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
                read -> opened(read, password), failure -> cannotOpen(failure, password));
    }

    /**
     * The data is open and the first week read: the window shows it at once; what the user is not waiting for
     * (backups, the listener for a second start, checks) starts once that week is on the screen.
     */
    private void opened(FirstRead read, char[] password) {
        clear(password);
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

    private void showMainView() {
        showMainView(null);
    }

    /** Builds the window's views and shows them; {@code read}, when given, is what they show first (read at start). */
    private void showMainView(FirstRead read) {
        Views views = buildViews();
        if (read != null) {
            views.show(read);
        } else {
            views.readThemselves();
        }
        stage.getScene().setRoot(views.root());
    }

    /**
     * The window's views and the view-models that take what the start-up read brings; until {@link #show} or
     * {@link #readThemselves} they read nothing.
     */
    private record Views(Parent root, MainViewModel main, ItineraryViewModel itinerary) {
        /** Shows the trips and the week read at start-up. */
        void show(FirstRead read) {
            main.showTrips(read.trips());
            itinerary.showFirstRead(read.itinerary());
        }

        /** Reads the trips and the week (the window rebuilt in another language or after a restore). */
        void readThemselves() {
            main.load();
            itinerary.showFirstRead(Optional.empty());
        }
    }

    /** Builds the window's views over {@link #services}, waiting for their first data ({@link Views}). */
    private Views buildViews() {
        state = new AppState();
        // Known once, when the data was opened (on the data thread): the window offers no edits to a reader.
        state.readOnlyProperty().set(services.database().isReadOnly());
        UndoActions undo = new UndoActions(tasks, state, history);
        String location = team == null ? services.database().location()
                : Messages.get(state.isReadOnly() ? "team.status.readOnly" : "team.status", team.label());
        MainViewModel mainViewModel = new MainViewModel(tasks, state, services.trips(), settings, location, undo,
                services.calendarImport());
        mainViewModel.awaitFirstRead();
        ItineraryViewModel[] itinerary = new ItineraryViewModel[1];
        MainView.Host host = new MainView.Host() {
            @Override
            public void switchLanguage(Locale chosen) {
                UiLanguage.use(chosen);
                stage.setTitle(Messages.get("app.name"));
                showMainView();
            }

            @Override
            public void quit() {
                VisitPlannerApp.this.quit();
            }

            @Override
            public String version() {
                return AppVersion.get();
            }

            @Override
            public void backUpNow() {
                VisitPlannerApp.this.backUpNow();
            }

            @Override
            public void restore() {
                VisitPlannerApp.this.restore();
            }

            @Override
            public void openLogFolder() {
                Path folder = AppLog.folder();
                if (folder == null) {
                    alert(Messages.get("problem.unexpected.unlogged"));
                } else {
                    openFolder(folder);
                }
            }

            @Override
            public void openTeamDatabase() {
                VisitPlannerApp.this.chooseTeamDatabase();
            }

            @Override
            public void copyToTeamDatabase() {
                VisitPlannerApp.this.copyToTeamDatabase();
            }

            @Override
            public boolean onTeamDatabase() {
                return team != null;
            }

            @Override
            public void openTripFile() {
                VisitPlannerApp.this.openTripFile();
            }

            @Override
            public void saveTripFile() {
                VisitPlannerApp.this.saveTripFile();
            }

            @Override
            public void openSettings() {
                if (team != null) {
                    alert(Messages.get("team.settings", team.label()));
                    return;
                }
                SettingsDialog.show(stage, new SettingsViewModel(tasks, services.encryption(), services.backups(),
                        services.database().location(), settings.historyName().orElse(""), name -> {
                            settings.setHistoryName(name);
                            Services.recordChangesAs(name);
                        }), VisitPlannerApp.this::backUpNow, VisitPlannerApp.this::openFolder);
            }
        };
        DirectoryActions directoryActions = new DirectoryActions(tasks, state, undo, services.directory());
        directoryActions.setClashResolver(ClashDialog.resolver(() -> stage));
        VisitsImportViewModel visitsImport = new VisitsImportViewModel(tasks, state, undo, services.visitsCsv());
        DirectoryTransfer directoryTransfer = new DirectoryTransfer(new DirectoryFilesViewModel(tasks, state, undo,
                services.directoryCsv()));
        Controllers controllers = new Controllers();
        ViewLoader loader = new ViewLoader(controllers, (name, root) -> {
            windowPlaces.rememberSplits(name, root);
            ColumnWidths.wholeWords(root);
        });
        if (meetingRecords != null) {
            meetingRecords.closeAll(); // rebuilt in the new language
        }
        MeetingRecords records = new MeetingRecords(loader, stage, windowPlaces);
        meetingRecords = records;
        FileOpener fileOpener = file -> getHostServices().showDocument(file.toUri().toString());
        Clock clock = scheduler.clock();
        controllers
                .register(MainView.class, () -> new MainView(mainViewModel, loader, host, directoryTransfer,
                        new SearchViewModel(tasks, scheduler, services::search), records,
                        new TripWindows(new TripActions(tasks, state, undo, services.tripService(),
                                services.members(), services.events())), windowPlaces, visitsImport))
                .register(ItineraryView.class, () -> {
                    itinerary[0] = new ItineraryViewModel(tasks, state, services.itinerary(), undo);
                    itinerary[0].awaitFirstRead();
                    return new ItineraryView(itinerary[0], records, new DayNotesViewModel(tasks, state,
                            services.dayNotes(), services.itinerary(), undo));
                })
                .register(PlannerView.class, () -> new PlannerView(new PlannerViewModel(tasks, solver,
                        Platform::runLater, scheduler, state, services.planner(), undo), visitsImport))
                .register(MeetingRecordView.class, () -> new MeetingRecordView(new MeetingRecordViewModel(tasks,
                        scheduler, state, services.meetings(), undo), fileOpener))
                .register(InstitutionHistoryView.class, () -> new InstitutionHistoryView(
                        new InstitutionHistoryViewModel(tasks, state, services.institutions(), services.partnerships(),
                                services.partnershipStatus(), services.meetings(), services.history(), clock),
                        records))
                .register(FollowUpsView.class, () -> new FollowUpsView(new FollowUpsViewModel(tasks, state,
                        services.followUps(), services.meetings(), clock), records))
                .register(InstitutionDetailView.class, InstitutionDetailView::new)
                .register(InstitutionsView.class, () -> new InstitutionsView(new InstitutionsViewModel(
                        directoryActions)))
                .register(PeopleView.class, () -> new PeopleView(new PeopleViewModel(directoryActions,
                        services.history())))
                .register(PrintPreviewView.class, () -> new PrintPreviewView(new PrintPreviewViewModel(documentTasks,
                        Platform::runLater, services.documents(), Clock.systemDefaultZone(), state.longWork())));
        Parent root = loader.load("MainView").root();
        return new Views(root, mainViewModel, Objects.requireNonNull(itinerary[0], "the itinerary page"));
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

    /** The team database could not be opened: its password is asked when that is what it lacks. */
    private void teamCannotOpen(Throwable failure, char[] password) {
        DataProblem problem = problemIn(failure);
        if (problem != null && problem.kind() == DataProblem.Kind.WRONG_PASSWORD) {
            boolean wrong = password != null;
            clear(password);
            TeamDatabaseDialog.password(stage, team, wrong).ifPresentOrElse(this::openData, this::teamCannotOpen);
            return;
        }
        clear(password);
        teamCannotOpen(Problems.describe(failure));
    }

    private void teamCannotOpen() {
        teamCannotOpen(Messages.get("team.open.noPassword", team.label()));
    }

    /** The team database cannot be opened: try again, go back to this computer's data, or quit. */
    private void teamCannotOpen(String sentence) {
        switch (TeamProblemDialog.show(stage, sentence)) {
            case TRY_AGAIN -> openData(null);
            case USE_LOCAL_DATA -> useLocalData();
            case QUIT -> quit();
        }
    }

    /** Back to this computer's H2 data: forgets the team database in the settings and opens the data folder. */
    private void useLocalData() {
        team = null;
        settings.setTeamDatabase(null);
        switchData();
    }

    /** Closes the data now open (on the data thread, after the edits queued before) and opens the chosen one. */
    private void switchData() {
        Services open = services;
        services = null;
        history.clear();
        // What ran beside the data now closed stops with it; the data opened next starts its own.
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

    /** File → Team database…: where the team's PostgreSQL database is; the window then reopens on it. */
    private void chooseTeamDatabase() {
        TeamDatabaseDialog.Answer answer = TeamDatabaseDialog.choose(stage, new TeamDatabaseViewModel(team),
                team != null, false);
        switch (answer.choice()) {
            case CONNECT -> {
                team = answer.address();
                settings.setTeamDatabase(team);
                switchData();
            }
            case USE_LOCAL_DATA -> useLocalData();
            case CANCEL -> { }
        }
    }

    /**
     * File → Copy my data to the team database…: copies this computer's data into an empty team database (all or
     * nothing), then offers to work on it.
     */
    private void copyToTeamDatabase() {
        TeamDatabaseDialog.Answer answer = TeamDatabaseDialog.choose(stage, new TeamDatabaseViewModel(null), false,
                true);
        if (answer.choice() == TeamDatabaseDialog.Choice.CONNECT) {
            copyToTeamDatabase(answer.address(), null);
        }
    }

    private void copyToTeamDatabase(TeamAddress target, char[] password) {
        Services source = services;
        WorkingDialog working = WorkingDialog.show(stage, Messages.get("team.copy.working"));
        tasks.run(() -> {
            try (Services copy = Services.team(target, password, dataDirectory)) {
                return DatabaseCopy.copy(source.database(), copy.database());
            }
        }, copied -> {
            working.close();
            clear(password);
            if (TeamProblemDialog.confirm(stage, Messages.get("team.copy.doneSwitch", copied.rows(),
                    target.label()))) {
                team = target;
                settings.setTeamDatabase(target);
                switchData();
            }
        }, failure -> {
            working.close();
            DataProblem problem = problemIn(failure);
            if (problem != null && problem.kind() == DataProblem.Kind.WRONG_PASSWORD) {
                boolean wrong = password != null;
                clear(password);
                TeamDatabaseDialog.password(stage, target, wrong)
                        .ifPresent(typed -> copyToTeamDatabase(target, typed));
                return;
            }
            clear(password);
            alert(Problems.describe(failure));
        });
    }

    private void bringForward() {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    /** Why the data did not open, and what the user can do about it. */
    private void cannotOpen(Throwable failure, char[] password) {
        if (team != null) {
            teamCannotOpen(failure, password);
            return;
        }
        DataProblem problem = problemIn(failure);
        DataProblem.Kind kind = problem == null ? DataProblem.Kind.OTHER : problem.kind();
        String sentence = Problems.describe(failure);
        switch (kind) {
            case WRONG_PASSWORD -> {
                clear(password);
                askPassword(password != null);
            }
            case LOCKED -> tasks.run(() -> RunningInstance.askToShow(dataDirectory), shown -> {
                if (shown) {
                    quit(); // the window that has the data open came forward instead
                } else {
                    offerWaysForward(kind, sentence, password, List.of());
                }
            }, ignored -> offerWaysForward(kind, sentence, password, List.of()));
            case CORRUPT -> tasks.run(() -> DatabaseBackups.list(dataDirectory),
                    backups -> offerWaysForward(kind, sentence, password, backups),
                    ignored -> offerWaysForward(kind, sentence, password, List.of()));
            default -> offerWaysForward(kind, sentence, password, List.of());
        }
    }

    private void askPassword(boolean wrong) {
        PasswordPrompt.Answer answer = PasswordPrompt.ask(stage,
                Messages.get("password.prompt.data", dataDirectory.toString()), wrong, true, "open.quit");
        switch (answer.choice()) {
            case OPEN -> openData(answer.password());
            case RESTORE -> restoreClosedData();
            case QUIT -> quit();
        }
    }

    private void offerWaysForward(DataProblem.Kind kind, String sentence, char[] password, List<Backup> backups) {
        String latest = backups.isEmpty() ? null : BackupsViewModel.summary(backups.get(0));
        switch (OpenProblemDialog.show(stage, kind, sentence, latest)) {
            case TRY_AGAIN -> openData(password);
            case RESTORE_LATEST -> restoreClosedData(backups.get(0).file(), backups.get(0).encrypted(), null, false);
            case CHOOSE_BACKUP -> restoreClosedData();
            case START_AFRESH -> tasks.run(() -> Database.setAsideDamaged(dataDirectory), aside -> openData(null),
                    failure -> offerWaysForward(kind, Problems.describe(failure), password, backups));
            case QUIT -> quit();
        }
    }

    /** Restores a backup chosen in the list over data that cannot be opened. */
    private void restoreClosedData() {
        BackupsViewModel model = new BackupsViewModel(tasks, DatabaseBackups.closed(dataDirectory));
        RestoreDialog.choose(stage, model, Messages.get("restore.explanation.closed"))
                .ifPresentOrElse(row -> restoreClosedData(row.backup().file(), row.needsPassword(), null, false),
                        () -> openData(null));
    }

    private void restoreClosedData(Path file, boolean needsPassword, char[] typed, boolean wrong) {
        char[] password = typed;
        if (needsPassword && password == null) {
            PasswordPrompt.Answer answer = PasswordPrompt.ask(stage,
                    Messages.get("password.prompt.backup", file.getFileName().toString()), wrong, false,
                    "button.cancel");
            if (answer.choice() != PasswordPrompt.Choice.OPEN) {
                openData(null);
                return;
            }
            password = answer.password();
        }
        char[] chosen = password;
        WorkingDialog working = WorkingDialog.show(stage, Messages.get("restore.working"));
        tasks.run(() -> DatabaseBackups.closed(dataDirectory).restore(file, chosen), kept -> {
            working.close();
            openData(chosen);
        }, failure -> {
            working.close();
            DataProblem problem = problemIn(failure);
            if (problem != null && problem.kind() == DataProblem.Kind.WRONG_PASSWORD && needsPassword) {
                restoreClosedData(file, true, null, true);
            } else {
                alert(Problems.describe(failure));
                openData(null);
            }
        });
    }

    /** File → Backup now…: a checked backup at once, then where it is and what it holds. */
    private void backUpNow() {
        BackupsViewModel model = new BackupsViewModel(tasks, services.backups());
        LongWork.Job working = state.longWork().start(Messages.get("backupNow.working"), false);
        model.backUpNow(backup -> {
            working.finish();
            state.showStatus(Messages.get("status.backedUp", Formats.time(LocalTime.now())));
            switch (BackupDoneDialog.show(stage, backup.file(), BackupsViewModel.contents(backup))) {
                case SAVE_COPY -> saveCopy(model, backup);
                case OPEN_FOLDER -> openFolder(backup.file().getParent());
                case CLOSE -> { }
            }
        }, failure -> {
            working.finish();
            alert(Problems.describe(failure));
        });
    }

    private void saveCopy(BackupsViewModel model, Backup backup) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("backupDone.saveCopy.title"));
        chooser.setInitialFileName(backup.file().getFileName().toString());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("restore.otherFile.filter"),
                "*.zip"));
        File target = chooser.showSaveDialog(stage);
        if (target != null) {
            LongWork.Job working = state.longWork().start(Messages.get("backupNow.working"), false);
            model.backUpTo(target.toPath(), copy -> {
                working.finish();
                state.announce(Messages.get("status.copySaved", copy.file().toString()));
            }, failure -> {
                working.finish();
                alert(Problems.describe(failure));
            });
        }
    }

    /** File → Restore…: choose a backup; the data now open is saved as a backup first, then replaced. */
    private void restore() {
        BackupsViewModel model = new BackupsViewModel(tasks, services.backups());
        RestoreDialog.choose(stage, model, Messages.get("restore.explanation"))
                .ifPresent(row -> restore(model, row, null, false));
    }

    private void restore(BackupsViewModel model, BackupsViewModel.Row row, char[] typed, boolean wrong) {
        char[] password = typed;
        if (row.needsPassword() && password == null) {
            PasswordPrompt.Answer answer = PasswordPrompt.ask(stage, Messages.get("password.prompt.backup",
                    row.when()), wrong, false, "button.cancel");
            if (answer.choice() != PasswordPrompt.Choice.OPEN) {
                return;
            }
            password = answer.password();
        }
        char[] chosen = password;
        WorkingDialog working = WorkingDialog.show(stage, Messages.get("restore.working"));
        model.restore(row, chosen, kept -> {
            working.close();
            clear(chosen);
            // The data changed under every view and every edit that could be undone: build the window again on it
            // with an empty undo history, and the search index again from the restored data.
            history.clear();
            showMainView();
            tasks.run(() -> services.search().catchUp(), applied -> { },
                    failure -> LOG.warn("The search index did not catch up after a restore; the next search will",
                            failure));
            state.announce(Messages.get("restore.done", row.when(), String.valueOf(kept)));
        }, failure -> {
            working.close();
            clear(chosen);
            DataProblem problem = problemIn(failure);
            if (problem != null && problem.kind() == DataProblem.Kind.WRONG_PASSWORD && row.needsPassword()) {
                restore(model, row, null, true);
            } else {
                alert(Problems.describe(failure));
            }
        });
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

    private TripFileViewModel tripFiles() {
        Services open = services;
        return new TripFileViewModel(tasks, state, open::bundles, open::trips);
    }

    /** File → Open trip file…: read and checked whole, merged, and the fields changed on both sides shown. */
    private void openTripFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("bundle.chooser.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("bundle.chooser.filter"),
                "*.vptrip"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            tripFiles().open(file.toPath(), clashes -> ClashDialog.choose(stage, clashes), this::alert);
        }
    }

    /** File → Save trip as file…: the current trip as one .vptrip file. */
    private void saveTripFile() {
        Trip trip = state.currentTrip();
        if (trip == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("bundle.chooser.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("bundle.chooser.filter"),
                "*.vptrip"));
        chooser.setInitialFileName(trip.name().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + ".vptrip");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            tripFiles().save(trip, file.toPath(), this::alert);
        }
    }

    private void alert(String sentence) {
        Dialogs.error(stage, Messages.get("problem.header"), sentence);
    }

    private void quit() {
        stage.close();
        exit.run();
    }

    private static DataProblem problemIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataProblem problem) {
                return problem;
            }
        }
        return null;
    }

    private static void clear(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
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
        if (autoBackup != null) {
            autoBackup.close();
        }
        if (runningInstance != null) {
            runningInstance.close();
        }
        if (liveRefresh != null) {
            liveRefresh.close();
        }
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
