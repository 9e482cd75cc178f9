package org.visitplanner.gui.common;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;

import org.controlsfx.control.NotificationPane;

/**
 * The nodes of a view just loaded from FXML, before it is shown: controls that hold content (split panes, tabs,
 * scroll panes, notification panes) show it as children only once they have a skin, so their content is walked too.
 */
public final class ViewNodes {

    private ViewNodes() {
    }

    /** Every node of {@code type} in {@code root}, in document order. */
    public static <T extends Node> List<T> findAll(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T extends Node> void collect(Node node, Class<T> type, List<T> found) {
        if (type.isInstance(node)) {
            found.add(type.cast(node));
        }
        if (node instanceof SplitPane pane) {
            pane.getItems().forEach(item -> collect(item, type, found));
        } else if (node instanceof NotificationPane pane) {
            if (pane.getContent() != null) {
                collect(pane.getContent(), type, found);
            }
        } else if (node instanceof ScrollPane pane) {
            if (pane.getContent() != null) {
                collect(pane.getContent(), type, found);
            }
        } else if (node instanceof TitledPane pane) {
            if (pane.getContent() != null) {
                collect(pane.getContent(), type, found);
            }
        } else if (node instanceof TabPane pane) {
            pane.getTabs().stream().filter(tab -> tab.getContent() != null)
                    .forEach(tab -> collect(tab.getContent(), type, found));
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, type, found));
        }
    }
}
