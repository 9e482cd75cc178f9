package org.visitplanner.gui.meeting;

import java.io.File;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;

import org.kordamp.ikonli.javafx.FontIcon;
import org.visitplanner.gui.common.FileOpener;
import org.visitplanner.logic.i18n.Messages;

/**
 * The attachments tab of a meeting record's window (its own FXML, included by {@link MeetingRecordView}): the files,
 * attached with a chooser or by dropping them on the list, opened with the system's program, removed (thin controller
 * over {@link AttachmentsViewModel}).
 */
public final class AttachmentsView {

    private AttachmentsViewModel viewModel;
    private FileOpener fileOpener;

    @FXML private Tab tab;
    @FXML private ListView<AttachmentsViewModel.AttachmentRow> attachmentList;
    @FXML private Button openAttachmentButton;
    @FXML private Button removeAttachmentButton;
    @FXML private Button attachButton;

    /** Shows {@code attachments}, opened with {@code opener}; the window's view calls it once, from its set-up. */
    void attach(AttachmentsViewModel attachments, FileOpener opener) {
        this.viewModel = attachments;
        this.fileOpener = opener;
        attachButton.disableProperty().bind(viewModel.readOnlyProperty());
        attachmentList.setItems(viewModel.items());
        attachmentList.setCellFactory(list -> new AttachmentCell());
        var selected = attachmentList.getSelectionModel().selectedItemProperty();
        openAttachmentButton.disableProperty().bind(selected.isNull());
        removeAttachmentButton.disableProperty().bind(selected.isNull().or(viewModel.readOnlyProperty()));
        tab.textProperty().bind(Bindings.createStringBinding(() -> MeetingTabs.counted("meeting.tab.attachments",
                viewModel.items().size()), viewModel.items()));
        attachmentList.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                openAttachment();
            }
        });
        attachmentList.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        attachmentList.setOnDragDropped(event -> {
            boolean files = event.getDragboard().hasFiles();
            if (files) {
                viewModel.attach(event.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            event.setDropCompleted(files);
            event.consume();
        });
    }

    @FXML
    private void attachFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("meeting.attachment.choose"));
        List<File> files = chooser.showOpenMultipleDialog(attachmentList.getScene().getWindow());
        if (files != null && !files.isEmpty()) {
            viewModel.attach(files.stream().map(File::toPath).toList());
        }
    }

    @FXML
    private void openAttachment() {
        AttachmentsViewModel.AttachmentRow row = attachmentList.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.open(row.attachment(), fileOpener::open);
        }
    }

    @FXML
    private void removeAttachment() {
        AttachmentsViewModel.AttachmentRow row = attachmentList.getSelectionModel().getSelectedItem();
        if (row != null && MeetingTabs.confirm(attachmentList,
                Messages.get("meeting.attachment.removeConfirm", row.attachment().fileName()))) {
            viewModel.remove(row.attachment());
        }
    }

    private static final class AttachmentCell extends ListCell<AttachmentsViewModel.AttachmentRow> {
        @Override
        protected void updateItem(AttachmentsViewModel.AttachmentRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(row.attachment().fileName(), new FontIcon("fth-file"));
            Label size = new Label(row.size());
            size.getStyleClass().add("text-muted");
            size.setMinWidth(Region.USE_PREF_SIZE);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            setGraphic(new HBox(8, name, gap, size));
        }
    }
}
