package org.visitplanner.gui.itinerary;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.stage.Window;
import javafx.util.Duration;

import org.controlsfx.control.PopOver;
import org.kordamp.ikonli.javafx.FontIcon;
import org.visitplanner.gui.common.TextFits;
import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;

/** Draws a {@link ScheduleView}: a header of days, the time axes, and a scrollable grid of blocks and legs. */
final class ScheduleViewSkin extends SkinBase<ScheduleView> {

    private static final double AXIS_WIDTH = 60;
    private static final double MIN_PX_PER_HOUR = 46;
    /** The day view gives an hour more height: its blocks show addresses, hosts and participants. */
    private static final double MIN_PX_PER_HOUR_DETAILED = 84;
    private static final double RESIZE_EDGE = 6;
    private static final double GAP = 3;
    /** Below this width, a block shows the start time and the short title, in smaller type. */
    private static final double NARROW_WIDTH = 124;
    /** How much wider a word is in the narrow type than in the tiny one (0.85em against 0.75em). */
    private static final double NARROW_TO_TINY = 0.85 / 0.75;

    private final Header header = new Header();
    private final Grid grid = new Grid();
    private final ScrollPane scroller = new ScrollPane(grid);
    private final VBox root = new VBox(header, scroller);
    private final Map<Long, EventBlock> blocks = new HashMap<>();
    private final List<LegNode> legNodes = new ArrayList<>();
    private final List<EventBlock> ghostBlocks = new ArrayList<>();
    private final Label dragLabel = new Label();
    private Drag drag;
    /** The card of the event hovered or selected: the whole event, with a way to its meeting record. */
    private final EventCard card = new EventCard();
    /** Fonts measured for fitting texts into blocks, by font. */
    private final Map<Font, ToDoubleFunction<String>> measures = new HashMap<>();
    /** The week's nodes are made anew once for the changes made before the next frame. */
    private final Rebuild rebuildSoon = new Rebuild(getSkinnable(), this::rebuild);

    ScheduleViewSkin(ScheduleView control) {
        super(control);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("edge-to-edge");
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroller, Priority.ALWAYS);
        scroller.viewportBoundsProperty().addListener((obs, was, now) -> {
            grid.requestLayout();
            // A window made smaller or larger keeps the same hour at the top of the week.
            if (was != null && Math.abs(was.getHeight() - now.getHeight()) > 0.5 && topMinute >= 0) {
                double keep = topMinute;
                Platform.runLater(() -> scrollTo(keep));
            }
        });
        scroller.vvalueProperty().addListener((obs, was, now) -> topMinute = minuteAtTop());
        grid.widthProperty().addListener((obs, was, now) -> header.requestLayout()); // keep the days aligned
        dragLabel.getStyleClass().add("drag-time");
        dragLabel.setManaged(false);
        dragLabel.setVisible(false);
        getChildren().add(root);

        control.getDays().addListener((Observable o) -> rebuildSoon.request());
        control.getEntries().addListener((Observable o) -> rebuildSoon.request());
        control.getLegs().addListener((Observable o) -> rebuildSoon.request());
        control.getGhosts().addListener((Observable o) -> rebuildSoon.request());
        control.firstHourProperty().addListener(o -> rebuildSoon.request());
        control.lastHourProperty().addListener(o -> rebuildSoon.request());
        control.detailedProperty().addListener(o -> rebuildSoon.request());
        control.secondaryOffsetMinutesProperty().addListener(o -> rebuildSoon.request());
        control.dayFormatterProperty().addListener(o -> rebuildSoon.request());
        control.shortDayFormatterProperty().addListener(o -> rebuildSoon.request());
        control.getDays().addListener((Observable o) -> scrollToFirstEvent());
        control.selectedEventIdProperty().addListener((obs, was, now) -> selectionChanged());
        control.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        control.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && drag != null) {
                cancelDrag();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE && card.isShowing()) {
                card.hide();
                event.consume();
            }
        });
        control.visibleProperty().addListener((obs, was, visible) -> {
            if (!visible) {
                card.hide();
            }
        });
        control.sceneProperty().addListener((obs, was, scene) -> {
            if (scene == null) {
                card.hide();
            }
        });
        rebuild();
    }

    private ScheduleView view() {
        return getSkinnable();
    }

    private ToDoubleFunction<String> measure(Font font) {
        return measures.computeIfAbsent(font, TextFits::widthIn);
    }

    private double axesWidth() {
        return view().secondaryOffsetMinutesProperty().get() == null ? AXIS_WIDTH : 2 * AXIS_WIDTH;
    }

    // ------------------------------------------------------------------ building

    private void rebuild() {
        cancelDrag();
        Long carded = card.eventId();
        header.build();
        grid.build();
        showSelection();
        // The blocks were made anew (an edit saved, a filter changed): the card follows its event to its new block.
        if (carded != null && card.isShowing()) {
            EventBlock block = blocks.get(carded);
            if (block == null) {
                card.hide();
            } else {
                Platform.runLater(() -> card.showFor(block, card.pinned()));
            }
        }
    }

    /** Scrolls so that the day starts an hour before its first event (not at 07:00 on an empty morning). */
    private void scrollToFirstEvent() {
        Platform.runLater(() -> {
            LocalTime first = view().getEntries().stream().map(ScheduleEntry::start).min(Comparator.naturalOrder())
                    .orElse(LocalTime.of(8, 0));
            scrollTo(first.minusHours(1).withMinute(0).toSecondOfDay() / 60.0);
        });
    }

    /** The time (minutes since midnight) at the top of the week's visible part. */
    private double topMinute = -1;

    private double minuteAtTop() {
        double content = grid.getHeight();
        double viewport = scroller.getViewportBounds().getHeight();
        double top = content > viewport ? scroller.getVvalue() * (content - viewport) : 0;
        return view().firstHourProperty().get() * 60 + top / grid.pxPerMinute();
    }

    /** Scrolls so that {@code minute} (since midnight) is at the top, as far as the week goes. */
    private void scrollTo(double minute) {
        grid.layout();
        double content = grid.getHeight();
        double viewport = scroller.getViewportBounds().getHeight();
        if (content > viewport && viewport > 0) {
            double y = Math.max(0, (minute - view().firstHourProperty().get() * 60) * grid.pxPerMinute());
            scroller.setVvalue(Math.min(1, y / (content - viewport)));
        }
        topMinute = minute;
    }

    private void showSelection() {
        Long selected = view().selectedEventIdProperty().get();
        blocks.forEach((id, block) -> block.pseudoClassStateChanged(SELECTED, id.equals(selected)));
        EventBlock block = selected == null ? null : blocks.get(selected);
        if (block != null) {
            ensureVisible(block);
        }
    }

    /** The selection changed: the selected event's card shows (and stays while it is selected). */
    private void selectionChanged() {
        rebuildSoon.runPending(); // the blocks of the events just changed, if they changed with the selection
        showSelection();
        Long selected = view().selectedEventIdProperty().get();
        EventBlock block = selected == null ? null : blocks.get(selected);
        if (block == null) {
            if (card.pinned()) {
                card.hide();
            }
        } else if (drag == null) {
            Platform.runLater(() -> {
                if (blocks.get(block.entry.eventId()) == block && drag == null) {
                    card.showFor(block, true);
                }
            });
        }
    }

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass MOVING = PseudoClass.getPseudoClass("moving");

    private void ensureVisible(Node node) {
        grid.layout();
        double contentHeight = grid.getHeight();
        double viewport = scroller.getViewportBounds().getHeight();
        if (contentHeight <= viewport || viewport <= 0) {
            return;
        }
        Bounds bounds = node.getBoundsInParent();
        double top = scroller.getVvalue() * (contentHeight - viewport);
        if (bounds.getMinY() < top) {
            scroller.setVvalue(Math.max(0, (bounds.getMinY() - 8) / (contentHeight - viewport)));
        } else if (bounds.getMaxY() > top + viewport) {
            scroller.setVvalue(Math.min(1, (bounds.getMaxY() - viewport + 8) / (contentHeight - viewport)));
        }
    }

    /** The day headers, aligned on the grid's columns. */
    private final class Header extends Region {
        private final List<Label> labels = new ArrayList<>();
        private final Label primary = new Label();
        private final Label secondary = new Label();

        Header() {
            getStyleClass().add("schedule-header");
            setMinHeight(Region.USE_PREF_SIZE); // the grid below may be tall: the header never gives way
            primary.getStyleClass().add("axis-title");
            secondary.getStyleClass().add("axis-title");
        }

        void build() {
            getChildren().clear();
            labels.clear();
            primary.setText(view().primaryAxisLabelProperty().get());
            secondary.setText(view().secondaryAxisLabelProperty().get());
            getChildren().add(primary);
            if (view().secondaryOffsetMinutesProperty().get() != null) {
                getChildren().add(secondary);
            }
            for (LocalDate day : view().getDays()) {
                Label label = new Label(view().dayFormatterProperty().get().apply(day));
                label.getStyleClass().add("day-header");
                if (day.getDayOfWeek().getValue() >= 6) {
                    label.getStyleClass().add("weekend");
                }
                label.setTextOverrun(OverrunStyle.WORD_ELLIPSIS);
                label.setAlignment(Pos.CENTER);
                labels.add(label);
                getChildren().add(label);
            }
            requestLayout();
        }

        @Override
        protected double computePrefHeight(double width) {
            double height = 0;
            for (Node child : getChildren()) {
                height = Math.max(height, child.prefHeight(-1));
            }
            return height + snappedTopInset() + snappedBottomInset();
        }

        @Override
        protected void layoutChildren() {
            double top = snappedTopInset();
            double height = getHeight() - top - snappedBottomInset();
            primary.resizeRelocate(0, top, AXIS_WIDTH, height);
            secondary.resizeRelocate(AXIS_WIDTH, top, AXIS_WIDTH, height);
            double columns = grid.columnWidth();
            // The long form ("Monday 8 December") when every column is wide enough for it, else the short one
            // ("Mon 8") for all: one way of writing the days across the week.
            // Measured, not tried on the labels: a text set back and forth would lay the header out at every pulse.
            boolean longFits = true;
            for (int i = 0; i < labels.size() && i < view().getDays().size(); i++) {
                Label label = labels.get(i);
                String wide = view().dayFormatterProperty().get().apply(view().getDays().get(i));
                longFits &= measure(label.getFont()).applyAsDouble(wide) + label.snappedLeftInset()
                        + label.snappedRightInset() <= columns;
            }
            for (int i = 0; i < labels.size() && i < view().getDays().size(); i++) {
                Label label = labels.get(i);
                LocalDate day = view().getDays().get(i);
                String text = longFits ? view().dayFormatterProperty().get().apply(day)
                        : view().shortDayFormatterProperty().get().apply(day);
                if (!text.equals(label.getText())) {
                    label.setText(text);
                }
                label.resizeRelocate(axesWidth() + i * columns, top, columns, height);
            }
        }
    }

    /** The time grid with the events and legs. */
    private final class Grid extends Region {
        private final List<Region> columns = new ArrayList<>();
        private final List<Region> lines = new ArrayList<>();
        private final List<Label> primaryHours = new ArrayList<>();
        private final List<Label> secondaryHours = new ArrayList<>();

        Grid() {
            getStyleClass().add("schedule-grid");
            addEventHandler(MouseEvent.MOUSE_CLICKED, this::clickedOnEmpty);
        }

        double pxPerMinute() {
            int hours = Math.max(1, view().lastHourProperty().get() - view().firstHourProperty().get());
            double viewport = scroller.getViewportBounds().getHeight();
            double minimum = view().detailedProperty().get() ? MIN_PX_PER_HOUR_DETAILED : MIN_PX_PER_HOUR;
            return Math.max(minimum, viewport / hours) / 60.0;
        }

        double columnWidth() {
            int count = Math.max(1, view().getDays().size());
            double width = getWidth() > 0 ? getWidth() : scroller.getViewportBounds().getWidth();
            return Math.max(0, (width - axesWidth()) / count);
        }

        double y(LocalTime time) {
            return (time.toSecondOfDay() / 60.0 - view().firstHourProperty().get() * 60) * pxPerMinute();
        }

        void build() {
            getChildren().clear();
            columns.clear();
            lines.clear();
            primaryHours.clear();
            secondaryHours.clear();
            blocks.clear();
            ghostBlocks.clear();
            legNodes.clear();
            for (LocalDate day : view().getDays()) {
                Region column = new Region();
                column.getStyleClass().add("day-column");
                if (day.getDayOfWeek().getValue() >= 6) {
                    column.getStyleClass().add("weekend");
                }
                columns.add(column);
                getChildren().add(column);
            }
            Integer offset = view().secondaryOffsetMinutesProperty().get();
            for (int hour = view().firstHourProperty().get(); hour <= view().lastHourProperty().get(); hour++) {
                Region line = new Region();
                line.getStyleClass().add("hour-line");
                lines.add(line);
                getChildren().add(line);
                if (hour < view().lastHourProperty().get()) {
                    Region half = new Region();
                    half.getStyleClass().add("half-hour-line");
                    lines.add(half);
                    getChildren().add(half);
                }
                Label label = new Label(Formats.time(LocalTime.of(hour % 24, 0)));
                label.getStyleClass().add("axis-hour");
                primaryHours.add(label);
                getChildren().add(label);
                if (offset != null) {
                    int minutes = Math.floorMod(hour * 60 + offset, 24 * 60);
                    Label home = new Label(Formats.time(LocalTime.of(minutes / 60, minutes % 60)));
                    home.getStyleClass().addAll("axis-hour", "secondary");
                    secondaryHours.add(home);
                    getChildren().add(home);
                }
            }
            List<ScheduleEntry> sorted = new ArrayList<>(view().getEntries());
            sorted.sort(Comparator.comparing(ScheduleEntry::day).thenComparing(ScheduleEntry::start));
            for (ScheduleEntry entry : sorted) {
                if (view().getDays().contains(entry.day())) {
                    EventBlock block = new EventBlock(entry);
                    blocks.put(entry.eventId(), block);
                    getChildren().add(block);
                }
            }
            for (ScheduleEntry ghost : view().getGhosts()) {
                EventBlock moving = blocks.get(ghost.eventId());
                if (moving != null) {
                    moving.pseudoClassStateChanged(MOVING, true); // it is drawn again where the plan puts it
                }
                if (view().getDays().contains(ghost.day())) {
                    EventBlock block = new EventBlock(ghost, true);
                    ghostBlocks.add(block);
                    getChildren().add(block);
                }
            }
            for (ScheduleLeg leg : view().getLegs()) {
                if (view().getDays().contains(leg.day())) {
                    LegNode node = new LegNode(leg);
                    legNodes.add(node);
                    getChildren().addAll(node.line, node.label);
                }
            }
            getChildren().add(dragLabel);
            requestLayout();
            header.requestLayout();
        }

        @Override
        protected double computePrefHeight(double width) {
            int hours = view().lastHourProperty().get() - view().firstHourProperty().get();
            return hours * pxPerMinute() * 60 + 12;
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        protected void layoutChildren() {
            double columnWidth = columnWidth();
            double left = axesWidth();
            double height = computePrefHeight(-1);
            for (int i = 0; i < columns.size(); i++) {
                columns.get(i).resizeRelocate(left + i * columnWidth, 0, columnWidth, height);
            }
            int first = view().firstHourProperty().get();
            int lineIndex = 0;
            for (int hour = first; hour <= view().lastHourProperty().get(); hour++) {
                double y = (hour - first) * 60 * pxPerMinute();
                lines.get(lineIndex++).resizeRelocate(left, Math.round(y), getWidth() - left, 1);
                if (hour < view().lastHourProperty().get()) {
                    lines.get(lineIndex++).resizeRelocate(left, Math.round(y + 30 * pxPerMinute()),
                            getWidth() - left, 1);
                }
                Label label = primaryHours.get(hour - first);
                double labelHeight = label.prefHeight(-1);
                label.resizeRelocate(0, Math.max(0, y - labelHeight / 2), AXIS_WIDTH - 6, labelHeight);
                if (!secondaryHours.isEmpty()) {
                    secondaryHours.get(hour - first).resizeRelocate(AXIS_WIDTH, Math.max(0, y - labelHeight / 2),
                            AXIS_WIDTH - 6, labelHeight);
                }
            }
            layoutBlocks(columnWidth, left);
            layoutLegs(columnWidth, left);
            if (drag != null && drag.moved) {
                layoutDrag(columnWidth, left);
            }
        }

        private void layoutBlocks(double columnWidth, double left) {
            for (int dayIndex = 0; dayIndex < view().getDays().size(); dayIndex++) {
                LocalDate day = view().getDays().get(dayIndex);
                List<EventBlock> ofDay = Stream.concat(blocks.values().stream(),
                                ghostBlocks.stream()).filter(b -> b.entry.day().equals(day))
                        .sorted(Comparator.comparing((EventBlock b) -> b.entry.start())
                                .thenComparing(b -> b.entry.end()))
                        .toList();
                // Events that overlap share the column in lanes, like every calendar does.
                List<List<EventBlock>> clusters = new ArrayList<>();
                LocalTime clusterEnd = null;
                for (EventBlock block : ofDay) {
                    if (clusterEnd == null || !block.entry.start().isBefore(clusterEnd)) {
                        clusters.add(new ArrayList<>());
                        clusterEnd = block.entry.end();
                    } else if (block.entry.end().isAfter(clusterEnd)) {
                        clusterEnd = block.entry.end();
                    }
                    clusters.get(clusters.size() - 1).add(block);
                }
                double x0 = left + dayIndex * columnWidth;
                for (List<EventBlock> cluster : clusters) {
                    List<LocalTime> laneEnds = new ArrayList<>();
                    Map<EventBlock, Integer> lane = new HashMap<>();
                    for (EventBlock block : cluster) {
                        int chosen = -1;
                        for (int i = 0; i < laneEnds.size(); i++) {
                            if (!block.entry.start().isBefore(laneEnds.get(i))) {
                                chosen = i;
                                break;
                            }
                        }
                        if (chosen < 0) {
                            laneEnds.add(block.entry.end());
                            chosen = laneEnds.size() - 1;
                        } else {
                            laneEnds.set(chosen, block.entry.end());
                        }
                        lane.put(block, chosen);
                    }
                    double laneWidth = (columnWidth - 2 * GAP) / laneEnds.size();
                    for (EventBlock block : cluster) {
                        if (drag != null && drag.moved && drag.block == block) {
                            continue;
                        }
                        double y = y(block.entry.start());
                        double h = Math.max(18, y(block.entry.end()) - y - 1);
                        block.resizeRelocate(Math.round(x0 + GAP + lane.get(block) * laneWidth), Math.round(y) + 1,
                                Math.floor(laneWidth - 2), Math.floor(h));
                        block.layout(); // its title's place is needed now, to keep the journeys' chips off it
                    }
                }
            }
        }

        /**
         * A journey's dotted line runs through the gap between its two events; its chip sits in the gap, or as near
         * as it can without covering an event's time and title, shrinking to its icon in a narrow column.
         */
        private void layoutLegs(double columnWidth, double left) {
            for (LegNode node : legNodes) {
                int dayIndex = view().getDays().indexOf(node.leg.day());
                double x0 = left + dayIndex * columnWidth;
                EventBlock from = blocks.get(node.leg.fromEventId());
                EventBlock to = blocks.get(node.leg.toEventId());
                double top = from != null ? from.getLayoutY() + from.getHeight() : y(node.leg.from());
                double bottom = to != null ? to.getLayoutY() : y(node.leg.to());
                double centre = x0 + columnWidth / 2;
                node.line.resizeRelocate(Math.round(centre), Math.min(top, bottom), 2, Math.abs(bottom - top));
                double maxWidth = columnWidth - 4 * GAP;
                node.iconOnly(node.fullWidth() > maxWidth);
                double width = Math.min(maxWidth, node.label.prefWidth(-1));
                double height = node.label.prefHeight(width);
                List<LegChips.Band> titles = new ArrayList<>();
                double chipLeft = centre - width / 2;
                for (EventBlock block : blocks.values()) {
                    if (block.entry.day().equals(node.leg.day()) && block.getLayoutX() < chipLeft + width
                            && block.getLayoutX() + block.getWidth() > chipLeft) {
                        titles.add(new LegChips.Band(block.getLayoutY(), block.getLayoutY() + block.titleBottom()));
                    }
                }
                var place = LegChips.place(new LegChips.Band(Math.min(top, bottom), Math.max(top, bottom)), height,
                        titles, new LegChips.Band(0, getHeight()));
                node.label.setVisible(place.isPresent());
                if (place.isPresent()) {
                    node.label.resizeRelocate(Math.round(chipLeft), Math.round(place.getAsDouble()), width, height);
                }
            }
        }

        private void layoutDrag(double columnWidth, double left) {
            int dayIndex = view().getDays().indexOf(drag.day);
            double y = y(drag.start);
            double h = Math.max(18, y(drag.end) - y - 1);
            drag.block.resizeRelocate(Math.round(left + dayIndex * columnWidth + GAP), Math.round(y) + 1,
                    Math.floor(columnWidth - 2 * GAP - 2), Math.floor(h));
            drag.block.toFront();
            dragLabel.setText(Formats.timeRange(drag.start, drag.end));
            double width = dragLabel.prefWidth(-1);
            double labelHeight = dragLabel.prefHeight(-1);
            dragLabel.resizeRelocate(Math.round(left + dayIndex * columnWidth + GAP),
                    Math.max(0, Math.round(y) - labelHeight - 2), width, labelHeight);
            dragLabel.setVisible(true);
            dragLabel.toFront();
        }

        private void clickedOnEmpty(MouseEvent event) {
            if (event.getButton() != MouseButton.PRIMARY || event.getTarget() instanceof Node n
                    && isInside(n, EventBlock.class)) {
                return;
            }
            view().requestFocus();
            if (event.getClickCount() == 2 && view().onCreateProperty().get() != null) {
                int dayIndex = (int) Math.floor((event.getX() - axesWidth()) / columnWidth());
                if (dayIndex < 0 || dayIndex >= view().getDays().size()) {
                    return;
                }
                int minutes = minutesAt(event.getY(), 30);
                view().onCreateProperty().get().accept(view().getDays().get(dayIndex),
                        LocalTime.of(Math.min(23, minutes / 60), minutes % 60));
            }
        }
    }

    private static boolean isInside(Node node, Class<?> type) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (type.isInstance(n)) {
                return true;
            }
        }
        return false;
    }

    /** Minutes since midnight at a height of the grid, snapped to {@code snap} minutes and kept on the axis. */
    private int minutesAt(double y, int snap) {
        double raw = view().firstHourProperty().get() * 60 + y / grid.pxPerMinute();
        int snapped = (int) Math.round(raw / snap) * snap;
        int min = view().firstHourProperty().get() * 60;
        int max = Math.min(24 * 60 - snap, view().lastHourProperty().get() * 60);
        return Math.max(min, Math.min(max, snapped));
    }

    // ------------------------------------------------------------------ events

    /**
     * The block of one event: time, title, place, details (day view) and participants, as many lines as fit, each cut
     * only between words. A narrow column shows the start time and the short title (the institution's short name);
     * a short block "09:30 Title" on one line. The whole event is in its card.
     */
    private final class EventBlock extends Region {
        final ScheduleEntry entry;
        private final Label time = new Label();
        private final Label title = new Label();
        private final List<Label> lines = new ArrayList<>();
        private final List<String> lineTexts = new ArrayList<>();
        private final Label badge;
        private final Rectangle clip = new Rectangle();
        /** Where the time and title end, from the block's top (what a journey's chip must not cover). */
        private double titleBottom;

        EventBlock(ScheduleEntry entry) {
            this(entry, false);
        }

        /** A ghost is a proposed event: shown with its tooltip, never dragged, opened or deleted. */
        EventBlock(ScheduleEntry entry, boolean ghost) {
            this.entry = entry;
            getStyleClass().addAll("schedule-event", "kind-" + entry.kind().name().toLowerCase(Locale.ROOT));
            if (ghost) {
                getStyleClass().add("schedule-ghost");
            }
            if (entry.cancelled()) {
                getStyleClass().add("cancelled");
            }
            setUserData(entry.eventId());
            // What a screen reader says of the block, whatever its size lets it show.
            setAccessibleRole(AccessibleRole.BUTTON);
            setAccessibleText(entry.fullTitle() + ", " + entry.timeText()
                    + (entry.place().isEmpty() ? "" : ", " + entry.place()));
            time.getStyleClass().add("event-time");
            title.getStyleClass().add("event-title");
            // Until the first layout fits them to the block, the labels hold the whole texts.
            time.setText(entry.timeText());
            title.setText(entry.title());
            title.getProperties().put(TextFits.FULL_TEXT, entry.title());
            line(entry.place(), "event-place");
            if (view().detailedProperty().get()) {
                entry.details().forEach(detail -> line(detail, "event-detail"));
            }
            line(entry.initials(), "event-people");
            getChildren().addAll(time, title);
            getChildren().addAll(lines);
            for (Label label : List.of(time, title)) {
                label.setMinSize(0, 0);
                label.setWrapText(false);
            }
            if (entry.badge() != null) {
                badge = ProblemBadges.badge(entry.badge(), entry.badgeText());
                getChildren().add(badge);
            } else {
                badge = null;
            }
            setClip(clip);
            if (ghost) {
                return;
            }
            addEventHandler(MouseEvent.MOUSE_MOVED, e -> setCursor(nearBottom(e) ? Cursor.S_RESIZE
                    : Cursor.DEFAULT));
            addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
                if (drag == null) {
                    card.hoverStarted(this);
                }
            });
            addEventHandler(MouseEvent.MOUSE_EXITED, e -> card.hoverEnded(this));
            addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
            addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
            addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
            addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                        && view().onOpenProperty().get() != null) {
                    card.hide();
                    view().onOpenProperty().get().accept(entry.eventId());
                }
            });
            setOnContextMenuRequested(e -> {
                card.hide();
                view().selectedEventIdProperty().set(entry.eventId());
                if (view().onEventContextMenuProperty().get() != null) {
                    view().onEventContextMenuProperty().get().accept(entry.eventId(), e);
                }
                // Selecting shows the card a moment later, over the menu just opened: the menu comes first.
                Platform.runLater(card::hide);
                e.consume();
            });
        }

        private void line(String text, String styleClass) {
            Label label = new Label();
            label.getStyleClass().add(styleClass);
            label.setWrapText(false);
            label.setMinSize(0, 0);
            lines.add(label);
            lineTexts.add(text == null ? "" : text);
        }

        /**
         * Whether {@code text} needs smaller type to show at least its first word: one of its words is wider than
         * {@code room}, or its first word with the ellipsis that says more follows.
         */
        private boolean tooWide(String text, ToDoubleFunction<String> width, double scale,
                                double room) {
            List<String> pieces = TextFits.pieces(text, Messages.locale());
            if (pieces.isEmpty()) {
                return false;
            }
            double widest = 0;
            for (String piece : pieces) {
                widest = Math.max(widest, width.applyAsDouble(piece.strip()));
            }
            double first = pieces.size() > 1 ? width.applyAsDouble(pieces.get(0).strip() + TextFits.ELLIPSIS) : 0;
            return Math.max(widest, first) * scale > room;
        }

        double titleBottom() {
            return titleBottom;
        }

        private boolean nearBottom(MouseEvent e) {
            return e.getY() >= getHeight() - RESIZE_EDGE;
        }

        /** {@code text} set on {@code label} in at most {@code maxLines} lines of {@code width}; its height. */
        private double fit(Label label, String text, double width, int maxLines) {
            List<String> fitted = TextFits.lines(text, Math.max(0, width - 1), maxLines, measure(label.getFont()),
                    Messages.locale());
            label.setText(String.join("\n", fitted));
            label.getProperties().put(TextFits.FULL_TEXT, text);
            return fitted.isEmpty() ? 0 : label.prefHeight(-1);
        }

        @Override
        protected void layoutChildren() {
            double width = getWidth();
            double height = getHeight();
            boolean narrow = width < NARROW_WIDTH && !view().detailedProperty().get();
            if (narrow != getStyleClass().contains("narrow")) {
                // A smaller type lets a short name ("Polytechnique") fit a narrow column whole.
                if (narrow) {
                    getStyleClass().add("narrow");
                } else {
                    getStyleClass().removeAll("narrow", "tiny");
                }
                applyCss();
            }
            clip.setWidth(width);
            clip.setHeight(height);
            clip.setArcWidth(8);
            clip.setArcHeight(8);
            double left = snappedLeftInset();
            double top = snappedTopInset();
            double bottom = height - snappedBottomInset();
            double badgeWidth = badge == null ? 0 : badge.prefWidth(-1) + 2;
            double inner = Math.max(0, width - left - snappedRightInset());
            String start = Formats.time(entry.start());
            String shownTitle = narrow ? entry.shortTitle() : entry.title();
            // Narrower still: a word of the short title wider than the block ("SupBioTech") gets smaller type
            // rather than no title at all.
            double scale = getStyleClass().contains("tiny") ? NARROW_TO_TINY : 1; // as wide as in the narrow type
            boolean tiny = narrow && tooWide(shownTitle, measure(title.getFont()), scale, inner - 1);
            if (tiny != getStyleClass().contains("tiny")) {
                if (tiny) {
                    getStyleClass().add("tiny");
                } else {
                    getStyleClass().remove("tiny");
                }
                applyCss();
            }
            double lineHeight = Math.ceil(title.getFont().getSize() * 1.3);
            boolean compact = height < 40;
            double y = top;
            time.setVisible(!compact);
            if (compact) {
                // One line: "09:30 Title" beside the badge.
                double h = fit(title, start + "  " + shownTitle, inner - badgeWidth, 1);
                title.resizeRelocate(left, y, Math.max(0, inner - badgeWidth), h);
                y += h;
            } else {
                double h = fit(time, narrow ? start : entry.timeText(), inner - badgeWidth, 1);
                time.resizeRelocate(left, y, Math.max(0, inner - badgeWidth), h);
                y += h;
                int fits = (int) Math.max(1, Math.floor((bottom - y) / lineHeight));
                h = fit(title, shownTitle, inner, fits);
                title.resizeRelocate(left, y, inner, h);
                y += h;
            }
            titleBottom = y;
            for (int i = 0; i < lines.size(); i++) {
                Label label = lines.get(i);
                int fits = compact ? 0 : (int) Math.floor((bottom - y + 1) / lineHeight);
                boolean visible = fits > 0 && !lineTexts.get(i).isEmpty();
                label.setVisible(visible);
                if (visible) {
                    double h = fit(label, lineTexts.get(i), inner, view().detailedProperty().get() ? fits : 1);
                    label.setVisible(h > 0);
                    label.resizeRelocate(left, y, inner, h);
                    y += h;
                }
            }
            if (badge != null) {
                double badgeHeight = badge.prefHeight(-1);
                badge.resizeRelocate(width - badgeWidth, 2, badgeWidth - 2, badgeHeight);
            }
        }

        private void pressed(MouseEvent e) {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            view().requestFocus();
            drag = new Drag(this, nearBottom(e), e.getSceneX(), e.getSceneY());
            view().selectedEventIdProperty().set(entry.eventId());
            e.consume();
        }

        private void dragged(MouseEvent e) {
            if (drag == null || drag.block != this || view().onChangeProperty().get() == null) {
                return;
            }
            double dx = e.getSceneX() - drag.pressX;
            double dy = e.getSceneY() - drag.pressY;
            if (!drag.moved && Math.hypot(dx, dy) < 4) {
                return;
            }
            if (!drag.moved) {
                card.hide();
            }
            drag.moved = true;
            int snapDelta = (int) Math.round(dy / grid.pxPerMinute() / ScheduleView.SNAP_MINUTES)
                    * ScheduleView.SNAP_MINUTES;
            long length = entry.minutes();
            int startMinutes = entry.start().toSecondOfDay() / 60;
            int lastMinute = Math.min(24 * 60 - ScheduleView.SNAP_MINUTES, view().lastHourProperty().get() * 60);
            if (drag.resize) {
                int end = Math.max(startMinutes + ScheduleView.SNAP_MINUTES,
                        Math.min(lastMinute, startMinutes + (int) length + snapDelta));
                drag.end = LocalTime.of(end / 60, end % 60);
            } else {
                int start = Math.max(view().firstHourProperty().get() * 60,
                        Math.min(lastMinute - (int) length, startMinutes + snapDelta));
                drag.start = LocalTime.of(start / 60, start % 60);
                drag.end = drag.start.plusMinutes(length);
                double x = grid.sceneToLocal(e.getSceneX(), e.getSceneY()).getX();
                int dayIndex = (int) Math.floor((x - axesWidth()) / grid.columnWidth());
                dayIndex = Math.max(0, Math.min(view().getDays().size() - 1, dayIndex));
                drag.day = view().getDays().get(dayIndex);
            }
            grid.requestLayout();
            e.consume();
        }

        private void released(MouseEvent e) {
            if (drag == null || drag.block != this) {
                return;
            }
            Drag done = drag;
            drag = null;
            dragLabel.setVisible(false);
            if (done.moved && (!done.day.equals(entry.day()) || !done.start.equals(entry.start())
                    || !done.end.equals(entry.end()))) {
                view().onChangeProperty().get().accept(new ScheduleView.Change(entry.eventId(), done.day, done.start,
                        done.end, done.resize));
            } else {
                grid.requestLayout();
                if (e.getClickCount() < 2) {
                    card.showFor(this, true); // a click selects the event and shows its card
                }
            }
            e.consume();
        }
    }

    /** A drag in progress: the block, where it would go now, and whether it changes the length. */
    private static final class Drag {
        final EventBlock block;
        final boolean resize;
        final double pressX;
        final double pressY;
        boolean moved;
        LocalDate day;
        LocalTime start;
        LocalTime end;

        Drag(EventBlock block, boolean resize, double pressX, double pressY) {
            this.block = block;
            this.resize = resize;
            this.pressX = pressX;
            this.pressY = pressY;
            this.day = block.entry.day();
            this.start = block.entry.start();
            this.end = block.entry.end();
        }
    }

    private void cancelDrag() {
        if (drag != null) {
            drag = null;
            dragLabel.setVisible(false);
            grid.requestLayout();
        }
    }

    // ------------------------------------------------------------------ legs

    /** A leg: a dotted line through the gap and a label with mode and minutes. */
    private final class LegNode {
        final ScheduleLeg leg;
        final Region line = new Region();
        final Label label;

        LegNode(ScheduleLeg leg) {
            this.leg = leg;
            line.getStyleClass().add("leg-line");
            label = new Label(view().detailedProperty().get() ? leg.detailText() : leg.shortText());
            label.setGraphic(new FontIcon(leg.unknown() ? "fth-help-circle" : "fth-navigation"));
            label.getStyleClass().add("leg");
            if (leg.unknown()) {
                label.getStyleClass().add("unknown");
            }
            if (leg.severity() != null) {
                label.getStyleClass().add(leg.severity().name().toLowerCase(Locale.ROOT));
            }
            label.setWrapText(view().detailedProperty().get());
            Tooltip tip = new Tooltip(leg.detailText());
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            label.setTooltip(tip);
            label.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && view().onLegProperty().get() != null) {
                    view().onLegProperty().get().accept(leg);
                    e.consume();
                }
            });
        }

        /** The chip's width with its text (measured while it shows it, so that shrinking to the icon stays put). */
        double fullWidth() {
            if (label.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY || fullWidth < 0) {
                fullWidth = label.prefWidth(-1);
            }
            return fullWidth;
        }

        private double fullWidth = -1;

        /** In a column too narrow for "Transit 47 min", the chip shows its icon only (the text is in its tooltip). */
        void iconOnly(boolean only) {
            label.setContentDisplay(only ? ContentDisplay.GRAPHIC_ONLY
                    : ContentDisplay.LEFT);
        }
    }

    // ------------------------------------------------------------------ the card

    /**
     * The card of one event (a ControlsFX {@link PopOver}, as calendars show an entry): the whole title, day and
     * time, place, who takes part, hosts, problems, and buttons to the meeting record and to the event. It shows
     * for the selected event (until the selection changes) and for an event the mouse rests on.
     */
    private final class EventCard {
        private static final double WIDTH = 340;
        private final PopOver popOver = new PopOver();
        private final PauseTransition showDelay = new PauseTransition(Duration.millis(550));
        private final PauseTransition hideDelay = new PauseTransition(Duration.millis(350));
        private EventBlock shownFor;
        private boolean pinned;
        private boolean overCard;

        EventCard() {
            popOver.setDetachable(false);
            popOver.setAutoHide(true);
            popOver.setHideOnEscape(true);
            // A click elsewhere closes the card and still does what it was for (a button, another event).
            popOver.setConsumeAutoHidingEvents(false);
            popOver.setAnimated(false);
            popOver.setHeaderAlwaysVisible(false);
            popOver.getStyleClass().add("event-card-popover");
            popOver.setOnHidden(e -> {
                shownFor = null;
                pinned = false;
                overCard = false;
            });
            hideDelay.setOnFinished(e -> {
                if (!pinned && !overCard) {
                    hide();
                }
            });
        }

        Long eventId() {
            return shownFor == null ? null : shownFor.entry.eventId();
        }

        boolean isShowing() {
            return popOver.isShowing();
        }

        boolean pinned() {
            return pinned;
        }

        /** The mouse came onto a block: its card shows if it rests there a moment. */
        void hoverStarted(EventBlock block) {
            hideDelay.stop();
            if (shownFor == block && popOver.isShowing()) {
                return;
            }
            showDelay.setOnFinished(e -> {
                if (drag == null && block.isHover()) {
                    showFor(block, false);
                }
            });
            showDelay.playFromStart();
        }

        /** The mouse left a block: a card shown by hovering goes, unless the mouse went onto the card. */
        void hoverEnded(EventBlock block) {
            showDelay.stop();
            if (shownFor == block && !pinned) {
                hideDelay.playFromStart();
            }
        }

        void showFor(EventBlock block, boolean pin) {
            showDelay.stop();
            hideDelay.stop();
            Window window = view().getScene() == null ? null : view().getScene().getWindow();
            if (block.getScene() == null || !view().isVisible() || window == null || !window.isShowing()) {
                return;
            }
            boolean same = shownFor != null && shownFor.entry.eventId() == block.entry.eventId()
                    && popOver.isShowing();
            pinned = pin || same && pinned;
            if (shownFor == block && popOver.isShowing()) {
                return;
            }
            if (popOver.isShowing()) {
                popOver.hide(Duration.ZERO);
            }
            popOver.setContentNode(content(block.entry));
            Bounds bounds = block.localToScene(block.getBoundsInLocal());
            popOver.setArrowLocation(bounds.getCenterX() < view().getScene().getWidth() / 2
                    ? PopOver.ArrowLocation.LEFT_TOP : PopOver.ArrowLocation.RIGHT_TOP);
            shownFor = block;
            pinned = pin || same && pinned;
            popOver.show(block);
        }

        void hide() {
            showDelay.stop();
            hideDelay.stop();
            if (popOver.isShowing()) {
                popOver.hide(Duration.ZERO);
            }
            shownFor = null;
            pinned = false;
        }

        private Node content(ScheduleEntry entry) {
            VBox box = new VBox(6);
            box.getStyleClass().add("event-card");
            box.getStylesheets().add(ScheduleView.class.getResource("ScheduleView.css").toExternalForm());
            box.setPrefWidth(WIDTH);
            box.getChildren().add(text(entry.fullTitle(), "card-title"));
            box.getChildren().add(text(view().dayFormatterProperty().get().apply(entry.day()) + " · "
                    + entry.timeText(), "card-when"));
            if (!entry.place().isEmpty()) {
                box.getChildren().add(text(entry.place(), "card-place"));
            }
            for (String detail : entry.details()) {
                // Long notes: their first lines; the event itself has them all.
                List<String> shown = TextFits.lines(detail, WIDTH, 4, measure(Font.getDefault()),
                        Messages.locale());
                box.getChildren().add(text(String.join(" ", shown), "card-line"));
            }
            if (entry.badge() != null && !entry.badgeText().isEmpty()) {
                Label problems = text(entry.badgeText(), "card-problems");
                problems.setGraphic(ProblemBadges.icon(entry.badge()));
                problems.getStyleClass().add(entry.badge().name().toLowerCase(Locale.ROOT));
                box.getChildren().add(problems);
            }
            Button meeting = new Button(view().meetingRecordTextProperty().get(), new FontIcon("fth-file-text"));
            meeting.getStyleClass().addAll("accent", "card-meeting-record");
            meeting.setDefaultButton(false);
            meeting.setOnAction(e -> {
                hide();
                if (view().onMeetingRecordProperty().get() != null) {
                    view().onMeetingRecordProperty().get().accept(entry.eventId());
                }
            });
            Button edit = new Button(view().editTextProperty().get(), new FontIcon("fth-edit-2"));
            edit.getStyleClass().add("card-edit");
            edit.setOnAction(e -> {
                hide();
                if (view().onOpenProperty().get() != null) {
                    view().onOpenProperty().get().accept(entry.eventId());
                }
            });
            for (Button button : List.of(meeting, edit)) {
                button.setMinWidth(Region.USE_PREF_SIZE);
                // The card never holds the keyboard: its window is given the week's keys first, and Enter must open
                // the selected event, Delete delete it (its buttons are a click, or Ctrl+M, away).
                button.setFocusTraversable(false);
            }
            HBox buttons = new HBox(8, meeting, edit);
            buttons.getStyleClass().add("card-buttons");
            box.getChildren().add(buttons);
            box.setOnMouseEntered(e -> {
                overCard = true;
                hideDelay.stop();
            });
            box.setOnMouseExited(e -> {
                overCard = false;
                if (!pinned) {
                    hideDelay.playFromStart();
                }
            });
            return box;
        }

        private Label text(String text, String styleClass) {
            Label label = new Label(text);
            label.getStyleClass().add(styleClass);
            label.setWrapText(true);
            label.setMaxWidth(WIDTH);
            label.setMinHeight(Region.USE_PREF_SIZE);
            return label;
        }
    }

    // ------------------------------------------------------------------ keyboard

    private void keyPressed(KeyEvent event) {
        rebuildSoon.runPending();
        Long selected = view().selectedEventIdProperty().get();
        switch (event.getCode()) {
            case UP, DOWN, LEFT, RIGHT -> {
                moveSelection(selected, event.getCode());
                event.consume();
            }
            case ENTER -> {
                if (selected != null && view().onOpenProperty().get() != null) {
                    view().onOpenProperty().get().accept(selected);
                    event.consume();
                }
            }
            case DELETE, BACK_SPACE -> {
                if (selected != null && view().onDeleteProperty().get() != null) {
                    view().onDeleteProperty().get().accept(selected);
                    event.consume();
                }
            }
            default -> {
            }
        }
    }

    private void moveSelection(Long selected, KeyCode key) {
        List<ScheduleEntry> shown = view().getEntries().stream().filter(e -> view().getDays().contains(e.day()))
                .sorted(Comparator.comparing(ScheduleEntry::day).thenComparing(ScheduleEntry::start)).toList();
        if (shown.isEmpty()) {
            return;
        }
        ScheduleEntry current = selected == null ? null
                : shown.stream().filter(e -> e.eventId() == selected).findFirst().orElse(null);
        ScheduleEntry next;
        if (current == null) {
            next = shown.get(0);
        } else if (key == KeyCode.UP || key == KeyCode.DOWN) {
            int index = shown.indexOf(current) + (key == KeyCode.DOWN ? 1 : -1);
            next = index >= 0 && index < shown.size() ? shown.get(index) : current;
        } else {
            int dayIndex = view().getDays().indexOf(current.day());
            int step = key == KeyCode.RIGHT ? 1 : -1;
            next = current;
            for (int d = dayIndex + step; d >= 0 && d < view().getDays().size(); d += step) {
                LocalDate day = view().getDays().get(d);
                List<ScheduleEntry> ofDay = shown.stream().filter(e -> e.day().equals(day)).toList();
                if (!ofDay.isEmpty()) {
                    int at = current.start().toSecondOfDay();
                    next = ofDay.stream().min(Comparator.comparingInt(e -> Math.abs(e.start().toSecondOfDay() - at)))
                            .orElseThrow();
                    break;
                }
            }
        }
        view().selectedEventIdProperty().set(next.eventId());
    }
}
