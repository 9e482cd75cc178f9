package org.visitplanner.gui.itinerary;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.event.ActionEvent;
import javafx.event.Event;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.CheckChoices;
import org.visitplanner.gui.common.Dialogs;
import org.visitplanner.gui.common.Page;
import org.visitplanner.gui.common.ReadOnly;
import org.visitplanner.gui.common.TextFits;
import org.visitplanner.gui.itinerary.ItineraryViewModel.Mode;
import org.visitplanner.gui.itinerary.ItineraryViewModel.ProblemRow;
import org.visitplanner.gui.meeting.MeetingRecords;
import org.visitplanner.gui.team.ClashDialog;
import org.visitplanner.gui.trip.TripWindows;
import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;

/**
 * The itinerary page: week, day and agenda views of the current trip, the problems panel (which can be hidden), and
 * the editing dialogs. Double-click or Enter opens an event; its meeting record is one click away in the card the
 * week shows for the selected event (also Ctrl+M and the context menu).
 */
public final class ItineraryView implements Page {

    private static final KeyCombination NEW_EVENT = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination MEETING_RECORD =
            new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN);

    private final ItineraryViewModel viewModel;

    @FXML private BorderPane root;
    @FXML private Label titleLabel;
    @FXML private Label subtitleLabel;
    @FXML private ToggleGroup modes;
    @FXML private ToggleButton weekButton;
    @FXML private ToggleButton dayButton;
    @FXML private ToggleButton agendaButton;
    @FXML private HBox dayNavigation;
    @FXML private Label dayTitleLabel;
    @FXML private Label showLabel;
    @FXML private CheckComboBox<ItineraryViewModel.MemberChoice> memberFilter;
    @FXML private ToggleButton homeAxisButton;
    @FXML private Button newEventButton;
    @FXML private Button meetingButton;
    @FXML private ScheduleView schedule;
    @FXML private AgendaView agenda;
    @FXML private Label problemSummaryLabel;
    @FXML private ListView<ProblemRow> problemList;
    @FXML private SplitPane split;
    @FXML private ToolBar toolbar;
    @FXML private VBox problemsPanel;
    @FXML private ToggleButton problemsButton;

    private final MeetingRecords meetingRecords;
    private final DayNotesViewModel dayNotes;
    @FXML private Button dayNotesButton;
    @FXML private Label dayNoteLabel;
    @FXML private VBox emptyTrip;
    /** Plan for me, beside the week (its own view, included by the page's FXML). */
    @FXML private WeekPlanning plannerController;

    public ItineraryView(ItineraryViewModel viewModel, MeetingRecords meetingRecords, DayNotesViewModel dayNotes) {
        this.viewModel = viewModel;
        this.meetingRecords = meetingRecords;
        this.dayNotes = dayNotes;
    }

    @FXML
    private void initialize() {
        viewModel.setClashResolver(ClashDialog.resolver(() -> root.getScene().getWindow()));
        titleLabel.textProperty().bind(viewModel.titleProperty());
        subtitleLabel.textProperty().bind(viewModel.subtitleProperty());
        TextFits.fullTextOnHover(titleLabel);
        TextFits.fullTextOnHover(subtitleLabel);
        problemSummaryLabel.textProperty().bind(viewModel.problemSummaryProperty());
        dayTitleLabel.textProperty().bind(viewModel.dayTitleProperty());

        weekButton.setUserData(Mode.WEEK);
        dayButton.setUserData(Mode.DAY);
        agendaButton.setUserData(Mode.AGENDA);
        modes.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one view is always shown
            } else {
                viewModel.modeProperty().set((Mode) now.getUserData());
            }
        });
        viewModel.modeProperty().addListener((obs, was, mode) -> showMode(mode));
        showMode(viewModel.modeProperty().get());

        CheckChoices.bind(memberFilter, viewModel.memberChoices(), viewModel.chosenMembers(),
                viewModel.memberFilterTextProperty());
        memberFilter.setTooltip(new Tooltip(Messages.get("itinerary.filter.tooltip")));
        homeAxisButton.selectedProperty().bindBidirectional(viewModel.homeAxisProperty());
        homeAxisButton.textProperty().bind(viewModel.homeTimeProperty());
        homeAxisButton.setTooltip(new Tooltip(Messages.get("itinerary.homeAxis.tooltip")));

        AppState state = viewModel.state();
        // The calendar and the agenda show the same days and report alike; one of them is visible at a time.
        for (EventDaysView shown : List.of(schedule, agenda)) {
            Bindings.bindContent(shown.getDays(), viewModel.days());
            Bindings.bindContent(shown.getEntries(), viewModel.entries());
            Bindings.bindContent(shown.getLegs(), viewModel.legs());
            shown.selectedEventIdProperty().bindBidirectional(viewModel.selectedEventIdProperty());
            shown.dayFormatterProperty().set(viewModel::dayHeader);
            shown.onOpenProperty().set(this::open);
            shown.onDeleteProperty().set(id -> ReadOnly.unlessRefused(state,
                    () -> viewModel.delete(id, this::confirmDelete)).run());
            shown.onLegProperty().set(this::editLeg);
            shown.onEventContextMenuProperty().set(this::contextMenu);
        }
        schedule.firstHourProperty().bind(viewModel.firstHourProperty());
        schedule.lastHourProperty().bind(viewModel.lastHourProperty());
        schedule.secondaryOffsetMinutesProperty().bind(viewModel.homeOffsetMinutesProperty());
        schedule.primaryAxisLabelProperty().bind(viewModel.venueAxisLabelProperty());
        schedule.secondaryAxisLabelProperty().bind(viewModel.homeAxisLabelProperty());
        schedule.detailedProperty().bind(viewModel.modeProperty().isEqualTo(Mode.DAY));
        schedule.shortDayFormatterProperty().set(Formats::shortDay);
        if (!state.isReadOnly()) { // without it the blocks cannot be dragged (known before the window was built)
            schedule.onChangeProperty().set(viewModel::change);
        }
        schedule.onCreateProperty().set((day, time) -> ReadOnly.unlessRefused(state,
                () -> viewModel.newEventDialog(day, time).ifPresent(this::showDialog)).run());
        schedule.onMeetingRecordProperty().set(meetingRecords::open);
        schedule.meetingRecordTextProperty().set(Messages.get("itinerary.card.meetingRecord"));
        schedule.editTextProperty().set(Messages.get("itinerary.card.edit"));
        agenda.emptyDayTextProperty().set(Messages.get("week.freeDay"));

        problemList.setItems(viewModel.problems());
        problemList.setCellFactory(list -> new ProblemCell());
        problemList.getSelectionModel().selectedItemProperty().addListener((obs, was, row) -> {
            if (row != null && !row.heading()) {
                viewModel.selectProblem(row);
            }
        });
        setUpProblemsPanel();
        ReadOnly.commands(viewModel.state(), viewModel.loadedProperty().not(), newEventButton);
        meetingButton.disableProperty().bind(viewModel.selectedEventIdProperty().isNull());
        // The day view shows the notes for its day; they are edited with the pencil beside the day's name.
        dayNoteLabel.textProperty().bind(Bindings.createStringBinding(
                () -> dayNotes.shownNoteProperty().get().isBlank() ? ""
                        : Messages.get("dayNotes.shown", dayNotes.shownNoteProperty().get()),
                dayNotes.shownNoteProperty()));
        dayNoteLabel.visibleProperty().bind(viewModel.modeProperty().isEqualTo(Mode.DAY)
                .and(dayNotes.shownNoteProperty().isNotEmpty()));
        dayNoteLabel.managedProperty().bind(dayNoteLabel.visibleProperty());
        viewModel.shownDayProperty().addListener((obs, was, day) -> dayNotes.show(day));
        dayNotes.show(viewModel.shownDayProperty().get());
        // The day view needs room for its day navigation: the filter's caption gives way (the filter says enough).
        showLabel.visibleProperty().bind(viewModel.modeProperty().isNotEqualTo(Mode.DAY));
        showLabel.managedProperty().bind(showLabel.visibleProperty());
        // A command never shrinks to "W…": what does not fit goes whole into the tool bar's overflow menu.
        for (Control control : List.of(weekButton, dayButton, agendaButton, homeAxisButton,
                newEventButton, meetingButton, dayTitleLabel, showLabel, memberFilter, problemsButton)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        for (Node item : toolbar.getItems()) {
            if (item instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        // JavaFX's tool bar sorts its items into the bar and the overflow menu (») only when its width or its items
        // change: a command whose text arrives later (the home time, the day's title, another language) would be
        // drawn under ». Handing it the same items again makes it sort them anew. The member filter keeps one width
        // (its style sheet): sorting anew while its list is open, ticked member after ticked member, would close it.
        Runnable resort = () -> Platform.runLater(
                () -> toolbar.getItems().setAll(List.copyOf(toolbar.getItems())));
        for (Observable changesWidth : List.of(
                homeAxisButton.textProperty(), dayTitleLabel.textProperty(), showLabel.visibleProperty(),
                dayNavigation.visibleProperty())) {
            changesWidth.addListener(observable -> resort.run());
        }
        schedule.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            // In the day view, left and right go to the previous and next day.
            if (viewModel.modeProperty().get() == Mode.DAY && !event.isShortcutDown()
                    && (event.getCode() == KeyCode.LEFT || event.getCode() == KeyCode.RIGHT)) {
                viewModel.stepDay(event.getCode() == KeyCode.LEFT ? -1 : 1);
                event.consume();
            }
        });
        root.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (NEW_EVENT.match(event)) {
                newEvent();
                event.consume();
            } else if (MEETING_RECORD.match(event)) {
                openMeetingRecord();
                event.consume();
            }
        });
        // A trip without events (a new one) says what to do next instead of showing a blank week; with visits to
        // place (or a plan over the week) the week is what to look at.
        Bindings.bindContent(schedule.getGhosts(), plannerController.ghosts());
        BooleanBinding planning = plannerController.hasWork();
        emptyTrip.visibleProperty().bind(Bindings.createBooleanBinding(() -> viewModel.loadedProperty().get()
                        && viewModel.itinerary().map(i -> i.events().isEmpty()).orElse(false) && !planning.get(),
                viewModel.loadedProperty(), viewModel.entries(), viewModel.days(), planning));
        emptyTrip.managedProperty().bind(emptyTrip.visibleProperty());
        viewModel.loadUnlessShown();
    }

    /** The empty week's "Import a calendar…": File → Import… belongs to the main window, which is asked. */
    @FXML
    private void importCalendar() {
        root.fireEvent(new Event(TripWindows.IMPORT_CALENDAR));
    }

    /** The Problems panel beside the views; hidden, it leaves its room to them (the toolbar button shows it again). */
    private void setUpProblemsPanel() {
        problemsButton.selectedProperty().bindBidirectional(viewModel.problemsPanelShownProperty());
        Tooltip summary = new Tooltip();
        summary.textProperty().bind(viewModel.problemSummaryProperty());
        problemsButton.setTooltip(summary);
        // However far the user drags it, the panel leaves three quarters of the page to the itinerary.
        problemsPanel.maxWidthProperty().bind(split.widthProperty().multiply(0.25));
        Runnable apply = () -> {
            boolean shown = viewModel.problemsPanelShownProperty().get();
            if (shown && !split.getItems().contains(problemsPanel)) {
                split.getItems().add(problemsPanel);
            } else if (!shown) {
                split.getItems().remove(problemsPanel);
            }
        };
        viewModel.problemsPanelShownProperty().addListener((obs, was, now) -> apply.run());
        apply.run();
    }

    @FXML
    private void hideProblems() {
        viewModel.problemsPanelShownProperty().set(false);
    }

    @Override
    public void focusContent() {
        (viewModel.modeProperty().get() == Mode.AGENDA ? agenda : schedule).requestFocus();
    }

    @Override
    public void createNew() {
        newEvent();
    }

    private void showMode(Mode mode) {
        modes.selectToggle(switch (mode) {
            case WEEK -> weekButton;
            case DAY -> dayButton;
            case AGENDA -> agendaButton;
        });
        boolean calendar = mode != Mode.AGENDA;
        schedule.setVisible(calendar);
        agenda.setVisible(!calendar);
        dayNavigation.setVisible(mode == Mode.DAY);
        dayNavigation.setManaged(mode == Mode.DAY);
        (calendar ? schedule : agenda).requestFocus();
    }

    /** The meeting record of the selected event, in its own window (Ctrl+M). */
    @FXML
    private void openMeetingRecord() {
        Long eventId = viewModel.selectedEventIdProperty().get();
        if (eventId != null) {
            meetingRecords.open(eventId);
        }
    }

    /** A dialog to write the notes for the day shown; saving is one undoable edit. */
    @FXML
    private void editDayNotes() {
        LocalDate day = viewModel.shownDayProperty().get();
        if (day == null) {
            return;
        }
        TextArea text = new TextArea(dayNotes.noteOf(day));
        text.setWrapText(true);
        text.setPrefRowCount(6);
        text.setPrefColumnCount(48);
        text.setPromptText(Messages.get("dayNotes.prompt"));
        Dialog<ButtonType> dialog = Dialogs.create(root.getScene().getWindow(),
                Messages.get("dayNotes.header", Formats.longDay(day)));
        dialog.setTitle(Messages.get("dayNotes.title"));
        ButtonType save = new ButtonType(Messages.get("dayNotes.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save,
                new ButtonType(Messages.get("itinerary.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(text);
        dialog.setOnShown(event -> text.requestFocus());
        dialog.showAndWait().filter(save::equals).ifPresent(button -> dayNotes.save(day, text.getText()));
    }

    /** Before an event with a meeting record is deleted: what goes with it, Delete or Cancel. */
    private boolean confirmDelete(String question, String details) {
        return Dialogs.confirm(root.getScene().getWindow(), question, details,
                Messages.get("itinerary.deleteEvent.action"));
    }

    @FXML
    private void previousDay() {
        viewModel.stepDay(-1);
    }

    @FXML
    private void nextDay() {
        viewModel.stepDay(1);
    }

    @FXML
    private void newEvent() {
        viewModel.newEventDialog().ifPresent(this::showDialog);
    }

    private void open(long eventId) {
        viewModel.editDialog(eventId).ifPresent(this::showDialog);
    }

    private void contextMenu(long eventId, ContextMenuEvent event) {
        MenuItem open = new MenuItem(Messages.get("itinerary.menu.open"), new FontIcon("fth-edit-2"));
        open.setOnAction(e -> open(eventId));
        MenuItem meeting = new MenuItem(Messages.get("meeting.menu.open"), new FontIcon("fth-file-text"));
        meeting.setOnAction(e -> meetingRecords.open(eventId));
        MenuItem duplicate = new MenuItem(Messages.get("itinerary.menu.duplicate"), new FontIcon("fth-copy"));
        duplicate.setOnAction(e -> viewModel.duplicate(eventId));
        MenuItem delete = new MenuItem(Messages.get("itinerary.menu.delete"), new FontIcon("fth-trash-2"));
        delete.setOnAction(e -> viewModel.delete(eventId, this::confirmDelete));
        ReadOnly.items(viewModel.state(), duplicate, delete);
        ContextMenu menu = new ContextMenu(open, meeting, duplicate, plannerController.pinItem(eventId),
                new SeparatorMenuItem(), delete);
        if (viewModel.modeProperty().get() != Mode.DAY) {
            MenuItem day = new MenuItem(Messages.get("itinerary.menu.showDay"), new FontIcon("fth-square"));
            day.setOnAction(e -> viewModel.modeProperty().set(Mode.DAY));
            menu.getItems().add(1, day);
        }
        menu.show(root.getScene().getWindow(), event.getScreenX(), event.getScreenY());
    }

    /** Opens the event dialog; saving validates, and a problem keeps the dialog open with the text as typed. */
    private void showDialog(EventDialogViewModel dialogModel) {
        Dialog<ButtonType> dialog = Dialogs.fxml(root.getScene().getWindow(), "itinerary/EventDialog",
                new EventDialogView(dialogModel),
                Messages.get(dialogModel.isNew() ? "itinerary.dialog.newTitle" : "itinerary.dialog.editTitle"));
        // A reader opens an event to read its details: the same dialog, with nothing to change or save.
        ReadOnly.dialog(viewModel.state(), dialog);
        Dialogs.okButton(dialog).disableProperty().bind(viewModel.state().readOnlyProperty());
        viewModel.loadChanges(dialogModel);
        Dialogs.okButton(dialog).addEventFilter(ActionEvent.ACTION, event -> {
            Optional<org.visitplanner.model.Event> result = dialogModel.validate();
            if (result.isEmpty()) {
                event.consume(); // stay open: the messages are beside the fields
            } else {
                viewModel.save(dialogModel, result.get());
            }
        });
        dialog.showAndWait();
        schedule.requestFocus();
    }

    /** The travel dialog: mode and minutes of one leg, or back to the estimate. */
    private void editLeg(ScheduleLeg shown) {
        viewModel.legChoice(shown).ifPresent(choice -> {
            TravelLegDialogView form = new TravelLegDialogView(choice);
            Dialog<ButtonType> dialog = Dialogs.fxml(root.getScene().getWindow(), "itinerary/TravelLegDialog", form,
                    Messages.get("itinerary.legDialog.title"));
            ButtonType reset = new ButtonType(Messages.get("itinerary.legDialog.reset"), ButtonBar.ButtonData.LEFT);
            if (choice.override().isPresent() && !viewModel.state().isReadOnly()) {
                dialog.getDialogPane().getButtonTypes().add(reset);
            }
            dialog.setHeaderText(choice.route());
            Dialogs.okButton(dialog).disableProperty().bind(form.validProperty().not()
                    .or(viewModel.state().readOnlyProperty()));
            ReadOnly.dialog(viewModel.state(), dialog);
            dialog.showAndWait().ifPresent(button -> {
                if (button.getButtonData() == ButtonBar.ButtonData.OK_DONE) {
                    viewModel.setTravel(choice.leg(), form.mode(), form.minutes(), form.notes());
                } else if (button == reset) {
                    viewModel.resetTravel(choice.leg());
                }
            });
        });
    }

    /** A line of the problems panel: a day, or a problem with its severity icon, wrapped to the panel's width. */
    private static final class ProblemCell extends ListCell<ProblemRow> {
        private final Label text = new Label();
        private final Label icon = new Label();
        private final HBox box = new HBox(6, icon, text);

        ProblemCell() {
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            icon.setMinWidth(Region.USE_PREF_SIZE);
            listViewProperty().addListener((obs, was, list) -> {
                if (list != null) {
                    text.maxWidthProperty().bind(list.widthProperty().subtract(48));
                }
            });
        }

        @Override
        protected void updateItem(ProblemRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("problem-day", "error", "warning", "info");
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            text.setText(row.text());
            if (row.heading()) {
                getStyleClass().add("problem-day");
                icon.setGraphic(null);
                icon.setVisible(false);
                icon.setManaged(false);
            } else {
                getStyleClass().add(row.severity().name().toLowerCase(Locale.ROOT));
                icon.setVisible(true);
                icon.setManaged(true);
                icon.setGraphic(ProblemBadges.icon(row.severity()));
            }
            setGraphic(box);
        }
    }
}
