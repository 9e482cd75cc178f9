package org.visitplanner.gui.itinerary;

import java.time.LocalDate;
import java.util.List;

import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DateCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import org.visitplanner.gui.common.ChangeList;
import org.visitplanner.gui.common.DateField;
import org.visitplanner.gui.common.FieldFeedback;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.i18n.ZoneNames;
import org.visitplanner.model.EventKind;
import org.visitplanner.model.EventStatus;
import org.visitplanner.model.Institution;
import org.visitplanner.model.InstitutionKind;
import org.visitplanner.model.Relation;
import org.visitplanner.model.Trip;

/** The event dialog's fields, bound to an {@link EventDialogViewModel}. */
public final class EventDialogView {

    /** The "no institution" line of the institution list. */
    private static final Institution NONE = new Institution(-1, "—", null, null, null,
            InstitutionKind.OTHER, Relation.NONE, null, null, null,
            null, null, null, null, null, 0);

    private final EventDialogViewModel viewModel;

    @FXML private ComboBox<EventKind> kindBox;
    @FXML private ComboBox<EventStatus> statusBox;
    @FXML private TextField titleField;
    @FXML private Label titleError;
    @FXML private TextField institutionSearch;
    @FXML private ListView<Institution> institutionList;
    @FXML private TextField locationField;
    @FXML private DateField dateField;
    @FXML private TextField startField;
    @FXML private TextField endField;
    @FXML private Label zoneLabel;
    @FXML private Label fromLabel;
    @FXML private Label toLabel;
    @FXML private Label dateMessage;
    @FXML private Label startMessage;
    @FXML private Label endMessage;
    @FXML private FlowPane participantBoxes;
    @FXML private Label peopleError;
    @FXML private FlowPane hostBoxes;
    @FXML private TextArea notesArea;
    @FXML private Label changesLabel;
    @FXML private ListView<String> changeList;

    public EventDialogView(EventDialogViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        kindBox.getItems().setAll(EventKind.values());
        kindBox.setConverter(enumNames());
        kindBox.valueProperty().bindBidirectional(viewModel.kindProperty());
        statusBox.getItems().setAll(EventStatus.values());
        statusBox.setConverter(enumNames());
        statusBox.valueProperty().bindBidirectional(viewModel.statusProperty());
        titleField.textProperty().bindBidirectional(viewModel.titleProperty());
        locationField.textProperty().bindBidirectional(viewModel.locationProperty());
        FieldFeedback.bind(startField, startMessage, viewModel.start().field());
        FieldFeedback.bind(endField, endMessage, viewModel.end().field());
        notesArea.textProperty().bindBidirectional(viewModel.notesProperty());
        ChangeList.show(changesLabel, changeList, viewModel.changes(), viewModel.isNew());
        Trip trip = viewModel.trip();
        for (Region control : List.of(fromLabel, toLabel, zoneLabel, startField, endField,
                dateField)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        zoneLabel.setText(Messages.get("itinerary.dialog.zone", ZoneNames.timeOf(trip.venueZone())));

        FieldFeedback.bind(dateField, dateMessage, viewModel.date());
        dateField.getCalendar().setDayCellFactory(picker -> new DateCell() {
            @Override
            public void updateItem(LocalDate day, boolean empty) {
                super.updateItem(day, empty);
                if (!empty && day != null && trip.includes(day)) {
                    getStyleClass().add("trip-day");
                    setStyle("-fx-font-weight: bold;");
                } else {
                    setStyle(null);
                }
            }
        });

        bindError(titleError, viewModel.titleErrorProperty(), titleField);
        bindError(peopleError, viewModel.peopleErrorProperty(), null);

        startField.focusedProperty().addListener(new ChangeListener<>() {
            private String whenEntered = startField.getText();

            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was,
                                Boolean focused) {
                if (focused) {
                    whenEntered = startField.getText();
                } else {
                    viewModel.startCommitted(whenEntered);
                }
            }
        });

        institutionList.setCellFactory(list -> new ListCell<>() {
            {
                setPrefWidth(0); // long names end in "…" instead of widening the list
            }

            @Override
            protected void updateItem(Institution item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                } else if (item == NONE) {
                    setText(Messages.get("itinerary.dialog.noInstitution"));
                } else {
                    String city = item.city() == null || item.city().isBlank() ? "" : " · " + item.city();
                    String chinese = item.chineseName() == null ? "" : "  " + item.chineseName();
                    setText(item.officialName() + chinese + city);
                }
            }
        });
        showInstitutions("");
        institutionSearch.textProperty().addListener((obs, was, query) -> showInstitutions(query));
        institutionList.getSelectionModel().selectedItemProperty().addListener((obs, was, chosen) -> {
            if (chosen != null) {
                viewModel.institutionProperty().set(chosen == NONE ? null : chosen);
            }
        });

        for (EventDialogViewModel.Choice choice : viewModel.participants()) {
            CheckBox box = new CheckBox(choice.name());
            box.selectedProperty().bindBidirectional(choice.chosenProperty());
            participantBoxes.getChildren().add(box);
        }
        showHosts(viewModel.hosts());
        viewModel.hosts().addListener((ListChangeListener<EventDialogViewModel.Choice>)
                change -> showHosts(viewModel.hosts()));
        Platform.runLater(titleField::requestFocus);
    }

    private void showInstitutions(String query) {
        ObservableList<Institution> shown = FXCollections.observableArrayList();
        if (query == null || query.isBlank()) {
            shown.add(NONE);
        }
        shown.addAll(viewModel.institutionsMatching(query));
        institutionList.setItems(shown);
        Institution chosen = viewModel.institutionProperty().get();
        Institution toSelect = chosen == null ? (shown.contains(NONE) ? NONE : null)
                : shown.stream().filter(i -> i.id() == chosen.id()).findFirst().orElse(null);
        if (toSelect != null) {
            institutionList.getSelectionModel().select(toSelect);
            institutionList.scrollTo(toSelect);
        } else if (shown.size() == 1) {
            institutionList.getSelectionModel().select(0); // the only match: take it
        }
    }

    private void showHosts(List<EventDialogViewModel.Choice> hosts) {
        hostBoxes.getChildren().clear();
        if (hosts.isEmpty()) {
            Label none = new Label(Messages.get(viewModel.institutionProperty().get() == null
                    ? "itinerary.dialog.hostsNeedInstitution" : "itinerary.dialog.noContacts"));
            none.getStyleClass().add("text-muted");
            hostBoxes.getChildren().add(none);
        }
        for (EventDialogViewModel.Choice choice : hosts) {
            CheckBox box = new CheckBox(choice.name());
            box.selectedProperty().bindBidirectional(choice.chosenProperty());
            hostBoxes.getChildren().add(box);
        }
    }

    private static void bindError(Label label, StringProperty message, Node field) {
        label.textProperty().bind(message);
        label.visibleProperty().bind(message.isNotEmpty());
        label.managedProperty().bind(message.isNotEmpty());
        if (field != null) {
            message.addListener((obs, was, now) -> {
                field.getStyleClass().remove("invalid");
                if (!now.isEmpty()) {
                    field.getStyleClass().add("invalid");
                }
            });
        }
    }

    private static <E extends Enum<E>> StringConverter<E> enumNames() {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : Messages.of(value);
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        };
    }
}
