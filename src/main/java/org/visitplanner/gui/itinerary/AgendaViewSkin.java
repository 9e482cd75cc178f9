package org.visitplanner.gui.itinerary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.beans.Observable;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SkinBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;

/** Lays out an {@link AgendaView}: a scrolling column of days, events and legs. */
final class AgendaViewSkin extends SkinBase<AgendaView> {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final VBox page = new VBox();
    private final ScrollPane scroller = new ScrollPane(page);
    private final Map<Long, HBox> rows = new HashMap<>();
    private final List<Long> order = new ArrayList<>();

    /** The agenda's rows are made anew once for the changes made before the next frame, and not while hidden. */
    private final Rebuild buildSoon = new Rebuild(getSkinnable(), this::build);

    AgendaViewSkin(AgendaView control) {
        super(control);
        page.getStyleClass().add("agenda-page");
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("edge-to-edge");
        getChildren().add(scroller);
        control.getDays().addListener((Observable o) -> buildSoon.request());
        control.getEntries().addListener((Observable o) -> buildSoon.request());
        control.getLegs().addListener((Observable o) -> buildSoon.request());
        control.dayFormatterProperty().addListener(o -> buildSoon.request());
        control.selectedEventIdProperty().addListener((obs, was, now) -> showSelection());
        control.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        build();
    }

    private void build() {
        AgendaView view = getSkinnable();
        page.getChildren().clear();
        rows.clear();
        order.clear();
        for (LocalDate day : view.getDays()) {
            Label header = new Label(view.dayFormatterProperty().get().apply(day));
            header.getStyleClass().addAll("agenda-day", "day-header");
            page.getChildren().add(header);
            List<ScheduleEntry> ofDay = view.getEntries().stream().filter(e -> e.day().equals(day))
                    .sorted(Comparator.comparing(ScheduleEntry::start)).toList();
            if (ofDay.isEmpty()) {
                Label free = new Label(view.emptyDayTextProperty().get());
                free.getStyleClass().add("agenda-free");
                page.getChildren().add(free);
            }
            for (ScheduleEntry entry : ofDay) {
                HBox row = row(entry);
                rows.put(entry.eventId(), row);
                order.add(entry.eventId());
                page.getChildren().add(row);
                for (ScheduleLeg leg : view.getLegs()) {
                    if (leg.fromEventId() == entry.eventId()) {
                        page.getChildren().add(legRow(leg));
                    }
                }
            }
        }
        showSelection();
    }

    private HBox row(ScheduleEntry entry) {
        AgendaView view = getSkinnable();
        Label time = new Label(entry.timeText());
        time.getStyleClass().add("agenda-time");
        time.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label(entry.fullTitle());
        title.getStyleClass().add("event-title");
        title.setWrapText(true);
        Label place = new Label(entry.place());
        place.getStyleClass().add("event-place");
        place.setWrapText(true);
        VBox text = new VBox(2, title, place);
        for (String line : entry.details()) {
            Label detail = new Label(line);
            detail.getStyleClass().add("event-detail");
            detail.setWrapText(true);
            text.getChildren().add(detail);
        }
        for (var child : text.getChildren()) {
            ((Region) child).setMinHeight(Region.USE_PREF_SIZE);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        Region kind = new Region();
        kind.getStyleClass().addAll("agenda-kind", "kind-" + entry.kind().name().toLowerCase(Locale.ROOT));
        HBox row = new HBox(12, kind, time, text);
        if (entry.badge() != null) {
            Label badge = ProblemBadges.badge(entry.badge(), entry.badgeText());
            badge.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(badge);
        }
        row.getStyleClass().add("agenda-event");
        if (entry.cancelled()) {
            row.getStyleClass().add("cancelled");
        }
        row.setUserData(entry.eventId());
        row.setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            view.requestFocus();
            view.selectedEventIdProperty().set(entry.eventId());
            if (e.getClickCount() == 2 && view.onOpenProperty().get() != null) {
                view.onOpenProperty().get().accept(entry.eventId());
            }
        });
        row.setOnContextMenuRequested(e -> {
            view.selectedEventIdProperty().set(entry.eventId());
            if (view.onEventContextMenuProperty().get() != null) {
                view.onEventContextMenuProperty().get().accept(entry.eventId(), e);
            }
        });
        return row;
    }

    private HBox legRow(ScheduleLeg leg) {
        Label label = new Label(leg.detailText());
        label.setGraphic(new FontIcon(leg.unknown() ? "fth-help-circle" : "fth-arrow-down"));
        label.getStyleClass().add("agenda-leg-text");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        HBox row = new HBox(label);
        row.getStyleClass().add("agenda-leg");
        if (leg.severity() != null) {
            row.getStyleClass().add(leg.severity().name().toLowerCase(Locale.ROOT));
        }
        row.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && getSkinnable().onLegProperty().get() != null) {
                getSkinnable().onLegProperty().get().accept(leg);
            }
        });
        return row;
    }

    private void showSelection() {
        buildSoon.runPending();
        Long selected = getSkinnable().selectedEventIdProperty().get();
        rows.forEach((id, row) -> row.pseudoClassStateChanged(SELECTED, id.equals(selected)));
        HBox row = selected == null ? null : rows.get(selected);
        if (row != null) {
            page.layout();
            double content = page.getHeight();
            double viewport = scroller.getViewportBounds().getHeight();
            if (content > viewport && viewport > 0) {
                Bounds bounds = row.getBoundsInParent();
                double top = scroller.getVvalue() * (content - viewport);
                if (bounds.getMinY() < top) {
                    scroller.setVvalue(bounds.getMinY() / (content - viewport));
                } else if (bounds.getMaxY() > top + viewport) {
                    scroller.setVvalue(Math.min(1, (bounds.getMaxY() - viewport) / (content - viewport)));
                }
            }
        }
    }

    private void keyPressed(KeyEvent event) {
        buildSoon.runPending();
        AgendaView view = getSkinnable();
        Long selected = view.selectedEventIdProperty().get();
        switch (event.getCode()) {
            case UP, DOWN, LEFT, RIGHT -> {
                if (!order.isEmpty()) {
                    int index = selected == null ? -1 : order.indexOf(selected);
                    boolean forward = event.getCode() == KeyCode.DOWN
                            || event.getCode() == KeyCode.RIGHT;
                    int next = index < 0 ? 0 : Math.max(0, Math.min(order.size() - 1, index + (forward ? 1 : -1)));
                    view.selectedEventIdProperty().set(order.get(next));
                }
                event.consume();
            }
            case ENTER -> {
                if (selected != null && view.onOpenProperty().get() != null) {
                    view.onOpenProperty().get().accept(selected);
                    event.consume();
                }
            }
            case DELETE, BACK_SPACE -> {
                if (selected != null && view.onDeleteProperty().get() != null) {
                    view.onDeleteProperty().get().accept(selected);
                    event.consume();
                }
            }
            default -> {
            }
        }
    }
}
