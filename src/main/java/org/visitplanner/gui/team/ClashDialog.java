package org.visitplanner.gui.team;

import java.util.List;
import java.util.Set;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.visitplanner.gui.common.Dialogs;
import org.visitplanner.logic.bundle.Clash;
import org.visitplanner.logic.i18n.Messages;

/**
 * The fields of a trip file changed on both sides: a row per field with both values and the choice of the one to keep
 * (this database's by default). Closing the dialog keeps this database's values.
 */
public final class ClashDialog {

    private ClashDialog() {
    }

    /** Shows the clashes over {@code owner}; the ids of those where the trip file's value was chosen. */
    public static Set<String> choose(Window owner, List<Clash> clashes) {
        ClashChoices choices = new ClashChoices(clashes);
        Dialog<ButtonType> dialog = Dialogs.create(owner, Messages.get("bundle.clashes.header"));
        ButtonType apply = new ButtonType(Messages.get("bundle.clashes.apply"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(apply);
        dialog.getDialogPane().setContent(content(choices));
        return dialog.showAndWait().filter(apply::equals).isPresent() ? choices.takenFromFile() : Set.of();
    }

    static VBox content(ClashChoices choices) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.getStyleClass().add("clash-table");
        String[] headers = {"bundle.clashes.record", "bundle.clashes.field", "bundle.clashes.keep"};
        for (int column = 0; column < headers.length; column++) {
            Label header = new Label(Messages.get(headers[column]));
            header.getStyleClass().add("column-header");
            grid.add(header, column, 0);
        }
        int line = 1;
        for (ClashChoices.Row row : choices.rows()) {
            Label record = Dialogs.text(row.record(), null);
            record.setMaxWidth(240);
            grid.add(record, 0, line);
            grid.add(new Label(row.field()), 1, line);
            ToggleGroup group = new ToggleGroup();
            RadioButton mine = new RadioButton(Messages.get("bundle.clashes.choice",
                    Messages.get("bundle.clashes.keepMine"), row.mine()));
            RadioButton theirs = new RadioButton(Messages.get("bundle.clashes.choice",
                    Messages.get("bundle.clashes.keepTheirs"), row.theirs()));
            for (RadioButton button : List.of(mine, theirs)) {
                button.setToggleGroup(group);
                button.setWrapText(true);
                button.setMaxWidth(360);
            }
            mine.setSelected(!row.takeTheirsProperty().get());
            theirs.setSelected(row.takeTheirsProperty().get());
            theirs.selectedProperty().addListener((obs, was, selected) -> row.takeTheirsProperty().set(selected));
            grid.add(new VBox(4, mine, theirs), 2, line);
            line++;
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(420, 70.0 * choices.rows().size() + 30));
        return new VBox(10, Dialogs.text(Messages.get("bundle.clashes.explanation"), "explanation"), scroll);
    }
}
