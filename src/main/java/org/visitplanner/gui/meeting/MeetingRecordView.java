package org.visitplanner.gui.meeting;

import java.io.File;
import java.util.List;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import org.controlsfx.control.NotificationPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.visitplanner.gui.common.DateField;
import org.visitplanner.gui.common.Dialogs;
import org.visitplanner.gui.common.FieldFeedback;
import org.visitplanner.gui.common.FileOpener;
import org.visitplanner.gui.common.Notices;
import org.visitplanner.gui.team.ClashDialog;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.meeting.MeetingContents;
import org.visitplanner.logic.meeting.NoteMarkup;
import org.visitplanner.model.ActionItem;
import org.visitplanner.model.ActionStatus;
import org.visitplanner.model.Member;
import org.visitplanner.model.Outcome;
import org.visitplanner.model.OutcomeType;

/** The meeting-record window's controller: binds the form to {@link MeetingRecordViewModel}. */
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
    @FXML private TextArea agendaArea;
    @FXML private TextArea notesArea;
    @FXML private Label wordCountLabel;
    @FXML private ToggleButton editToggle;
    @FXML private ToggleButton previewToggle;
    @FXML private ScrollPane previewPane;
    @FXML private VBox previewBox;
    @FXML private Tab outcomesTab;
    @FXML private Tab actionsTab;
    @FXML private Tab attendeesTab;
    @FXML private Tab attachmentsTab;
    @FXML private ListView<Outcome> outcomeList;
    @FXML private Button outcomeUpButton;
    @FXML private Button outcomeDownButton;
    @FXML private Button outcomeDeleteButton;
    @FXML private Label outcomeFormLabel;
    @FXML private ComboBox<OutcomeType> outcomeTypeBox;
    @FXML private TextArea outcomeTextArea;
    @FXML private Button outcomeCancelButton;
    @FXML private Button outcomeSaveButton;
    @FXML private ListView<MeetingRecordViewModel.ActionRow> actionList;
    @FXML private Button actionUpButton;
    @FXML private Button actionDownButton;
    @FXML private Button actionDeleteButton;
    @FXML private Label actionFormLabel;
    @FXML private TextField actionTextField;
    @FXML private ComboBox<Member> actionOwnerBox;
    @FXML private DateField actionDueField;
    @FXML private Label actionDueMessage;
    @FXML private ComboBox<ActionStatus> actionStatusBox;
    @FXML private Button actionCancelButton;
    @FXML private Button actionSaveButton;
    @FXML private VBox memberBox;
    @FXML private VBox contactBox;
    @FXML private VBox newContactForm;
    @FXML private TextField contactNameField;
    @FXML private TextField contactChineseField;
    @FXML private TextField contactTitleField;
    @FXML private ListView<MeetingRecordViewModel.AttachmentRow> attachmentList;
    @FXML private Button openAttachmentButton;
    @FXML private Button removeAttachmentButton;
    @FXML private Button attachButton;

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
        saveStatusLabel.textProperty().bind(viewModel.saveStatusProperty());
        viewModel.setClashResolver((title, choices) -> ClashDialog.resolve(saveStatusLabel.getScene().getWindow(),
                title, choices));
        saveStatusLabel.visibleProperty().bind(viewModel.saveStatusProperty().isNotEmpty());
        viewModel.saveFailedProperty().addListener((obs, was, failed) -> {
            saveStatusLabel.getStyleClass().remove("failed");
            if (failed) {
                saveStatusLabel.getStyleClass().add("failed");
            }
            saveStatusIcon.setIconLiteral(failed ? "fth-alert-circle" : "fth-check-circle");
        });
        problemLabel.textProperty().bind(viewModel.problemProperty());
        problemBar.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problemBar.managedProperty().bind(problemBar.visibleProperty());

        // A reader of a team database reads (and selects, copies) the record; nothing in it can be changed.
        var readOnly = viewModel.readOnlyProperty();
        agendaArea.editableProperty().bind(Bindings.not(readOnly));
        notesArea.editableProperty().bind(Bindings.not(readOnly));
        for (Node editor : List.of(outcomeSaveButton, actionSaveButton, attachButton, memberBox,
                contactBox, newContactForm, outcomeTypeBox, outcomeTextArea, actionTextField, actionOwnerBox,
                actionDueField, actionStatusBox)) {
            editor.disableProperty().bind(readOnly);
        }
        agendaArea.textProperty().bindBidirectional(viewModel.agendaProperty());
        notesArea.textProperty().bindBidirectional(viewModel.notesProperty());
        viewModel.typingProperty().bind(agendaArea.focusedProperty().or(notesArea.focusedProperty()));
        for (TextArea area : List.of(agendaArea, notesArea)) {
            area.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    viewModel.flush();
                }
            });
        }
        wordCountLabel.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("meeting.notes.words", words(notesArea.getText())), notesArea.textProperty()));
        editToggle.selectedProperty().addListener((obs, was, now) -> {
            if (!now && !previewToggle.isSelected()) {
                editToggle.setSelected(true); // one of the two is always on
            }
        });
        previewToggle.selectedProperty().addListener((obs, was, preview) -> {
            if (!preview && !editToggle.isSelected()) {
                previewToggle.setSelected(true);
                return;
            }
            if (preview) {
                viewModel.flush();
                renderPreview();
            }
            previewPane.setVisible(preview);
            notesArea.setVisible(!preview);
        });

        setUpOutcomes();
        setUpActions();
        setUpAttendees();
        setUpAttachments();
    }

    // ---- notes preview

    private void renderPreview() {
        previewBox.getChildren().clear();
        for (NoteMarkup.Block block : NoteMarkup.parse(notesArea.getText())) {
            TextFlow flow = new TextFlow();
            switch (block.kind()) {
                case HEADING -> flow.getStyleClass().add("h" + block.level());
                case BULLET -> flow.getChildren().add(new Text("•  "));
                case NUMBERED -> flow.getChildren().add(new Text(block.marker() + "  "));
                case QUOTE -> flow.getStyleClass().add("quote");
                default -> { }
            }
            for (NoteMarkup.Span span : block.spans()) {
                Text text = new Text(span.text());
                text.getStyleClass().add("preview-text");
                boolean bold = span.bold() || block.kind() == NoteMarkup.BlockKind.HEADING;
                String style = (bold ? "-fx-font-weight: bold;" : "")
                        + (span.italic() ? "-fx-font-style: italic;" : "")
                        + (span.code() ? "-fx-font-family: monospace;" : "")
                        + (block.kind() == NoteMarkup.BlockKind.HEADING ? headingSize(block.level()) : "");
                text.setStyle(style + "-fx-fill: -color-fg-default;");
                flow.getChildren().add(text);
            }
            flow.setPadding(new Insets(0, 0, 0, block.kind() == NoteMarkup.BlockKind.BULLET
                    || block.kind() == NoteMarkup.BlockKind.NUMBERED ? 12 + 18 * block.level() : 0));
            previewBox.getChildren().add(flow);
        }
        if (previewBox.getChildren().isEmpty()) {
            Label empty = new Label(Messages.get("meeting.notes.previewEmpty"));
            empty.getStyleClass().add("text-muted");
            previewBox.getChildren().add(empty);
        }
    }

    private static String headingSize(int level) {
        return switch (level) {
            case 1 -> "-fx-font-size: 1.45em;";
            case 2 -> "-fx-font-size: 1.25em;";
            default -> "-fx-font-size: 1.1em;";
        };
    }

    static int words(String text) {
        return MeetingContents.words(text);
    }

    // ---- outcomes

    private void setUpOutcomes() {
        outcomeList.setItems(viewModel.outcomes());
        outcomeList.setCellFactory(list -> new OutcomeCell());
        outcomeTypeBox.getItems().setAll(OutcomeType.values());
        outcomeTypeBox.setConverter(enumConverter());
        outcomeTypeBox.setValue(OutcomeType.DECISION);
        outcomesTab.textProperty().bind(Bindings.createStringBinding(() -> counted("meeting.tab.outcomes",
                viewModel.outcomes().size()), viewModel.outcomes()));
        var selected = outcomeList.getSelectionModel().selectedItemProperty();
        for (Button button : List.of(outcomeUpButton, outcomeDownButton, outcomeDeleteButton)) {
            button.disableProperty().bind(selected.isNull().or(viewModel.readOnlyProperty()));
        }
        outcomeUpButton.setTooltip(new Tooltip(Messages.get("meeting.moveUp")));
        outcomeDownButton.setTooltip(new Tooltip(Messages.get("meeting.moveDown")));
        outcomeCancelButton.visibleProperty().bind(selected.isNotNull());
        selected.addListener((obs, was, outcome) -> {
            if (outcome == null) {
                outcomeFormLabel.setText(Messages.get("meeting.outcome.new"));
                outcomeSaveButton.setText(Messages.get("meeting.outcome.add"));
                outcomeTextArea.clear();
            } else {
                outcomeFormLabel.setText(Messages.get("meeting.outcome.edit"));
                outcomeSaveButton.setText(Messages.get("meeting.saveChanges"));
                outcomeTypeBox.setValue(outcome.type());
                outcomeTextArea.setText(outcome.text());
            }
        });
        viewModel.partnershipOfferProperty().addListener((obs, was, offer) -> {
            if (offer != null) {
                PartnershipOfferDialog.ask(outcomeList.getScene().getWindow(), offer)
                        .ifPresentOrElse(answer -> viewModel.acceptOffer(offer, answer.partnership(),
                                answer.newType(), answer.status()), viewModel::declineOffer);
            }
        });
    }

    @FXML
    private void saveOutcome() {
        Outcome editing = outcomeList.getSelectionModel().getSelectedItem();
        if (viewModel.saveOutcome(editing, outcomeTypeBox.getValue(), outcomeTextArea.getText())) {
            outcomeList.getSelectionModel().clearSelection();
            outcomeTextArea.clear();
        }
    }

    @FXML
    private void cancelOutcomeEdit() {
        outcomeList.getSelectionModel().clearSelection();
    }

    @FXML
    private void deleteOutcome() {
        Outcome outcome = outcomeList.getSelectionModel().getSelectedItem();
        if (outcome != null && confirm(Messages.get("meeting.outcome.deleteConfirm", outcome.text()))) {
            viewModel.deleteOutcome(outcome);
        }
    }

    @FXML
    private void moveOutcomeUp() {
        moveOutcome(-1);
    }

    @FXML
    private void moveOutcomeDown() {
        moveOutcome(1);
    }

    private void moveOutcome(int delta) {
        Outcome outcome = outcomeList.getSelectionModel().getSelectedItem();
        if (outcome != null) {
            viewModel.moveOutcome(outcome, delta);
            outcomeList.getSelectionModel().clearSelection();
        }
    }

    private final class OutcomeCell extends ListCell<Outcome> {
        @Override
        protected void updateItem(Outcome outcome, boolean empty) {
            super.updateItem(outcome, empty);
            if (empty || outcome == null) {
                setGraphic(null);
                return;
            }
            Label type = new Label(Messages.of(outcome.type()));
            type.getStyleClass().addAll("outcome-type", outcome.type().name().toLowerCase(Locale.ROOT));
            type.setMinWidth(Region.USE_PREF_SIZE);
            Label text = new Label(outcome.text());
            text.getStyleClass().add("cell-text");
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.maxWidthProperty().bind(outcomeList.widthProperty().subtract(60));
            VBox box = new VBox(4, type, text);
            setGraphic(box);
        }
    }

    // ---- action items

    private void setUpActions() {
        actionList.setItems(viewModel.actions());
        actionList.setCellFactory(list -> new ActionCell());
        actionOwnerBox.setItems(viewModel.owners());
        actionOwnerBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Member member) {
                return member == null ? "" : member.displayName();
            }

            @Override
            public Member fromString(String text) {
                return null;
            }
        });
        FieldFeedback.bind(actionDueField, actionDueMessage, viewModel.actionDue());
        actionStatusBox.getItems().setAll(ActionStatus.values());
        actionStatusBox.setConverter(enumConverter());
        actionsTab.textProperty().bind(Bindings.createStringBinding(() -> counted("meeting.tab.actions",
                (int) viewModel.actions().stream().filter(r -> r.item().status() == ActionStatus.OPEN).count()),
                viewModel.actions()));
        var selected = actionList.getSelectionModel().selectedItemProperty();
        for (Button button : List.of(actionUpButton, actionDownButton, actionDeleteButton)) {
            button.disableProperty().bind(selected.isNull().or(viewModel.readOnlyProperty()));
        }
        actionUpButton.setTooltip(new Tooltip(Messages.get("meeting.moveUp")));
        actionDownButton.setTooltip(new Tooltip(Messages.get("meeting.moveDown")));
        actionCancelButton.visibleProperty().bind(selected.isNotNull());
        actionStatusBox.visibleProperty().bind(selected.isNotNull());
        actionStatusBox.managedProperty().bind(selected.isNotNull());
        selected.addListener((obs, was, row) -> {
            if (row == null) {
                actionFormLabel.setText(Messages.get("meeting.action.new"));
                actionSaveButton.setText(Messages.get("meeting.action.add"));
                actionTextField.clear();
                viewModel.actionDue().load(null);
                actionOwnerBox.setValue(null);
            } else {
                actionFormLabel.setText(Messages.get("meeting.action.edit"));
                actionSaveButton.setText(Messages.get("meeting.saveChanges"));
                actionTextField.setText(row.item().text());
                actionOwnerBox.setValue(viewModel.owner(row.item()));
                viewModel.actionDue().load(row.item().due());
                actionStatusBox.setValue(row.item().status());
            }
        });
        actionTextField.setOnAction(event -> saveAction());
    }

    @FXML
    private void saveAction() {
        MeetingRecordViewModel.ActionRow editing = actionList.getSelectionModel().getSelectedItem();
        if (viewModel.saveAction(editing == null ? null : editing.item(), actionTextField.getText(),
                actionOwnerBox.getValue(), editing == null ? ActionStatus.OPEN : actionStatusBox.getValue())) {
            actionList.getSelectionModel().clearSelection();
            actionTextField.clear();
            viewModel.actionDue().load(null);
            actionOwnerBox.setValue(null);
        } else if (viewModel.actionDue().hasError()) {
            actionDueField.getEditor().requestFocus(); // the reason is under the field
        }
    }

    @FXML
    private void cancelActionEdit() {
        actionList.getSelectionModel().clearSelection();
    }

    @FXML
    private void deleteAction() {
        MeetingRecordViewModel.ActionRow row = actionList.getSelectionModel().getSelectedItem();
        if (row != null && confirm(Messages.get("meeting.action.deleteConfirm", row.item().text()))) {
            viewModel.deleteAction(row.item());
        }
    }

    @FXML
    private void moveActionUp() {
        moveAction(-1);
    }

    @FXML
    private void moveActionDown() {
        moveAction(1);
    }

    private void moveAction(int delta) {
        MeetingRecordViewModel.ActionRow row = actionList.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.moveAction(row.item(), delta);
            actionList.getSelectionModel().clearSelection();
        }
    }

    private final class ActionCell extends ListCell<MeetingRecordViewModel.ActionRow> {
        @Override
        protected void updateItem(MeetingRecordViewModel.ActionRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            ActionItem item = row.item();
            CheckBox done = new CheckBox();
            done.setSelected(item.status() == ActionStatus.DONE);
            done.setTooltip(new Tooltip(Messages.get("meeting.action.markDone")));
            done.setOnAction(event -> viewModel.setActionStatus(item,
                    done.isSelected() ? ActionStatus.DONE : ActionStatus.OPEN));
            Label text = new Label(item.text());
            text.getStyleClass().add("cell-text");
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.maxWidthProperty().bind(actionList.widthProperty().subtract(80));
            Label owner = new Label(detail(row));
            owner.getStyleClass().add(row.overdue() ? "overdue" : "text-muted");
            VBox lines = new VBox(2, text, owner);
            HBox.setHgrow(lines, Priority.ALWAYS);
            HBox box = new HBox(8, done, lines);
            box.getStyleClass().addAll("action-line", item.status().name().toLowerCase(Locale.ROOT));
            setGraphic(box);
        }

        private String detail(MeetingRecordViewModel.ActionRow row) {
            String owner = row.owner().isEmpty() ? Messages.get("meeting.action.noOwner") : row.owner();
            String due = row.due().isEmpty() ? "" : " · " + Messages.get(row.overdue() ? "meeting.action.overdue"
                    : "meeting.action.dueOn", row.due());
            String status = row.item().status() == ActionStatus.DROPPED
                    ? " · " + Messages.of(ActionStatus.DROPPED) : "";
            return owner + due + status;
        }
    }

    // ---- attendees

    private void setUpAttendees() {
        viewModel.members().addListener((ListChangeListener<MeetingRecordViewModel.Attendee>) change ->
                fill(memberBox, viewModel.members(), "meeting.attendees.noMembers"));
        viewModel.contacts().addListener((ListChangeListener<MeetingRecordViewModel.Attendee>) change ->
                fill(contactBox, viewModel.contacts(), "meeting.attendees.noContacts"));
        newContactForm.visibleProperty().bind(viewModel.hasInstitutionProperty());
        newContactForm.managedProperty().bind(newContactForm.visibleProperty());
        attendeesTab.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("meeting.tab.attendees"),
                viewModel.members()));
    }

    private void fill(VBox box, List<MeetingRecordViewModel.Attendee> attendees, String emptyKey) {
        box.getChildren().clear();
        for (MeetingRecordViewModel.Attendee attendee : attendees) {
            CheckBox check = new CheckBox(attendee.name());
            check.selectedProperty().bindBidirectional(attendee.attendedProperty());
            Label detail = new Label(attendee.detail());
            detail.getStyleClass().add("text-muted");
            HBox line = new HBox(8, check, detail);
            line.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(line);
        }
        if (attendees.isEmpty()) {
            Label none = new Label(Messages.get(emptyKey));
            none.getStyleClass().add("text-muted");
            box.getChildren().add(none);
        }
    }

    @FXML
    private void addContact() {
        if (viewModel.addContact(contactNameField.getText(), contactChineseField.getText(),
                contactTitleField.getText())) {
            contactNameField.clear();
            contactChineseField.clear();
            contactTitleField.clear();
        }
    }

    // ---- attachments

    private void setUpAttachments() {
        attachmentList.setItems(viewModel.attachments());
        attachmentList.setCellFactory(list -> new AttachmentCell());
        var selected = attachmentList.getSelectionModel().selectedItemProperty();
        openAttachmentButton.disableProperty().bind(selected.isNull());
        removeAttachmentButton.disableProperty().bind(selected.isNull().or(viewModel.readOnlyProperty()));
        attachmentsTab.textProperty().bind(Bindings.createStringBinding(() -> counted("meeting.tab.attachments",
                viewModel.attachments().size()), viewModel.attachments()));
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
        MeetingRecordViewModel.AttachmentRow row = attachmentList.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.open(row.attachment(), fileOpener::open);
        }
    }

    @FXML
    private void removeAttachment() {
        MeetingRecordViewModel.AttachmentRow row = attachmentList.getSelectionModel().getSelectedItem();
        if (row != null && confirm(Messages.get("meeting.attachment.removeConfirm", row.attachment().fileName()))) {
            viewModel.removeAttachment(row.attachment());
        }
    }

    private static final class AttachmentCell extends ListCell<MeetingRecordViewModel.AttachmentRow> {
        @Override
        protected void updateItem(MeetingRecordViewModel.AttachmentRow row, boolean empty) {
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

    // ---- common

    @FXML
    private void dismissProblem() {
        viewModel.clearProblem();
    }

    private boolean confirm(String question) {
        return Dialogs.ask(outcomeList.getScene().getWindow(), null, null, question, ButtonType.OK, ButtonType.CANCEL)
                .filter(ButtonType.OK::equals).isPresent();
    }

    private static String counted(String key, int count) {
        return count == 0 ? Messages.get(key) : Messages.get(key) + " (" + count + ")";
    }

    private static <E extends Enum<E>> StringConverter<E> enumConverter() {
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

    /** The notes text area, so that the opener can put the caret there. */
    Node notesArea() {
        return notesArea;
    }
}
