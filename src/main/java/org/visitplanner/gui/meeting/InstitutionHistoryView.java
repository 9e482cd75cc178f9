package org.visitplanner.gui.meeting;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.visitplanner.logic.i18n.Messages;

/**
 * An institution's history, to embed in any page that shows one institution: call {@link #show(Long)} with the
 * institution's id (null for none).
 */
public final class InstitutionHistoryView {

    private final InstitutionHistoryViewModel viewModel;
    private final MeetingRecords meetingRecords;

    @FXML private VBox content;
    @FXML private Label nameLabel;
    @FXML private Label summaryLabel;
    @FXML private FlowPane partnershipPane;
    @FXML private VBox visitList;
    @FXML private VBox changeList;
    @FXML private Label placeholder;

    public InstitutionHistoryView(InstitutionHistoryViewModel viewModel, MeetingRecords meetingRecords) {
        this.viewModel = viewModel;
        this.meetingRecords = meetingRecords;
    }

    public void show(Long institutionId) {
        viewModel.show(institutionId);
    }

    @FXML
    private void initialize() {
        nameLabel.textProperty().bind(viewModel.nameProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        content.visibleProperty().bind(viewModel.showingProperty());
        placeholder.visibleProperty().bind(viewModel.showingProperty().not());
        viewModel.partnerships().addListener(
                (ListChangeListener<InstitutionHistoryViewModel.PartnershipLine>) change -> showPartnerships());
        viewModel.visits().addListener(
                (ListChangeListener<InstitutionHistoryViewModel.VisitCard>) change -> showVisits());
        viewModel.changes().addListener((ListChangeListener<String>) change -> showChanges());
    }

    private void showChanges() {
        changeList.getChildren().clear();
        for (String line : viewModel.changes()) {
            changeList.getChildren().add(wrapped(line, "change-line"));
        }
        if (viewModel.changes().isEmpty()) {
            changeList.getChildren().add(wrapped(Messages.get("changes.empty"), "text-muted"));
        }
    }

    private void showPartnerships() {
        partnershipPane.getChildren().clear();
        for (InstitutionHistoryViewModel.PartnershipLine line : viewModel.partnerships()) {
            Label type = new Label(line.type());
            type.getStyleClass().add("partnership-type");
            Label status = new Label(line.status());
            status.getStyleClass().add("partnership-status");
            VBox chip = new VBox(2, new HBox(6, type, status));
            if (!line.detail().isEmpty()) {
                Label detail = new Label(line.detail());
                detail.getStyleClass().add("text-muted");
                chip.getChildren().add(detail);
            }
            chip.getStyleClass().add("partnership-chip");
            partnershipPane.getChildren().add(chip);
        }
        if (viewModel.partnerships().isEmpty()) {
            Label none = new Label(Messages.get("history.noPartnership"));
            none.getStyleClass().add("text-muted");
            partnershipPane.getChildren().add(none);
        }
    }

    private void showVisits() {
        visitList.getChildren().clear();
        for (InstitutionHistoryViewModel.VisitCard visit : viewModel.visits()) {
            visitList.getChildren().add(card(visit));
        }
        if (viewModel.visits().isEmpty()) {
            Label none = new Label(Messages.get("history.noVisits"));
            none.getStyleClass().add("text-muted");
            visitList.getChildren().add(none);
        }
    }

    private VBox card(InstitutionHistoryViewModel.VisitCard visit) {
        Label when = new Label(visit.when());
        when.getStyleClass().add("visit-when");
        Label state = new Label(visit.state());
        state.getStyleClass().addAll("visit-state", visit.upcoming() ? "upcoming" : "past");
        // In a narrow pane the date goes over two lines; the state keeps its whole word.
        when.setWrapText(true);
        state.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, when, gap, state);
        Label title = wrapped(visit.title(), "visit-title");
        if (visit.cancelled()) {
            title.getStyleClass().add("cancelled");
        }
        VBox card = new VBox(3, top, title, wrapped(visit.trip(), "text-muted"),
                wrapped(visit.attendees(), "visit-people"));
        for (String outcome : visit.outcomes()) {
            card.getChildren().add(wrapped("• " + outcome, "visit-outcome"));
        }
        for (InstitutionHistoryViewModel.ActionLine action : visit.actions()) {
            Label line = wrapped(action.text() + (action.detail().isEmpty() ? "" : " — " + action.detail()),
                    action.overdue() ? "overdue" : "visit-action");
            line.setGraphic(new FontIcon("fth-square"));
            card.getChildren().add(line);
        }
        Hyperlink open = new Hyperlink(Messages.get("history.openRecord"));
        open.setOnAction(event -> meetingRecords.open(visit.eventId()));
        card.getChildren().add(open);
        card.getStyleClass().add("visit-card");
        return card;
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(style);
        return label;
    }
}
