package org.visitplanner.gui.meeting;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.visitplanner.gui.team.ClashDialog;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.meeting.MeetingContents;
import org.visitplanner.logic.meeting.NoteMarkup;

/**
 * The text column of a meeting record's window (its own FXML, included by {@link MeetingRecordView}): the agenda and
 * the notes, with their word count and a preview of the notes' markup (thin controller over
 * {@link MeetingNotesViewModel}).
 */
public final class MeetingNotesView {

    private MeetingNotesViewModel viewModel;

    @FXML private TextArea agendaArea;
    @FXML private TextArea notesArea;
    @FXML private Label wordCountLabel;
    @FXML private ToggleButton editToggle;
    @FXML private ToggleButton previewToggle;
    @FXML private ScrollPane previewPane;
    @FXML private VBox previewBox;

    /** Shows {@code notes}; the window's view calls it once, from its own set-up. */
    void attach(MeetingNotesViewModel notes) {
        this.viewModel = notes;
        viewModel.setClashResolver((title, choices) -> ClashDialog.resolve(notesArea.getScene().getWindow(),
                title, choices));
        // A reader of a team database reads (and selects, copies) the texts; they cannot be changed.
        agendaArea.editableProperty().bind(Bindings.not(viewModel.readOnlyProperty()));
        notesArea.editableProperty().bind(Bindings.not(viewModel.readOnlyProperty()));
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
                () -> Messages.get("meeting.notes.words", MeetingContents.words(notesArea.getText())),
                notesArea.textProperty()));
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
    }

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

    /** The notes text area, so that the opener can put the caret there. */
    Node notesArea() {
        return notesArea;
    }
}
