package org.visitplanner.gui;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.controlsfx.control.NotificationPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.visitplanner.gui.common.Dialogs;
import org.visitplanner.gui.common.LongWorkBar;
import org.visitplanner.gui.common.Notices;
import org.visitplanner.gui.common.Page;
import org.visitplanner.gui.common.ReadOnly;
import org.visitplanner.gui.common.TextFits;
import org.visitplanner.gui.common.ViewLoader;
import org.visitplanner.gui.common.WindowPlaces;
import org.visitplanner.gui.directory.DirectoryTransfer;
import org.visitplanner.gui.directory.InstitutionsView;
import org.visitplanner.gui.documents.PrintPreviewView;
import org.visitplanner.gui.followup.FollowUpsView;
import org.visitplanner.gui.meeting.MeetingRecords;
import org.visitplanner.gui.planner.PlannerView;
import org.visitplanner.gui.planner.VisitsImportViewModel;
import org.visitplanner.gui.search.SearchPopup;
import org.visitplanner.gui.search.SearchViewModel;
import org.visitplanner.gui.trip.TripWindows;
import org.visitplanner.logic.directory.DirectoryCsv;
import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.search.SearchHit;
import org.visitplanner.model.TripSummary;

/**
 * The main window: menu, trip picker, side navigation (collapsible to its icons), the current page with a bar for the
 * results the user must see, and the status bar.
 */
public final class MainView {

    /** What the window can ask of the application around it. */
    public interface Host {
        /** Rebuilds the window in another language. */
        void switchLanguage(Locale language);

        void quit();

        String version();

        /** File → Backup now…: a checked backup at once. */
        void backUpNow();

        /** File → Restore…: replaces the data with a backup. */
        void restore();

        /** File → Settings…: the data's folder, backups and password. */
        void openSettings();

        /** Help → Open the log folder: where the details of unexpected failures are written. */
        void openLogFolder();

        /** File → Team database…: work on a team's shared PostgreSQL database (or back on this computer's data). */
        void openTeamDatabase();

        /** File → Copy my data to the team database…: this computer's data into an empty team database. */
        void copyToTeamDatabase();

        /** Whether the window works on a team database (then there is no local data to copy). */
        boolean onTeamDatabase();

        /** File → Open trip file…: a trip file (.vptrip) merged into the data, clashes shown to decide. */
        void openTripFile();

        /** File → Save trip as file…: the current trip with all it needs as one file. */
        void saveTripFile();
    }

    private final MainViewModel viewModel;
    private final ViewLoader views;
    private final Host host;
    private final DirectoryTransfer directoryTransfer;
    private final Map<String, Parent> loadedViews = new HashMap<>();
    private final Map<String, Object> loadedControllers = new HashMap<>();
    private final SearchViewModel searchViewModel;
    private final MeetingRecords meetingRecords;
    private final WindowPlaces windowPlaces;
    private SearchPopup searchPopup;
    private final TripWindows tripWindows;
    /** The trip box's entries: "New trip…" first, then the trips. */
    private final ObservableList<TripSummary> tripEntries =
            FXCollections.observableArrayList();
    /** The trip box's first entry, which opens the New trip dialog instead of showing a trip. */
    private static final TripSummary NEW_TRIP_ENTRY = new TripSummary(null, 0);
    private Page currentPage;

    @FXML private BorderPane root;
    @FXML private ComboBox<TripSummary> tripPicker;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private Menu languageMenu;
    @FXML private ToggleGroup navigation;
    @FXML private ToggleButton navItinerary;
    @FXML private ToggleButton navInstitutions;
    @FXML private ToggleButton navPeople;
    @FXML private ToggleButton navFollowUps;
    @FXML private TextField globalSearchField;
    @FXML private StackPane content;
    @FXML private Label dataLocationLabel;
    @FXML private Label statusLabel;
    @FXML private LongWorkBar longWorkBar;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem redoItem;
    @FXML private MenuItem tripSettingsItem;
    @FXML private MenuItem duplicateTripItem;
    @FXML private MenuItem deleteTripItem;
    @FXML private MenuItem copyToTeamItem;
    @FXML private MenuItem saveTripFileItem;
    @FXML private MenuItem newTripItem;
    @FXML private MenuItem importItem;
    @FXML private MenuItem openTripFileItem;
    @FXML private MenuItem restoreItem;
    @FXML private CheckMenuItem compactSidebarItem;
    @FXML private CheckMenuItem problemsPanelItem;
    @FXML private VBox sideNav;
    @FXML private Button collapseSidebarButton;
    @FXML private FontIcon collapseSidebarIcon;
    @FXML private NotificationPane notifications;

    private final VisitsImportViewModel visitsImport;

    public MainView(MainViewModel viewModel, ViewLoader views, Host host, DirectoryTransfer directoryTransfer,
                    SearchViewModel searchViewModel, MeetingRecords meetingRecords, TripWindows tripWindows,
                    WindowPlaces windowPlaces, VisitsImportViewModel visitsImport) {
        this.visitsImport = visitsImport;
        this.tripWindows = tripWindows;
        this.viewModel = viewModel;
        this.views = views;
        this.host = host;
        this.directoryTransfer = directoryTransfer;
        this.searchViewModel = searchViewModel;
        this.meetingRecords = meetingRecords;
        this.windowPlaces = windowPlaces;
    }

    @FXML
    private void initialize() {
        // On a team database there is no data of this computer's to copy.
        copyToTeamItem.setDisable(host.onTeamDatabase());
        // A reader of a team database reads, searches, prints and exports; every command that changes data is off.
        boolean readOnly = viewModel.state().isReadOnly();
        for (MenuItem item : List.of(newTripItem, importItem, openTripFileItem, restoreItem)) {
            item.setDisable(readOnly);
        }
        addNewTripEntry();
        tripEntries.addAll(viewModel.trips()); // read at start-up, before this view was built
        tripPicker.setItems(tripEntries);
        tripPicker.setCellFactory(list -> new TripCell());
        tripPicker.setButtonCell(new TripCell());
        tripPicker.valueProperty().addListener((obs, was, chosen) -> {
            if (chosen == NEW_TRIP_ENTRY) {
                // The box goes on showing the current trip; the dialog opens once the list has closed.
                Platform.runLater(() -> {
                    tripPicker.setValue(viewModel.currentSummary().orElse(null));
                    newTrip();
                });
            } else {
                viewModel.selectTrip(chosen);
            }
        });
        viewModel.state().currentTripProperty().addListener(
                (obs, was, trip) -> tripPicker.setValue(viewModel.currentSummary().orElse(null)));
        viewModel.trips().addListener((ListChangeListener<TripSummary>) change -> {
            tripEntries.clear();
            addNewTripEntry();
            tripEntries.addAll(viewModel.trips());
            // The list was replaced (new counts): an equal value would not repaint the picker, so clear it first.
            tripPicker.setValue(null);
            tripPicker.setValue(viewModel.currentSummary().orElse(null));
        });
        // Saving a trip as a file writes the versions it leaves with (what it merges against when it comes back).
        for (MenuItem item : List.of(tripSettingsItem, duplicateTripItem, deleteTripItem, saveTripFileItem)) {
            item.disableProperty().bind(viewModel.state().currentTripProperty().isNull()
                    .or(viewModel.state().readOnlyProperty()));
        }
        content.addEventHandler(TripWindows.IMPORT_CALENDAR, event -> importCalendarFile());
        tripPicker.setValue(viewModel.currentSummary().orElse(null)); // trips read at start-up, before this view

        darkThemeItem.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
        viewModel.darkThemeProperty().addListener((obs, was, dark) -> Theme.apply(dark));

        ToggleGroup languages = new ToggleGroup();
        for (Locale language : Messages.LANGUAGES) {
            RadioMenuItem item = new RadioMenuItem(Messages.get("language." + language.getLanguage()));
            item.setToggleGroup(languages);
            item.setSelected(language.equals(Messages.locale()));
            item.setOnAction(event -> {
                if (!language.equals(Messages.locale())) {
                    viewModel.chooseLanguage(language);
                    host.switchLanguage(language);
                }
            });
            languageMenu.getItems().add(item);
        }

        undoItem.textProperty().bind(viewModel.undo().undoTextProperty());
        undoItem.disableProperty().bind(viewModel.undo().canUndoProperty().not()
                .or(viewModel.state().readOnlyProperty()));
        redoItem.textProperty().bind(viewModel.undo().redoTextProperty());
        redoItem.disableProperty().bind(viewModel.undo().canRedoProperty().not()
                .or(viewModel.state().readOnlyProperty()));
        content.sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null) { // Ctrl+Y redoes too, as in most Windows programs
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN),
                        this::redo);
            }
        });
        // Ctrl+N wherever the focus is (the search box, the trip picker): the page's own New. On the window's root,
        // not its scene, so that a window rebuilt (another language, a restore) leaves no handler of the old one; a
        // filter, so that it decides before a page's own Ctrl+N (kept for the page shown alone) and a reader gets the
        // sentence on every page.
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::newOnCurrentPage);
        setUpSidebar();
        problemsPanelItem.selectedProperty().bindBidirectional(viewModel.state().problemsPanelShownProperty());
        Notices.prepare(notifications);
        viewModel.state().onAnnouncement(message -> Notices.show(notifications, message));

        navItinerary.setUserData("itinerary/ItineraryView");
        navInstitutions.setUserData("directory/InstitutionsView");
        navPeople.setUserData("people/PeopleView");
        navFollowUps.setUserData("followup/FollowUpsView");
        navigation.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one view is always shown
            } else {
                show((String) now.getUserData());
            }
        });
        navItinerary.setSelected(true);

        searchPopup = new SearchPopup(globalSearchField, searchViewModel, this::openSearchHit);
        content.sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN),
                        searchPopup::focus);
            }
        });

        dataLocationLabel.textProperty().bind(viewModel.dataLocationProperty());
        statusLabel.textProperty().bind(viewModel.state().statusMessageProperty());
        longWorkBar.show(viewModel.state().longWork());
        TextFits.fullTextOnHover(dataLocationLabel);
        TextFits.fullTextOnHover(statusLabel);
        tripPicker.setTooltip(new Tooltip());
        tripPicker.getTooltip().textProperty().bind(Bindings.createStringBinding(
                () -> tripPicker.getValue() == null || tripPicker.getValue() == NEW_TRIP_ENTRY
                        ? Messages.get("toolbar.noTrip") : TripCell.text(tripPicker.getValue()),
                tripPicker.valueProperty()));
        viewModel.loadUnlessShown();
    }

    private void show(String viewName) {
        Parent view = loadedViews.computeIfAbsent(viewName, name -> {
            ViewLoader.Loaded<Object> loaded = views.load(name);
            loadedControllers.put(name, loaded.controller());
            return loaded.root();
        });
        content.getChildren().setAll(view);
        currentPage = loadedControllers.get(viewName) instanceof Page page ? page : null;
        // The page takes the focus, so that its shortcuts (Ctrl+N, Delete, arrows) work right after Ctrl+1…4.
        Platform.runLater(() -> {
            if (content.getChildren().contains(view)) {
                if (currentPage != null) {
                    currentPage.focusContent();
                } else {
                    view.requestFocus();
                }
            }
        });
    }

    /** The picker's first entry, "New trip…", unless the data may only be read. */
    private void addNewTripEntry() {
        if (!viewModel.state().isReadOnly()) {
            tripEntries.add(NEW_TRIP_ENTRY);
        }
    }

    private void newOnCurrentPage(KeyEvent event) {
        if (NEW.match(event) && currentPage != null) {
            if (!ReadOnly.refused(viewModel.state())) {
                currentPage.createNew();
            }
            event.consume();
        }
    }

    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    /** The side navigation shows icons only when collapsed; their names are then in their tooltips. */
    private void setUpSidebar() {
        compactSidebarItem.selectedProperty().bindBidirectional(viewModel.sidebarCollapsedProperty());
        for (ToggleButton button : List.of(navItinerary, navInstitutions, navPeople, navFollowUps)) {
            button.setTooltip(new Tooltip(button.getText()));
        }
        Runnable apply = () -> {
            boolean collapsed = viewModel.sidebarCollapsedProperty().get();
            for (ToggleButton button : List.of(navItinerary, navInstitutions, navPeople, navFollowUps)) {
                button.setContentDisplay(collapsed ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
            }
            if (collapsed) {
                sideNav.getStyleClass().add("collapsed");
            } else {
                sideNav.getStyleClass().remove("collapsed");
            }
            collapseSidebarIcon.setIconLiteral(collapsed ? "fth-chevrons-right" : "fth-chevrons-left");
            collapseSidebarButton.setTooltip(new Tooltip(Messages.get(collapsed ? "nav.expand" : "nav.collapse")));
            collapseSidebarButton.setAccessibleText(collapseSidebarButton.getTooltip().getText());
        };
        viewModel.sidebarCollapsedProperty().addListener((obs, was, now) -> apply.run());
        apply.run();
    }

    @FXML
    private void toggleSidebar() {
        viewModel.sidebarCollapsedProperty().set(!viewModel.sidebarCollapsedProperty().get());
    }

    /** A search hit was chosen: meetings and outcomes open their record, the others their page. */
    private void openSearchHit(SearchHit hit) {
        switch (hit.kind()) {
            case MEETING, OUTCOME -> meetingRecords.open(hit.targetId());
            case ACTION -> {
                navFollowUps.setSelected(true);
                ((FollowUpsView) loadedControllers.get("followup/FollowUpsView")).reveal(hit.targetId());
            }
            case INSTITUTION, CONTACT -> {
                navInstitutions.setSelected(true);
                ((InstitutionsView) loadedControllers.get("directory/InstitutionsView")).select(hit.targetId());
            }
        }
    }

    @FXML
    private void focusSearch() {
        searchPopup.focus();
    }

    @FXML
    private void showFollowUps() {
        navFollowUps.setSelected(true);
    }

    @FXML
    private void showItinerary() {
        navItinerary.setSelected(true);
    }

    @FXML
    private void showInstitutions() {
        navInstitutions.setSelected(true);
    }

    @FXML
    private void showPeople() {
        navPeople.setSelected(true);
    }

    @FXML
    private void printAndExport() {
        var trip = viewModel.state().currentTrip();
        if (trip == null) {
            viewModel.state().showStatus(Messages.get("week.noTrip"));
            return;
        }
        ViewLoader.Loaded<PrintPreviewView> loaded = views.load("documents/PrintPreviewView");
        Stage window = new Stage();
        window.initOwner(content.getScene().getWindow());
        window.setTitle(Messages.get("preview.titleOf", trip.name()));
        window.setScene(new Scene(loaded.root()));
        window.getIcons().setAll(((Stage) content.getScene().getWindow()).getIcons());
        windowPlaces.place(window, WindowPlaces.PREVIEW, content.getScene().getWindow(),
                loaded.root().prefWidth(-1), loaded.root().prefHeight(-1));
        window.show();
        loaded.controller().open(trip);
    }

    @FXML
    private void newTrip() {
        if (ReadOnly.refused(viewModel.state())) { // the shortcut of a disabled item does nothing; this is the picker's
            return;
        }
        tripWindows.newTrip(content.getScene().getWindow());
    }

    @FXML
    private void tripSettings() {
        tripWindows.settings(content.getScene().getWindow());
    }

    @FXML
    private void duplicateTrip() {
        tripWindows.duplicate(content.getScene().getWindow());
    }

    @FXML
    private void deleteTrip() {
        tripWindows.delete(content.getScene().getWindow());
    }

    /** The empty week's "Import a calendar…": a calendar file, into the current trip or a new one. */
    private void importCalendarFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("menu.file.importTitle"));
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(Messages.get("calendarImport.filter.ics"), "*.ics", "*.ICS"));
        File file = chooser.showOpenDialog(content.getScene().getWindow());
        if (file != null) {
            importCalendar(file);
        }
    }

    @FXML
    private void undo() {
        viewModel.undo().undo();
    }

    @FXML
    private void redo() {
        viewModel.undo().redo();
    }

    /** File → Import…: the file's type decides what it imports (.csv: institutions or contacts; .ics: events). */
    @FXML
    private void importFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("menu.file.importTitle"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("menu.file.importable"),
                        "*.csv", "*.CSV", "*.ics", "*.ICS"),
                DirectoryTransfer.csvFilter(),
                new FileChooser.ExtensionFilter(Messages.get("calendarImport.filter.ics"), "*.ics", "*.ICS"));
        File file = chooser.showOpenDialog(content.getScene().getWindow());
        if (file == null) {
            return;
        }
        String name = file.getName().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            // The header decides: a list of visits goes into the current trip, anything else to the directory.
            Window owner = content.getScene().getWindow();
            visitsImport.importIfVisits(file.toPath(), PlannerView.questions(owner),
                    () -> directoryTransfer.importCsv(owner, file.toPath()), () -> navItinerary.setSelected(true));
        } else if (name.endsWith(".ics")) {
            importCalendar(file);
        } else {
            Dialogs.error(content.getScene().getWindow(), Messages.get("directory.import.cannotRead", file.getName()),
                    Messages.get("cli.error.unsupportedFile", file.getName()));
        }
    }

    /** A calendar file into the current trip or a new one, as the user chooses. */
    private void importCalendar(File file) {
        boolean intoCurrent = false;
        TripSummary current = tripPicker.getValue();
        if (current != null) {
            ButtonType intoTrip = new ButtonType(Messages.get("calendarImport.ask.current", current.trip().name()),
                    ButtonBar.ButtonData.YES);
            ButtonType newTrip = new ButtonType(Messages.get("calendarImport.ask.newTrip"), ButtonBar.ButtonData.NO);
            ButtonType cancel = new ButtonType(Messages.get("itinerary.dialog.cancel"),
                    ButtonBar.ButtonData.CANCEL_CLOSE);
            ButtonType answer = Dialogs.ask(content.getScene().getWindow(), Messages.get("calendarImport.chooser"),
                    Messages.get("calendarImport.ask.header", file.getName()), null, intoTrip, newTrip, cancel)
                    .orElse(cancel);
            if (answer == cancel) {
                return;
            }
            intoCurrent = answer == intoTrip;
        }
        viewModel.importFile(file.toPath(), intoCurrent, problem -> Dialogs.error(content.getScene().getWindow(),
                Messages.get("calendarImport.failed"), Messages.get("calendarImport.failed"), problem));
    }

    @FXML
    private void exportInstitutions() {
        directoryTransfer.export(content.getScene().getWindow(), DirectoryCsv.What.INSTITUTIONS);
    }

    @FXML
    private void exportContacts() {
        directoryTransfer.export(content.getScene().getWindow(), DirectoryCsv.What.CONTACTS);
    }

    @FXML
    private void quit() {
        host.quit();
    }

    @FXML
    private void backUpNow() {
        host.backUpNow();
    }

    @FXML
    private void restore() {
        host.restore();
    }

    @FXML
    private void openSettings() {
        host.openSettings();
    }

    @FXML
    private void openLogFolder() {
        host.openLogFolder();
    }

    @FXML
    private void openTeamDatabase() {
        host.openTeamDatabase();
    }

    @FXML
    private void copyToTeamDatabase() {
        host.copyToTeamDatabase();
    }

    @FXML
    private void openTripFile() {
        host.openTripFile();
    }

    @FXML
    private void saveTripFile() {
        host.saveTripFile();
    }

    @FXML
    private void about() {
        Dialogs.inform(content.getScene().getWindow(), Messages.get("about.title"),
                Messages.get("app.name") + " " + host.version(), Messages.get("about.text"));
    }

    private static final class TripCell extends ListCell<TripSummary> {
        @Override
        protected void updateItem(TripSummary summary, boolean empty) {
            super.updateItem(summary, empty);
            setGraphic(null);
            if (empty || summary == null) {
                setText(null);
            } else if (summary == NEW_TRIP_ENTRY) {
                setText(Messages.get("toolbar.newTrip"));
                setGraphic(new FontIcon("fth-plus"));
            } else {
                setText(text(summary));
            }
        }

        static String text(TripSummary summary) {
            return summary.trip().name() + " · " + Formats.dayRange(summary.trip().firstDay(),
                    summary.trip().lastDay());
        }
    }
}
