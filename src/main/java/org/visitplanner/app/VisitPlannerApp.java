package org.visitplanner.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.visitplanner.gui.MainView;
import org.visitplanner.gui.MainViewModel;
import org.visitplanner.gui.Theme;
import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.FileOpener;
import org.visitplanner.gui.common.FxScheduler;
import org.visitplanner.gui.common.FxTaskExecutor;
import org.visitplanner.gui.common.Problems;
import org.visitplanner.gui.common.ViewLoader;
import org.visitplanner.gui.directory.DirectoryActions;
import org.visitplanner.gui.directory.DirectoryFilesViewModel;
import org.visitplanner.gui.directory.DirectoryTransfer;
import org.visitplanner.gui.directory.InstitutionsView;
import org.visitplanner.gui.documents.PrintPreviewView;
import org.visitplanner.gui.documents.PrintPreviewViewModel;
import org.visitplanner.gui.directory.InstitutionsViewModel;
import org.visitplanner.gui.common.UndoActions;
import org.visitplanner.gui.itinerary.DayNotesViewModel;
import org.visitplanner.gui.itinerary.ItineraryView;
import org.visitplanner.gui.itinerary.ItineraryViewModel;
import org.visitplanner.gui.followup.FollowUpsView;
import org.visitplanner.gui.followup.FollowUpsViewModel;
import org.visitplanner.gui.meeting.InstitutionHistoryView;
import org.visitplanner.gui.meeting.InstitutionHistoryViewModel;
import org.visitplanner.gui.meeting.MeetingRecordView;
import org.visitplanner.gui.meeting.MeetingRecordViewModel;
import org.visitplanner.gui.meeting.MeetingRecords;
import org.visitplanner.gui.people.PeopleView;
import org.visitplanner.gui.people.PeopleViewModel;
import org.visitplanner.gui.search.SearchViewModel;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.settings.UserSettings;
import org.visitplanner.logic.undo.UndoHistory;

/**
 * The window. Opens the database in the background (showing "Opening…"), loads the sample trip into an empty
 * database, then shows the main view. A database that cannot be opened gets one plain sentence and the app ends;
 * the file is left as it was.
 */
public final class VisitPlannerApp extends Application {

    /** Set by {@link #launchWindow} because {@link Application#launch} builds the instance itself. */
    private static volatile Path launchDataDirectory;
    private static volatile Locale launchLanguage;

    private final Path dataDirectory;
    private final Locale language;
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    /** Documents take seconds; they get their own worker so that edits never wait behind them. */
    private final FxTaskExecutor documentTasks = new FxTaskExecutor();
    private final FxScheduler scheduler = new FxScheduler();
    private Services services;
    private UserSettings settings;
    private Stage stage;
    /** The window's undo history; it outlives a change of language (the views are rebuilt, the edits stay). */
    private final UndoHistory history = new UndoHistory(200);
    private MeetingRecords meetingRecords;

    /** Used by {@link Application#launch}. */
    public VisitPlannerApp() {
        this(launchDataDirectory, launchLanguage);
    }

    /** Used by tests, which start the app on a data directory of their own. */
    public VisitPlannerApp(Path dataDirectory, Locale language) {
        this.dataDirectory = dataDirectory;
        this.language = language;
    }

    /** Starts JavaFX with the window on {@code dataDirectory}; returns when the window is closed. */
    public static void launchWindow(Path dataDirectory, Locale language) {
        launchDataDirectory = dataDirectory;
        launchLanguage = language;
        Application.launch(VisitPlannerApp.class);
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        Messages.setLocale(language);
        settings = UserSettings.load(dataDirectory);
        Theme.apply(settings.darkTheme());
        stage.setTitle(Messages.get("app.name"));
        stage.getIcons().add(new Image(VisitPlannerApp.class.getResourceAsStream("/org/visitplanner/gui/icon.png")));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.setScene(new Scene(opening(), 1280, 800));
        // Meeting windows close with the main window, each saving what was typed last.
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> {
            if (meetingRecords != null) {
                meetingRecords.closeAll();
            }
        });
        stage.show();

        tasks.run(() -> {
            Services opened = Services.open(dataDirectory);
            try {
                opened.sampleTrip().loadIfDatabaseEmpty();
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
            return opened;
        }, opened -> {
            services = opened;
            showMainView();
            // Brings the search index up to date (or builds it) before the first search needs it.
            tasks.run(() -> services.search().catchUp(), applied -> { }, failure -> { });
        }, this::failToOpen);
    }

    private Parent opening() {
        ProgressIndicator progress = new ProgressIndicator();
        Label label = new Label(Messages.get("app.opening", dataDirectory.toString()));
        VBox box = new VBox(16, progress, label);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private void showMainView() {
        AppState state = new AppState();
        UndoActions undo = new UndoActions(tasks, state, history);
        MainViewModel mainViewModel = new MainViewModel(tasks, state, services.trips(), settings,
                services.database().location(), undo, services.calendarImport());
        MainView.Host host = new MainView.Host() {
            @Override
            public void switchLanguage(Locale chosen) {
                Messages.setLocale(chosen);
                stage.setTitle(Messages.get("app.name"));
                showMainView();
            }

            @Override
            public void quit() {
                stage.close();
                Platform.exit();
            }

            @Override
            public String version() {
                return AppVersion.get();
            }
        };
        DirectoryActions directoryActions = new DirectoryActions(tasks, state, undo, services.directory());
        DirectoryTransfer directoryTransfer = new DirectoryTransfer(new DirectoryFilesViewModel(tasks, state, undo,
                services.directoryCsv()));
        Controllers controllers = new Controllers();
        ViewLoader loader = new ViewLoader(controllers);
        if (meetingRecords != null) {
            meetingRecords.closeAll(); // rebuilt in the new language
        }
        MeetingRecords records = new MeetingRecords(loader, stage);
        meetingRecords = records;
        FileOpener fileOpener = file -> getHostServices().showDocument(file.toUri().toString());
        Clock clock = scheduler.clock();
        controllers
                .register(MainView.class, () -> new MainView(mainViewModel, loader, host, directoryTransfer,
                        new SearchViewModel(tasks, scheduler, services.search()), records))
                .register(ItineraryView.class, () -> new ItineraryView(new ItineraryViewModel(tasks, state,
                        services.itinerary(), undo), records, new DayNotesViewModel(tasks, state, services.dayNotes(),
                        undo)))
                .register(MeetingRecordView.class, () -> new MeetingRecordView(new MeetingRecordViewModel(tasks,
                        scheduler, state, services.meetings()), fileOpener))
                .register(InstitutionHistoryView.class, () -> new InstitutionHistoryView(
                        new InstitutionHistoryViewModel(tasks, state, services.institutions(), services.partnerships(),
                                services.partnershipStatus(), services.meetings(), clock), records))
                .register(FollowUpsView.class, () -> new FollowUpsView(new FollowUpsViewModel(tasks, state,
                        services.followUps(), services.meetings(), clock), records))
                .register(InstitutionsView.class, () -> new InstitutionsView(new InstitutionsViewModel(
                        directoryActions)))
                .register(PeopleView.class, () -> new PeopleView(new PeopleViewModel(directoryActions)))
                .register(PrintPreviewView.class, () -> new PrintPreviewView(new PrintPreviewViewModel(documentTasks,
                        Platform::runLater, services.documents(), Clock.systemDefaultZone())));
        Parent root = loader.load("MainView").root();
        stage.getScene().setRoot(root);
    }

    private void failToOpen(Throwable failure) {
        Alert alert = new Alert(Alert.AlertType.ERROR, Problems.describe(failure), ButtonType.CLOSE);
        alert.initOwner(stage);
        alert.setTitle(Messages.get("app.name"));
        alert.setHeaderText(Messages.get("app.cannotOpen"));
        alert.showAndWait();
        stage.close();
        Platform.exit();
    }

    @Override
    public void stop() {
        documentTasks.close();
        tasks.close();
        if (services != null) {
            services.close();
        }
    }
}
