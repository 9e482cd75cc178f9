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
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Lays out an {@link AgendaView}: a scrolling column of days, events and legs. The rows are cells of a
 * {@link VirtualFlow}: only those on the screen are nodes, reused as the list scrolls (a 2,000-event trip made
 * ~20,000 nodes at once).
 */
final class AgendaViewSkin extends SkinBase<AgendaView> {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass FIRST = PseudoClass.getPseudoClass("first");
    private static final PseudoClass LAST = PseudoClass.getPseudoClass("last");

    /** One line of the agenda: a day's heading, "free day", an event, or the journey after an event. */
    private sealed interface Item permits DayItem, FreeItem, EventItem, LegItem {
    }

    private record DayItem(LocalDate day) implements Item {
    }

    private record FreeItem() implements Item {
    }

    private record EventItem(ScheduleEntry entry) implements Item {
    }

    private record LegItem(ScheduleLeg leg) implements Item {
    }

    private final Flow flow = new Flow();
    private List<Item> items = List.of();
    /** Where each event is in {@link #items}, by event id. */
    private final Map<Long, Integer> rowOfEvent = new HashMap<>();
    private final List<Long> order = new ArrayList<>();

    /** The agenda's rows are made anew once for the changes made before the next frame, and not while hidden. */
    private final Rebuild buildSoon = new Rebuild(getSkinnable(), this::build);

    AgendaViewSkin(AgendaView control) {
        super(control);
        flow.getStyleClass().add("agenda-page");
        flow.setCellFactory(f -> new Row());
        getChildren().add(flow);
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
        List<Item> built = new ArrayList<>();
        rowOfEvent.clear();
        order.clear();
        Map<Long, List<ScheduleLeg>> legsFrom = new HashMap<>();
        for (ScheduleLeg leg : view.getLegs()) {
            legsFrom.computeIfAbsent(leg.fromEventId(), id -> new ArrayList<>()).add(leg);
        }
        Map<LocalDate, List<ScheduleEntry>> byDay = new HashMap<>();
        for (ScheduleEntry entry : view.getEntries()) {
            byDay.computeIfAbsent(entry.day(), d -> new ArrayList<>()).add(entry);
        }
        for (LocalDate day : view.getDays()) {
            built.add(new DayItem(day));
            List<ScheduleEntry> ofDay = new ArrayList<>(byDay.getOrDefault(day, List.of()));
            ofDay.sort(Comparator.comparing(ScheduleEntry::start));
            if (ofDay.isEmpty()) {
                built.add(new FreeItem());
            }
            for (ScheduleEntry entry : ofDay) {
                rowOfEvent.put(entry.eventId(), built.size());
                order.add(entry.eventId());
                built.add(new EventItem(entry));
                legsFrom.getOrDefault(entry.eventId(), List.of()).forEach(leg -> built.add(new LegItem(leg)));
            }
        }
        items = built;
        flow.setCellCount(items.size());
        flow.showAgain();
        showSelection();
    }

    /** The rows' flow, which can be told that every row shows something else now. */
    private static final class Flow extends VirtualFlow<Row> {
        /** Makes the rows again, keeping the place scrolled to (an edit saved must not send the list to its top). */
        void showAgain() {
            recreateCells();
        }
    }

    /** A row of the agenda: the node of the item at its index, made when it comes onto the screen. */
    private final class Row extends IndexedCell<Item> {

        Row() {
            getStyleClass().setAll("agenda-row");
            // As wide as the list, never wider: its texts wrap rather than widen the page.
            setPrefWidth(0);
        }

        @Override
        public void updateIndex(int index) {
            super.updateIndex(index);
            Item item = index >= 0 && index < items.size() ? items.get(index) : null;
            updateItem(item, item == null);
            // The page's margins above the first row and below the last, as when it was one column of nodes.
            pseudoClassStateChanged(FIRST, index == 0);
            pseudoClassStateChanged(LAST, index == items.size() - 1);
            setGraphic(null);
            getChildren().clear();
            if (item != null) {
                getChildren().add(node(item));
            }
            requestLayout();
        }

        @Override
        protected Skin<?> createDefaultSkin() {
            return new SkinBase<Row>(this) {
            };
        }

        @Override
        protected double computePrefHeight(double width) {
            double inside = width < 0 ? -1 : Math.max(0, width - snappedLeftInset() - snappedRightInset());
            double height = 0;
            for (Node child : getChildren()) {
                height += child.prefHeight(inside);
            }
            return height + snappedTopInset() + snappedBottomInset();
        }

        @Override
        protected void layoutChildren() {
            double x = snappedLeftInset();
            double y = snappedTopInset();
            double width = Math.max(0, getWidth() - x - snappedRightInset());
            for (Node child : getChildren()) {
                double height = child.prefHeight(width);
                child.resizeRelocate(x, y, width, height);
                y += height;
            }
        }
    }

    private Node node(Item item) {
        AgendaView view = getSkinnable();
        if (item instanceof DayItem day) {
            Label header = new Label(view.dayFormatterProperty().get().apply(day.day()));
            header.getStyleClass().addAll("agenda-day", "day-header");
            return header;
        } else if (item instanceof FreeItem) {
            Label free = new Label(view.emptyDayTextProperty().get());
            free.getStyleClass().add("agenda-free");
            return free;
        } else if (item instanceof EventItem event) {
            HBox row = row(event.entry());
            Long selected = view.selectedEventIdProperty().get();
            row.pseudoClassStateChanged(SELECTED, selected != null && selected == event.entry().eventId());
            return row;
        }
        return legRow(((LegItem) item).leg());
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
            if (e.getClickCount() == 2) {
                view.open(entry.eventId());
            }
        });
        row.setOnContextMenuRequested(e -> view.showContextMenu(entry.eventId(), e));
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
            if (e.getButton() == MouseButton.PRIMARY) {
                getSkinnable().openLeg(leg);
            }
        });
        return row;
    }

    private void showSelection() {
        buildSoon.runPending();
        Long selected = getSkinnable().selectedEventIdProperty().get();
        for (Node row : flow.lookupAll(".agenda-event")) {
            row.pseudoClassStateChanged(SELECTED, row.getUserData() != null && row.getUserData().equals(selected));
        }
        Integer index = selected == null ? null : rowOfEvent.get(selected);
        if (index != null) {
            flow.scrollTo(index.intValue());
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
                if (selected != null && view.open(selected)) {
                    event.consume();
                }
            }
            case DELETE, BACK_SPACE -> {
                if (selected != null && view.delete(selected)) {
                    event.consume();
                }
            }
            default -> {
            }
        }
    }
}
