package org.visitplanner.gui.meeting;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

import org.controlsfx.control.NotificationPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.visitplanner.gui.common.FileOpener;
import org.visitplanner.gui.common.Notices;

/**
 * The meeting-record window's controller: the header (title, save status, problem line) and the notification bar;
 * the notes and each tab are views of their own (MeetingNotesView, OutcomesView, ActionItemsView, AttendeesView,
 * AttachmentsView), included by the FXML and handed their share of {@link MeetingRecordViewModel} here.
 */
public final class MeetingRecordView {

    private final MeetingRecordViewModel viewModel;
    private final FileOpener fileOpener;

    @FXML private NotificationPane notifications;
    @FXML private Label titleLabel;
    @FXML private Label subtitleLabel;
    @FXML private Label saveStatusLabel;
    @FXML private FontIcon saveStatusIcon;
    @FXML private HBox problemBar;
    @FXML private Label problemLabel;
    @FXML private MeetingNotesView notesController;
    @FXML private OutcomesView outcomesController;
    @FXML private ActionItemsView actionsController;
    @FXML private AttendeesView attendeesController;
    @FXML private AttachmentsView attachmentsController;

    public MeetingRecordView(MeetingRecordViewModel viewModel, FileOpener fileOpener) {
        this.viewModel = viewModel;
        this.fileOpener = fileOpener;
    }

    public MeetingRecordViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        titleLabel.textProperty().bind(viewModel.titleProperty());
        subtitleLabel.textProperty().bind(viewModel.subtitleProperty());
        Notices.prepare(notifications);
        viewModel.noticeProperty().addListener((obs, was, notice) -> {
            if (notice != null) {
                Notices.show(notifications, notice);
            }
        });
        MeetingNotesViewModel notes = viewModel.notes();
        saveStatusLabel.textProperty().bind(notes.saveStatusProperty());
        saveStatusLabel.visibleProperty().bind(notes.saveStatusProperty().isNotEmpty());
        notes.saveFailedProperty().addListener((obs, was, failed) -> {
            saveStatusLabel.getStyleClass().remove("failed");
            if (failed) {
                saveStatusLabel.getStyleClass().add("failed");
            }
            saveStatusIcon.setIconLiteral(failed ? "fth-alert-circle" : "fth-check-circle");
        });
        problemLabel.textProperty().bind(viewModel.problemProperty());
        problemBar.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problemBar.managedProperty().bind(problemBar.visibleProperty());

        notesController.attach(notes);
        outcomesController.attach(viewModel.outcomes());
        actionsController.attach(viewModel.actions());
        attendeesController.attach(viewModel.attendees());
        attachmentsController.attach(viewModel.attachments(), fileOpener);
    }

    @FXML
    private void dismissProblem() {
        viewModel.clearProblem();
    }

    /** The notes text area, so that the opener can put the caret there. */
    Node notesArea() {
        return notesController.notesArea();
    }
}
