package org.visitplanner.gui.common;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import org.visitplanner.logic.i18n.Messages;

/**
 * The status bar's part for long work: the work running, its progress, how many wait after it, and Cancel when the
 * work can be stopped. Hidden while nothing runs.
 */
public final class LongWorkBar extends HBox {

    private final ProgressBar progress = new ProgressBar();
    private final Label title = new Label();
    private final Button cancel = new Button(Messages.get("work.cancel"));
    private LongWork work;
    private LongWork.Job shown;

    public LongWorkBar() {
        super(8);
        getStyleClass().add("long-work");
        setAlignment(Pos.CENTER_LEFT);
        progress.setPrefWidth(120);
        progress.getStyleClass().add("long-work-progress");
        title.getStyleClass().add("long-work-title");
        title.setMinWidth(0);
        TextFits.fullTextOnHover(title);
        cancel.getStyleClass().addAll("flat", "long-work-cancel");
        cancel.setTooltip(new Tooltip(Messages.get("work.cancel.tooltip")));
        cancel.setOnAction(event -> {
            if (shown != null) {
                shown.cancel();
                showFirst();
            }
        });
        // Cancel is in the bar only while the work shown can be stopped: a hidden button would still be found (by
        // its text, by tests and by assistive tools) beside a dialog's own Cancel.
        getChildren().addAll(progress, title);
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    /** Shows the work of {@code longWork} from now on. */
    public void show(LongWork longWork) {
        work = longWork;
        work.jobs().addListener((ListChangeListener<LongWork.Job>) change -> showFirst());
        showFirst();
    }

    private void showFirst() {
        if (shown != null) {
            progress.progressProperty().unbind();
        }
        shown = work.jobs().isEmpty() ? null : work.jobs().get(0);
        setVisible(shown != null);
        boolean stoppable = shown != null && shown.cancellable();
        if (stoppable && !getChildren().contains(cancel)) {
            getChildren().add(cancel);
        } else if (!stoppable) {
            getChildren().remove(cancel);
        }
        if (shown == null) {
            return;
        }
        int waiting = work.jobs().size() - 1;
        String what = shown.cancelled() ? Messages.get("work.cancelling", shown.title()) : shown.title();
        title.setText(waiting == 0 ? what : Messages.get("work.waiting", what, waiting));
        progress.progressProperty().bind(shown.progressProperty());
        cancel.setDisable(shown.cancelled());
    }
}
