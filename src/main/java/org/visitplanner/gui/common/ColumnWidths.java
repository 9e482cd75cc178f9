package org.visitplanner.gui.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.util.Callback;
import javafx.util.Duration;

import org.visitplanner.logic.i18n.Messages;

/**
 * Table columns never narrower than the longest word they show (in their heading or a row): a column can give way
 * down to whole words only, so that a city, a date or an e-mail address is never cut inside itself ("Palai…"); past
 * that, the table scrolls sideways. A cell cut short shows its whole text when the mouse rests on it.
 */
public final class ColumnWidths {

    /** Padding of a cell on both sides, and room for the sort arrow of a heading. */
    private static final double CELL_PADDING = 30;
    private static final double HEADING_PADDING = 38;
    /** No column asks for more than this for one word (a very long address would take the whole table). */
    private static final double MOST = 320;
    /** Enough rows to know the longest words of a table without reading ten thousand. */
    private static final int ROWS_LOOKED_AT = 500;
    /** What JavaFX's own rounding may take from a cell that is exactly as wide as its text. */
    private static final double SLACK = 4;
    private static final String OWN_MIN = ColumnWidths.class.getName() + ".ownMin";
    /** Room for the vertical scroll bar, and a margin so that the table does not switch back and forth. */
    private static final double SCROLL_BAR = 18;

    private ColumnWidths() {
    }

    /** Keeps the columns of every table in {@code view} at least one word wide, as their rows change. */
    public static void wholeWords(Node view) {
        for (TableView<?> table : ViewNodes.findAll(view, TableView.class)) {
            wholeWords(table);
        }
    }

    /** Keeps the columns of {@code table} at least one word wide, as its rows change. */
    public static <R> void wholeWords(TableView<R> table) {
        Widths<R> widths = new Widths<>(table);
        table.getItems().addListener((ListChangeListener<R>) change -> widths.rowsChanged());
        table.itemsProperty().addListener((obs, was, now) -> {
            now.addListener((ListChangeListener<R>) change -> widths.rowsChanged());
            widths.rowsChanged();
        });
        // Cells (with their real font, and what custom cells show, such as dates) exist once the table is laid out,
        // sometimes a pulse later: the table looks after each layout whether its cells or its width changed.
        Runnable check = widths::laidOut;
        table.sceneProperty().addListener((obs, was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(check);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(check);
            }
        });
        if (table.getScene() != null) {
            table.getScene().addPostLayoutPulseListener(check);
        }
        table.addEventFilter(MouseEvent.MOUSE_MOVED, widths::hover);
        widths.rowsChanged();
    }

    /** The widest word of each column, from its rows' data and from the cells that show. */
    private static final class Widths<R> {
        private final TableView<R> table;
        private final Map<TableColumn<R, ?>, Double> fromRows = new HashMap<>();
        private final Callback<TableView.ResizeFeatures, Boolean> ownPolicy;
        private final Tooltip whole = new Tooltip();
        private Font font = Font.getDefault();

        Widths(TableView<R> table) {
            this.table = table;
            this.ownPolicy = table.getColumnResizePolicy();
            whole.setWrapText(true);
            whole.setMaxWidth(480);
            whole.setShowDelay(Duration.millis(400));
        }

        /** The whole text of the cell under the mouse when it is cut short. */
        void hover(MouseEvent event) {
            for (Node node = event.getPickResult().getIntersectedNode(); node != null && node != table;
                 node = node.getParent()) {
                if (node instanceof TableCell<?, ?> cell) {
                    if (TextFits.isCut(cell)) {
                        whole.setText(cell.getText());
                        if (cell.getTooltip() != whole) {
                            cell.setTooltip(whole);
                        }
                    } else if (cell.getTooltip() == whole) {
                        cell.setTooltip(null);
                    }
                    return;
                }
            }
        }

        void rowsChanged() {
            measureRows();
            apply();
        }

        /** What the last look saw: the table's width, its rows and the cells showing. */
        private String seen = "";

        void laidOut() {
            if (!table.isVisible() || table.getScene() == null) {
                return;
            }
            int cells = 0;
            for (Node node : table.lookupAll(".table-cell")) {
                if (node instanceof TableCell<?, ?> cell && cell.getText() != null) {
                    cells += 1 + cell.getText().length();
                }
            }
            String now = table.getWidth() + "/" + table.getItems().size() + "/" + cells;
            if (!now.equals(seen)) {
                seen = now;
                apply();
            }
        }

        private void measureRows() {
            fromRows.clear();
            ToDoubleFunction<String> width = TextFits.widthIn(font);
            int rows = Math.min(ROWS_LOOKED_AT, table.getItems().size());
            for (TableColumn<R, ?> column : table.getVisibleLeafColumns()) {
                double widest = 0;
                for (int row = 0; row < rows; row++) {
                    if (column.getCellData(row) instanceof String text) {
                        widest = Math.max(widest, widestWord(text, width));
                    }
                }
                fromRows.put(column, widest);
            }
        }

        void apply() {
            // Rows are measured in the font the cells use, known once a cell shows.
            for (Node node : table.lookupAll(".table-cell")) {
                if (node instanceof TableCell<?, ?> cell && cell.getText() != null) {
                    if (!cell.getFont().equals(font)) {
                        font = cell.getFont();
                        measureRows();
                    }
                    break;
                }
            }
            ToDoubleFunction<String> width = TextFits.widthIn(font);
            Node headingLabel = table.lookup(".column-header .label");
            ToDoubleFunction<String> headingWidth = TextFits.widthIn(headingLabel instanceof Labeled labeled
                    ? labeled.getFont() : Font.font(font.getFamily(), FontWeight.BOLD,
                    font.getSize()));
            // The cells that show tell their own font and padding, and their text (a formatted date, say).
            Map<TableColumn<?, ?>, Double> shown = new HashMap<>();
            double padding = CELL_PADDING;
            for (Node node : table.lookupAll(".table-cell")) {
                if (node instanceof TableCell<?, ?> cell && cell.isVisible() && cell.getTableColumn() != null
                        && cell.getText() != null) {
                    double insets = cell.snappedLeftInset() + cell.snappedRightInset() + SLACK;
                    padding = Math.max(padding, insets);
                    shown.merge(cell.getTableColumn(), widestWord(cell.getText(), TextFits.widthIn(cell.getFont()))
                            + insets, Math::max);
                }
            }
            double total = 0;
            boolean squeezed = false;
            for (TableColumn<R, ?> column : table.getVisibleLeafColumns()) {
                double widest = Math.max(widestWord(column.getText(), headingWidth) + HEADING_PADDING,
                        Math.max(fromRows.getOrDefault(column, 0.0) + padding, shown.getOrDefault(column, 0.0)));
                // A minimum the view set itself (a date column) stays the least.
                double own = (double) column.getProperties().computeIfAbsent(OWN_MIN, key -> column.getMinWidth());
                double min = Math.max(own, Math.ceil(Math.min(MOST, widest)));
                if (Math.abs(column.getMinWidth() - min) >= 1) {
                    column.setMinWidth(min);
                }
                total += min;
                // A constrained table may share out too little room and lay a column out below its least width.
                squeezed |= column.getWidth() > 0 && column.getWidth() + 0.5 < min;
            }
            // A table too narrow for all its columns' words scrolls sideways instead of squeezing them below them.
            double room = table.getWidth() - SCROLL_BAR;
            if (table.getWidth() > 0 && (total > room || squeezed) && table.getColumnResizePolicy() == ownPolicy) {
                table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
            } else if (total <= room - SCROLL_BAR && table.getColumnResizePolicy() != ownPolicy) {
                table.setColumnResizePolicy(ownPolicy);
            }
        }
    }

    private static double widestWord(String text, ToDoubleFunction<String> width) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        double widest = 0;
        for (String piece : wordsOf(text, Messages.locale())) {
            widest = Math.max(widest, width.applyAsDouble(piece));
        }
        return widest;
    }

    /**
     * The pieces a cut may fall between: words between spaces, whole (a hyphenated name such as "Champs-sur-Marne",
     * an e-mail address); Chinese, between characters as Chinese breaks its lines.
     */
    private static List<String> wordsOf(String text, Locale language) {
        List<String> words = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            if (word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                TextFits.pieces(word, language).stream().map(String::strip).forEach(words::add);
            } else {
                words.add(word);
            }
        }
        return words;
    }
}
