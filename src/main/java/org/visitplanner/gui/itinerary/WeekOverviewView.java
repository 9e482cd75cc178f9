package org.visitplanner.gui.itinerary;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.visitplanner.gui.meeting.MeetingRecords;
import org.visitplanner.logic.i18n.Messages;

/** Shows the week: a column per day with its events, and the delegation beside it. */
public final class WeekOverviewView {

    private final WeekOverviewViewModel viewModel;
    private final MeetingRecords meetingRecords;

    @FXML private Label titleLabel;
    @FXML private Label subtitleLabel;
    @FXML private HBox dayColumns;
    @FXML private VBox memberList;

    public WeekOverviewView(WeekOverviewViewModel viewModel, MeetingRecords meetingRecords) {
        this.viewModel = viewModel;
        this.meetingRecords = meetingRecords;
    }

    @FXML
    private void initialize() {
        titleLabel.textProperty().bind(viewModel.titleProperty());
        subtitleLabel.textProperty().bind(viewModel.subtitleProperty());
        viewModel.members().addListener((ListChangeListener<WeekOverviewViewModel.MemberLine>) change -> showMembers());
        viewModel.days().addListener((ListChangeListener<WeekOverviewViewModel.DayColumn>) change -> showDays());
        viewModel.reload();
    }

    private void showDays() {
        dayColumns.getChildren().clear();
        for (WeekOverviewViewModel.DayColumn day : viewModel.days()) {
            VBox column = new VBox();
            column.getStyleClass().add("day-column");
            Label header = new Label(day.header());
            header.getStyleClass().add("day-header");
            header.setMaxWidth(Double.MAX_VALUE);
            header.setWrapText(true);
            column.getChildren().add(header);
            if (day.events().isEmpty()) {
                Label free = new Label(Messages.get("week.freeDay"));
                free.getStyleClass().add("text-muted");
                column.getChildren().add(free);
            }
            for (WeekOverviewViewModel.EventLine event : day.events()) {
                column.getChildren().add(card(event));
            }
            HBox.setHgrow(column, Priority.ALWAYS);
            dayColumns.getChildren().add(column);
        }
    }

    private VBox card(WeekOverviewViewModel.EventLine event) {
        Label time = new Label(event.time());
        time.getStyleClass().add("event-time");
        Label title = new Label(event.title());
        title.getStyleClass().add("event-title");
        title.setWrapText(true);
        Label place = new Label(event.place().isEmpty() ? Messages.of(event.kind())
                : Messages.of(event.kind()) + " · " + event.place());
        place.getStyleClass().add("event-place");
        place.setWrapText(true);
        for (Label label : new Label[] {time, title, place}) {
            label.setMinHeight(Region.USE_PREF_SIZE); // wrapped text grows the card instead of being cut
        }
        VBox card = new VBox(time, title, place);
        card.getStyleClass().addAll("event-card", "kind-" + event.kind().name().toLowerCase(java.util.Locale.ROOT));
        if (event.cancelled()) {
            card.getStyleClass().add("cancelled");
        }
        card.setUserData(event.eventId());
        openMeetingRecordFrom(card, event.eventId());
        return card;
    }

    /** Double-click, or "Meeting record…" in the context menu, opens the event's meeting record. */
    private void openMeetingRecordFrom(VBox card, long eventId) {
        card.setOnMouseClicked(click -> {
            if (click.getButton() == MouseButton.PRIMARY && click.getClickCount() == 2) {
                meetingRecords.open(eventId);
            }
        });
        MenuItem record = new MenuItem(Messages.get("meeting.menu.open"));
        record.setOnAction(action -> meetingRecords.open(eventId));
        ContextMenu menu = new ContextMenu(record);
        card.setOnContextMenuRequested(request -> menu.show(card, request.getScreenX(), request.getScreenY()));
    }

    private void showMembers() {
        memberList.getChildren().clear();
        for (WeekOverviewViewModel.MemberLine member : viewModel.members()) {
            Label name = new Label(member.name());
            name.getStyleClass().add("member-name");
            Label role = new Label(member.role() + (member.title().isEmpty() ? "" : " · " + member.title()));
            role.getStyleClass().add("text-muted");
            role.setWrapText(true);
            VBox entry = new VBox(2, name, role);
            entry.getStyleClass().add("member-entry");
            memberList.getChildren().add(entry);
        }
    }
}
