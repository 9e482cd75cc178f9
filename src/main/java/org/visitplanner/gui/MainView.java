package org.visitplanner.gui;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;

import org.visitplanner.gui.common.ViewLoader;
import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.TripSummary;

/** The main window: menu, trip picker, side navigation, the current view and the status bar. */
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
    }

    private final MainViewModel viewModel;
    private final ViewLoader views;
    private final Host host;
    private final Map<String, Parent> loadedViews = new HashMap<>();

    @FXML private ComboBox<TripSummary> tripPicker;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private Menu languageMenu;
    @FXML private ToggleGroup navigation;
    @FXML private ToggleButton navItinerary;
    @FXML private ToggleButton navInstitutions;
    @FXML private ToggleButton navPeople;
    @FXML private StackPane content;
    @FXML private Label dataLocationLabel;
    @FXML private Label statusLabel;

    public MainView(MainViewModel viewModel, ViewLoader views, Host host) {
        this.viewModel = viewModel;
        this.views = views;
        this.host = host;
    }

    @FXML
    private void initialize() {
        tripPicker.setItems(viewModel.trips());
        tripPicker.setCellFactory(list -> new TripCell());
        tripPicker.setButtonCell(new TripCell());
        tripPicker.valueProperty().addListener((obs, was, chosen) -> viewModel.selectTrip(chosen));
        viewModel.state().currentTripProperty().addListener(
                (obs, was, trip) -> tripPicker.setValue(viewModel.currentSummary().orElse(null)));
        viewModel.trips().addListener((javafx.collections.ListChangeListener<TripSummary>) change ->
                tripPicker.setValue(viewModel.currentSummary().orElse(null)));

        darkThemeItem.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
        viewModel.darkThemeProperty().addListener((obs, was, dark) -> Theme.apply(dark));

        javafx.scene.control.ToggleGroup languages = new javafx.scene.control.ToggleGroup();
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

        navItinerary.setUserData("itinerary/WeekOverviewView");
        navInstitutions.setUserData("directory/InstitutionsView");
        navPeople.setUserData("people/PeopleView");
        navigation.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one view is always shown
            } else {
                show((String) now.getUserData());
            }
        });
        navItinerary.setSelected(true);

        dataLocationLabel.textProperty().bind(viewModel.dataLocationProperty());
        statusLabel.textProperty().bind(viewModel.state().statusMessageProperty());
        viewModel.load();
    }

    private void show(String viewName) {
        Parent view = loadedViews.computeIfAbsent(viewName, name -> views.load(name).root());
        content.getChildren().setAll(view);
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
    private void about() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(content.getScene().getWindow());
        about.setTitle(Messages.get("about.title"));
        about.setHeaderText(Messages.get("app.name") + " " + host.version());
        about.setContentText(Messages.get("about.text"));
        about.showAndWait();
    }

    private static final class TripCell extends ListCell<TripSummary> {
        @Override
        protected void updateItem(TripSummary summary, boolean empty) {
            super.updateItem(summary, empty);
            if (empty || summary == null) {
                setText(null);
            } else {
                setText(summary.trip().name() + " · " + Formats.dayRange(summary.trip().firstDay(),
                        summary.trip().lastDay()));
            }
        }
    }
}
