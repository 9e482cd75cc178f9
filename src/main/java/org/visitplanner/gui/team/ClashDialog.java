package org.visitplanner.gui.team;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
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

    /** As many clashing fields as fit on a 700 px high screen without a scroll bar. */
    private static final int LIVE_ROWS_WITHOUT_SCROLLING = 2;

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

    /**
     * A save met someone else's change of the same fields of {@code title}: a block per field with theirs and mine,
     * and the text to save (mine to begin with), which the user may set to either or edit to combine both. True when
     * the user chose to save; closing the dialog saves nothing and keeps the user's text.
     */
    public static boolean resolve(Window owner, String title, ClashChoices choices) {
        Dialog<ButtonType> dialog = Dialogs.create(owner, Messages.get("live.clashes.header"));
        ButtonType save = new ButtonType(Messages.get("live.clashes.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, Dialogs.cancel());
        dialog.getDialogPane().setContent(liveContent(title, choices));
        return dialog.showAndWait().filter(save::equals).isPresent();
    }

    /** The window's way to ask about clashes and about records deleted meanwhile, over {@code owner}'s window. */
    public static ClashResolver resolver(Supplier<Window> owner) {
        return new ClashResolver() {
            @Override
            public boolean decide(String title, ClashChoices choices) {
                return resolve(owner.get(), title, choices);
            }

            @Override
            public boolean saveAsNew(String kind, String title, String typed) {
                return offerNew(owner.get(), kind, title, typed);
            }
        };
    }

    /**
     * A record deleted by someone else while the user edited it: says so, shows the typed values (to read or select),
     * and offers to save them as a new record; otherwise they go to the clipboard, so that nothing typed is lost.
     */
    public static boolean offerNew(Window owner, String kind, String title, String typed) {
        String kindName = Messages.get("bundle.kind." + kind).toLowerCase(Messages.locale());
        Dialog<ButtonType> dialog = Dialogs.create(owner, Messages.get("live.gone.header", title));
        ButtonType saveNew = new ButtonType(Messages.get("live.gone.saveNew", kindName),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType copy = new ButtonType(Messages.get("live.gone.copy"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(saveNew, copy);
        TextArea values = new TextArea(typed);
        values.setEditable(false);
        values.setWrapText(true);
        values.setPrefColumnCount(40);
        values.setPrefRowCount(Math.min(10, Math.max(3, typed.split("\n", -1).length)));
        values.getStyleClass().addAll("clash-value", "gone-values");
        dialog.getDialogPane().setContent(new VBox(10,
                Dialogs.text(Messages.get("live.gone.explanation", kindName), "explanation"), values));
        boolean save = dialog.showAndWait().filter(saveNew::equals).isPresent();
        if (!save) {
            ClipboardContent content = new ClipboardContent();
            content.putString(typed);
            Clipboard.getSystemClipboard().setContent(content);
        }
        return save;
    }

    static VBox liveContent(String title, ClashChoices choices) {
        VBox fields = new VBox(14);
        fields.getStyleClass().add("clash-table");
        for (ClashChoices.Row row : choices.rows()) {
            Label field = new Label(row.field());
            field.getStyleClass().add("clash-field");
            GridPane grid = new GridPane();
            grid.setHgap(10);
            grid.setVgap(4);
            Button useTheirs = new Button(Messages.get("live.clashes.useTheirs"));
            useTheirs.setOnAction(e -> row.useStored());
            Button useMine = new Button(Messages.get("live.clashes.useMine"));
            useMine.setOnAction(e -> row.useMine());
            Button both = new Button(Messages.get("live.clashes.combine"));
            both.setOnAction(e -> row.combine());
            Label theirs = Dialogs.text(shownStored(row), "clash-theirs");
            Label mine = Dialogs.text(shownMine(row), "clash-mine");
            theirs.setMaxWidth(420);
            mine.setMaxWidth(420);
            grid.add(whole(new Label(Messages.get("live.clashes.theirs"))), 0, 0);
            grid.add(theirs, 1, 0);
            grid.add(whole(useTheirs), 2, 0);
            grid.add(whole(new Label(Messages.get("live.clashes.mine"))), 0, 1);
            grid.add(mine, 1, 1);
            grid.add(whole(useMine), 2, 1);
            TextArea value = new TextArea();
            value.textProperty().bindBidirectional(row.valueProperty());
            value.setWrapText(true);
            value.setPrefRowCount(Math.min(4, Math.max(2, row.valueProperty().get().split("\n", -1).length + 1)));
            value.setPrefColumnCount(34);
            value.getStyleClass().add("clash-value");
            grid.add(whole(new Label(Messages.get("live.clashes.keep"))), 0, 2);
            grid.add(value, 1, 2);
            grid.add(whole(both), 2, 2);
            fields.getChildren().add(new VBox(6, field, grid));
        }
        Label explanation = Dialogs.text(Messages.get("live.clashes.explanation", title), "explanation");
        if (choices.rows().size() <= LIVE_ROWS_WITHOUT_SCROLLING) {
            return new VBox(10, explanation, fields);
        }
        ScrollPane scroll = new ScrollPane(fields);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        return new VBox(10, explanation, scroll);
    }

    /** A label or button that keeps its whole text: the value column gives way instead. */
    private static <T extends Region> T whole(T node) {
        node.setMinWidth(Region.USE_PREF_SIZE);
        return node;
    }

    private static String shownStored(ClashChoices.Row row) {
        return row.storedText().isEmpty() ? Messages.get("bundle.clashes.empty") : row.storedText();
    }

    private static String shownMine(ClashChoices.Row row) {
        return row.myText().isEmpty() ? Messages.get("bundle.clashes.empty") : row.myText();
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
