package org.visitplanner.gui.common;

import java.util.List;

import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;

/** The "Changes" list of a record's dialog: who changed what and when, one wrapped line each. */
public final class ChangeList {

    private ChangeList() {
    }

    /** Shows {@code lines} in {@code list} under {@code heading}; both are hidden for a new record (no history yet). */
    public static void show(Label heading, ListView<String> list, ObservableList<String> lines, boolean newRecord) {
        list.setItems(lines);
        list.setCellFactory(view -> new ListCell<>() {
            {
                setPrefWidth(0); // a long line wraps instead of widening the list
                setWrapText(true);
            }

            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : line);
            }
        });
        for (Region row : List.of(heading, list)) {
            row.setVisible(!newRecord);
            row.setManaged(!newRecord);
        }
    }
}
