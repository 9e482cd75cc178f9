package org.visitplanner.app;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.stage.Stage;

import org.visitplanner.gui.MainView;
import org.visitplanner.gui.MainViewModel;
import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.ColumnWidths;
import org.visitplanner.gui.common.FileOpener;
import org.visitplanner.gui.common.FxScheduler;
import org.visitplanner.gui.common.FxTaskExecutor;
import org.visitplanner.gui.common.UndoActions;
import org.visitplanner.gui.common.ViewLoader;
import org.visitplanner.gui.common.WindowPlaces;
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
import org.visitplanner.gui.team.ClashDialog;
import org.visitplanner.gui.trip.TripActions;
import org.visitplanner.gui.trip.TripWindows;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.settings.UserSettings;
import org.visitplanner.logic.team.TeamAddress;
import org.visitplanner.logic.undo.UndoHistory;

/**
 * Builds the window's views over open data: each page's FXML with its controller and view-model, wired to the
 * data's services and to one state and undo history. The pages read nothing until {@link Built#show} or
 * {@link Built#readThemselves}, so that they can be built while the first week is still being read.
 */
final class WindowViews {

    private final Stage stage;
    private final FxTaskExecutor tasks;
    private final FxTaskExecutor documentTasks;
    private final FxScheduler scheduler;
    private final ExecutorService solver;
    private final UserSettings settings;
    private final WindowPlaces windowPlaces;
    private final UndoHistory history;
    private final FileOpener fileOpener;

    WindowViews(Stage stage, FxTaskExecutor tasks, FxTaskExecutor documentTasks, FxScheduler scheduler,
                ExecutorService solver, UserSettings settings, WindowPlaces windowPlaces, UndoHistory history,
                FileOpener fileOpener) {
        this.stage = stage;
        this.tasks = tasks;
        this.documentTasks = documentTasks;
        this.scheduler = scheduler;
        this.solver = solver;
        this.settings = settings;
        this.windowPlaces = windowPlaces;
        this.history = history;
        this.fileOpener = fileOpener;
    }

    /**
     * The window's views, its state and meeting-record windows, and the view-models that take what the start-up
     * read brings.
     */
    record Built(Parent root, AppState state, MeetingRecords records, MainViewModel main,
                 ItineraryViewModel itinerary) {
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

    /** Builds the views over {@code services} ({@code team}'s, or this computer's when it is null). */
    Built build(Services services, TeamAddress team, MainView.Host host) {
        AppState state = new AppState();
        // Known once, when the data was opened (on the data thread): the window offers no edits to a reader.
        state.readOnlyProperty().set(services.database().isReadOnly());
        UndoActions undo = new UndoActions(tasks, state, history);
        String location = team == null ? services.database().location()
                : Messages.get(state.isReadOnly() ? "team.status.readOnly" : "team.status", team.label());
        MainViewModel mainViewModel = new MainViewModel(tasks, state, services.trips(), settings, location, undo,
                services.calendarImport());
        mainViewModel.awaitFirstRead();
        ItineraryViewModel[] itinerary = new ItineraryViewModel[1];
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
        MeetingRecords records = new MeetingRecords(loader, stage, windowPlaces);
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
        return new Built(root, state, records, mainViewModel,
                Objects.requireNonNull(itinerary[0], "the itinerary page"));
    }
}
