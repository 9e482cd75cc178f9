package org.visitplanner.gui.itinerary;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
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
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Paint;
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
    private static final double GAP = CrowdBars.GAP;
    /** Below this width inside its padding, a block has no room for a letter: it is a coloured bar without texts. */
    private static final double MIN_TEXT_WIDTH = 4;
    /** Journeys between events in lanes narrower than this (a chip's icon) are not drawn. */
    private static final double MIN_LEG_LANE_WIDTH = 24;
    /** Blocks kept aside for reuse: about what a screen shows (a crowd's bars are drawn, not blocks). */
    private static final int MAX_SPARE_BLOCKS = 200;
    /** Below this width, a block shows the start time and the short title, in smaller type. */
    private static final double NARROW_WIDTH = 124;
    /** How much wider a word is in the narrow type than in the tiny one (0.85em against 0.75em). */
    private static final double NARROW_TO_TINY = 0.85 / 0.75;

    private final Header header = new Header();
    private final Grid grid = new Grid();
    private final ScrollPane scroller = new ScrollPane(grid);
    private final VBox root = new VBox(header, scroller);
    /**
     * Every event of the week (and every proposed one) placed in its day's lanes. Nodes are made only for those on the
     * screen or near it: a 2,000-event week made ~10,000 nodes at once and took half a minute to show.
     */
    private List<Slot> slots = List.of();
    /** The week's events by id (not the proposed ones): where a journey starts and ends, what a key selects. */
    private final Map<Long, Slot> slotOfEvent = new HashMap<>();
    /** The blocks on the grid now, by the slot they show. */
    private final Map<Slot, EventBlock> shownBlocks = new IdentityHashMap<>();
    /** The blocks on the grid now of the week's events, by event id. */
    private final Map<Long, EventBlock> blocks = new HashMap<>();
    /** Blocks taken off the grid, kept to show other events: reusing a block costs less than making and styling one. */
    private final Deque<EventBlock> spareBlocks = new ArrayDeque<>();
    /** The journeys' chips on the grid now, by journey. */
    private final Map<ScheduleLeg, LegNode> legNodes = new IdentityHashMap<>();
    /** The events a proposed plan moves: drawn faded where they are now. */
    private final Set<Long> moving = new HashSet<>();
    private final Label dragLabel = new Label();
    private Drag drag;
    /**
     * The bar of a crowd under the mouse: it gets a real block, so that hovering shows its card and a press selects
     * or drags it as any block.
     */
    private Slot hovered;
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
        scroller.vvalueProperty().addListener((obs, was, now) -> {
            topMinute = minuteAtTop();
            grid.requestLayout(); // the blocks coming onto the screen are made, those leaving it put aside
        });
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
        boolean showing = card.isShowing();
        header.build();
        grid.build();
        showSelection();
        // The events were placed anew (an edit saved, a filter changed): the card follows its event to its new block,
        // which the coming layout makes if the event is on the screen.
        if (carded != null && showing) {
            Platform.runLater(() -> {
                EventBlock block = blocks.get(carded);
                if (block == null) {
                    card.hide();
                } else if (card.isShowing()) { // not if it went meanwhile (another window took the focus)
                    card.showFor(block, card.pinned());
                }
            });
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
        rebuildSoon.runPending(); // the week of the new hours and days, if it is still to be made
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
        grid.requestLayout(); // a crowd's bar selected gets a block; the one selected before is a bar again
        Long selected = view().selectedEventIdProperty().get();
        blocks.forEach((id, block) -> block.pseudoClassStateChanged(SELECTED, id.equals(selected)));
        Slot slot = selected == null ? null : slotOfEvent.get(selected);
        if (slot != null) {
            ensureVisible(slot);
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

    /** Scrolls the event onto the screen (if it is not) and makes its block. */
    private void ensureVisible(Slot slot) {
        grid.layout();
        double contentHeight = grid.getHeight();
        double viewport = scroller.getViewportBounds().getHeight();
        if (contentHeight > viewport && viewport > 0) {
            double minY = grid.blockTop(slot);
            double maxY = minY + grid.blockHeight(slot);
            double top = scroller.getVvalue() * (contentHeight - viewport);
            if (minY < top) {
                scroller.setVvalue(Math.max(0, (minY - 8) / (contentHeight - viewport)));
            } else if (maxY > top + viewport) {
                scroller.setVvalue(Math.min(1, (maxY - viewport + 8) / (contentHeight - viewport)));
            }
        }
        grid.layout();
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
        /** Each day's crowd: its events in lanes too narrow for a letter, drawn as bars on one node. */
        private final List<Crowd> crowds = new ArrayList<>();
        /** Styled as a block, never shown: how a crowd's bars look (colours, border, opacity), a block's padding. */
        private final Region probe = new Region();
        private final Map<String, BarStyle> barStyles = new HashMap<>();
        /** What the crowds were drawn for: the slots, the column width, the hour height, the bar dragged away. */
        private List<Object> crowdsDrawnFor = List.of();

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
            shownBlocks.values().forEach(block -> putAside(block, false));
            shownBlocks.clear();
            blocks.clear();
            legNodes.clear();
            getChildren().clear();
            columns.clear();
            lines.clear();
            primaryHours.clear();
            secondaryHours.clear();
            crowds.clear();
            barStyles.clear();
            crowdsDrawnFor = List.of();
            for (LocalDate day : view().getDays()) {
                Region column = new Region();
                column.getStyleClass().add("day-column");
                if (day.getDayOfWeek().getValue() >= 6) {
                    column.getStyleClass().add("weekend");
                }
                background(column);
                columns.add(column);
                Crowd crowd = new Crowd(day);
                crowds.add(crowd);
                getChildren().add(crowd);
            }
            Integer offset = view().secondaryOffsetMinutesProperty().get();
            for (int hour = view().firstHourProperty().get(); hour <= view().lastHourProperty().get(); hour++) {
                Region line = new Region();
                line.getStyleClass().add("hour-line");
                background(line);
                lines.add(line);
                if (hour < view().lastHourProperty().get()) {
                    Region half = new Region();
                    half.getStyleClass().add("half-hour-line");
                    background(half);
                    lines.add(half);
                }
                Label label = new Label(Formats.time(LocalTime.of(hour % 24, 0)));
                label.getStyleClass().add("axis-hour");
                background(label);
                primaryHours.add(label);
                if (offset != null) {
                    int minutes = Math.floorMod(hour * 60 + offset, 24 * 60);
                    Label home = new Label(Formats.time(LocalTime.of(minutes / 60, minutes % 60)));
                    home.getStyleClass().addAll("axis-hour", "secondary");
                    background(home);
                    secondaryHours.add(home);
                }
            }
            placeEvents();
            dragLabel.setViewOrder(-2); // over the blocks and the journeys
            getChildren().add(dragLabel);
            requestLayout();
            header.requestLayout();
        }

        /** Behind the blocks, whatever the order in which the blocks come and go. */
        private void background(Node node) {
            node.setViewOrder(2);
            getChildren().add(node);
        }

        /** Places the events of each day in lanes; their blocks are made by the layout, for those on the screen. */
        private void placeEvents() {
            moving.clear();
            slotOfEvent.clear();
            for (ScheduleEntry ghost : view().getGhosts()) {
                moving.add(ghost.eventId()); // it is drawn again where the plan puts it
            }
            record Candidate(ScheduleEntry entry, boolean ghost) {
            }
            Map<LocalDate, List<Candidate>> byDay = new HashMap<>();
            for (LocalDate day : view().getDays()) {
                byDay.put(day, new ArrayList<>());
            }
            // The order in which blocks are drawn, later ones over earlier ones: the events by day and start, then
            // the proposed ones (as they were added to the grid when all were nodes).
            List<Candidate> drawn = new ArrayList<>();
            List<ScheduleEntry> sorted = new ArrayList<>(view().getEntries());
            sorted.sort(Comparator.comparing(ScheduleEntry::day).thenComparing(ScheduleEntry::start));
            sorted.forEach(entry -> drawn.add(new Candidate(entry, false)));
            view().getGhosts().forEach(ghost -> drawn.add(new Candidate(ghost, true)));
            Map<Candidate, Integer> drawOrder = new IdentityHashMap<>();
            for (Candidate candidate : drawn) {
                List<Candidate> ofDay = byDay.get(candidate.entry().day());
                if (ofDay != null) {
                    ofDay.add(candidate);
                    drawOrder.put(candidate, drawOrder.size());
                }
            }
            List<Slot> placed = new ArrayList<>();
            for (int dayIndex = 0; dayIndex < view().getDays().size(); dayIndex++) {
                List<Candidate> ofDay = byDay.get(view().getDays().get(dayIndex));
                for (LaneLayout.Placed<Candidate> p : LaneLayout.place(ofDay, c -> c.entry().start(),
                        c -> c.entry().end())) {
                    Candidate c = p.item();
                    // Between 0 (drawn last, in front) and 1: behind the journeys (-0.5) and before the grid (2).
                    double order = 1 - (drawOrder.get(c) + 1.0) / (drawOrder.size() + 1);
                    Slot slot = new Slot(c.entry(), c.ghost(), dayIndex, p.lane(), p.lanes(), order);
                    placed.add(slot);
                    if (!c.ghost()) {
                        slotOfEvent.put(c.entry().eventId(), slot);
                    }
                }
            }
            slots = placed;
        }

        /** The top of an event's block (as laid out when it is not being dragged). */
        double blockTop(Slot slot) {
            return Math.round(y(slot.entry().start())) + 1;
        }

        double blockHeight(Slot slot) {
            double y = y(slot.entry().start());
            return Math.floor(Math.max(18, y(slot.entry().end()) - y - 1));
        }

        /** The part of the grid to have nodes for: what the scroll pane shows, and an hour above and below it. */
        private double[] shownBand() {
            double viewport = scroller.getViewportBounds().getHeight();
            double content = getHeight();
            double top = content > viewport ? scroller.getVvalue() * (content - viewport) : 0;
            // An hour more each way: a wheel notch or an arrow key scrolls onto blocks already made and styled.
            double margin = 60 * pxPerMinute();
            double height = viewport > 0 ? viewport : content;
            return new double[] {top - margin, top + height + margin};
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
            if (primaryHours.size() != view().lastHourProperty().get() - view().firstHourProperty().get() + 1
                    || columns.size() != view().getDays().size()) {
                // The hours or days changed and the grid is not rebuilt yet (it is before the next frame): a layout
                // asked for meanwhile (a scroll to the first event) waits for it.
                return;
            }
            double columnWidth = columnWidth();
            double left = axesWidth();
            double height = computePrefHeight(-1);
            for (int i = 0; i < columns.size(); i++) {
                columns.get(i).resizeRelocate(left + i * columnWidth, 0, columnWidth, height);
                Crowd crowd = crowds.get(i);
                crowd.relocate(crowdLeft(i, columnWidth, left), 0);
                crowd.setWidth(Math.ceil(columnWidth) + 1);
                crowd.setHeight(Math.ceil(height));
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
            double[] band = shownBand();
            double insets = barInsets();
            Slot draggedAway = drag != null && drag.moved ? drag.block.slot : null;
            List<Object> drawFor = List.of(slots, columnWidth, left, pxPerMinute(), insets,
                    draggedAway == null ? List.of() : List.of(draggedAway));
            boolean redraw = !drawFor.equals(crowdsDrawnFor);
            List<List<CrowdBars.Bar<Slot>>> barsOfDay = new ArrayList<>();
            crowds.forEach(crowd -> barsOfDay.add(new ArrayList<>()));
            List<Slot> wanted = new ArrayList<>();
            Set<Slot> keep = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Slot slot : slots) {
                double top = blockTop(slot);
                boolean dragged = drag != null && drag.block.slot == slot;
                boolean bar = !slot.ghost() && CrowdBars.tooNarrow(columnWidth, slot.lanes(), insets, MIN_TEXT_WIDTH);
                if (bar && redraw && slot != draggedAway) {
                    double laneWidth = CrowdBars.laneWidth(columnWidth, slot.lanes());
                    barsOfDay.get(slot.day()).add(new CrowdBars.Bar<>(slot,
                            CrowdBars.blockX(left + slot.day() * columnWidth, slot.lane(), laneWidth)
                                    - crowdLeft(slot.day(), columnWidth, left),
                            top, CrowdBars.blockWidth(laneWidth), blockHeight(slot)));
                }
                // A crowd's bar is drawn, not a node, unless the user is busy with it (hovered, selected, its card
                // shown, dragged).
                if (dragged || top < band[1] && top + blockHeight(slot) > band[0] && (!bar || busyWith(slot))) {
                    wanted.add(slot);
                    keep.add(slot);
                }
            }
            if (redraw) {
                crowdsDrawnFor = drawFor;
                for (int day = 0; day < crowds.size(); day++) {
                    List<CrowdBars.Bar<Slot>> bars = barsOfDay.get(day);
                    // Back to front: the events drawn first are those drawn last as blocks (order 1 is the back).
                    bars.sort(Comparator.comparingDouble((CrowdBars.Bar<Slot> b) -> -b.item().drawOrder()));
                    crowds.get(day).draw(CrowdBars.of(bars));
                }
            }
            Set<Node> gone = Collections.newSetFromMap(new IdentityHashMap<>());
            for (var it = shownBlocks.entrySet().iterator(); it.hasNext(); ) {
                var shown = it.next();
                if (!keep.contains(shown.getKey())) {
                    putAside(shown.getValue(), true);
                    gone.add(shown.getValue());
                    it.remove();
                }
            }
            if (!gone.isEmpty()) {
                getChildren().removeAll(gone);
            }
            for (Slot slot : wanted) {
                EventBlock block = shownBlocks.get(slot);
                if (block == null) {
                    block = spareBlocks.isEmpty() ? new EventBlock() : spareBlocks.pop();
                    block.show(slot);
                    shownBlocks.put(slot, block);
                    if (!slot.ghost()) {
                        blocks.put(slot.entry().eventId(), block);
                    }
                    getChildren().add(block);
                    block.applyCss(); // styled now: its texts are fitted with its fonts below
                }
                boolean dragged = drag != null && drag.moved && drag.block == block;
                // The dragged block goes over the others and the journeys, as the user carries it.
                block.setViewOrder(dragged ? -1 : slot.drawOrder());
                if (dragged) {
                    continue;
                }
                double laneWidth = CrowdBars.laneWidth(columnWidth, slot.lanes());
                double x = CrowdBars.blockX(left + slot.day() * columnWidth, slot.lane(), laneWidth);
                double width = CrowdBars.blockWidth(laneWidth);
                if (!slot.ghost() && CrowdBars.tooNarrow(columnWidth, slot.lanes(), insets, MIN_TEXT_WIDTH)) {
                    Long selected = view().selectedEventIdProperty().get();
                    if (selected != null && selected == slot.entry().eventId()) {
                        // The event selected in a crowd comes forward wide enough to read, inside its column.
                        width = Math.max(width, Math.floor(Math.min(NARROW_WIDTH, columnWidth - 2 * GAP - 2)));
                        x = Math.min(x, Math.round(left + (slot.day() + 1) * columnWidth - GAP - 2 - width));
                    } else {
                        width += CrowdBars.LANE_SPACING; // its whole lane, under the mouse that found it there
                    }
                }
                block.resizeRelocate(x, blockTop(slot), width, blockHeight(slot));
                block.layout(); // its title's place is needed now, to keep the journeys' chips off it
            }
        }

        /** Where a day's crowd starts: its column's left edge, in whole pixels. */
        private double crowdLeft(int day, double columnWidth, double left) {
            return Math.floor(left + day * columnWidth);
        }

        /** The padding and border of a block, left and right together (from the theme). */
        private double barInsets() {
            BarStyle plain = barStyle(EventKindStyle.PLAIN);
            return plain.insets();
        }

        /** How a bar of this kind of event looks, read once per week from a block styled as it would be. */
        private BarStyle barStyle(EventKindStyle key) {
            return barStyles.computeIfAbsent(key.name, k -> {
                List<String> classes = new ArrayList<>(List.of("schedule-event"));
                classes.addAll(key.classes);
                // On the grid only while it is read: a lookup of the week's blocks must not find it.
                probe.setManaged(false);
                probe.setVisible(false);
                probe.getStyleClass().setAll(classes);
                probe.pseudoClassStateChanged(MOVING, key.moving);
                getChildren().add(probe);
                probe.applyCss();
                List<BackgroundFill> fills = probe.getBackground() == null ? List.of()
                        : probe.getBackground().getFills();
                Paint border = null;
                double borderWidth = 0;
                double radius = 0;
                if (probe.getBorder() != null && !probe.getBorder().getStrokes().isEmpty()) {
                    BorderStroke stroke = probe.getBorder().getStrokes().get(0);
                    border = stroke.getLeftStroke();
                    borderWidth = stroke.getWidths().getLeft();
                    radius = stroke.getRadii().getTopLeftHorizontalRadius();
                }
                BarStyle style = new BarStyle(fills, border, borderWidth, radius, probe.getOpacity(),
                        probe.snappedLeftInset() + probe.snappedRightInset());
                getChildren().remove(probe);
                return style;
            });
        }

        BarStyle barStyle(Slot slot) {
            return barStyle(EventKindStyle.of(slot.entry(), moving.contains(slot.entry().eventId())));
        }

        /**
         * A journey's dotted line runs through the gap between its two events; its chip sits in the gap, or as near
         * as it can without covering an event's time and title, shrinking to its icon in a narrow column.
         */
        private void layoutLegs(double columnWidth, double left) {
            double[] band = shownBand();
            Map<Integer, List<EventBlock>> blocksOfDay = new HashMap<>();
            for (EventBlock block : blocks.values()) {
                blocksOfDay.computeIfAbsent(block.slot.day(), d -> new ArrayList<>()).add(block);
            }
            Set<ScheduleLeg> keep = Collections.newSetFromMap(new IdentityHashMap<>());
            for (ScheduleLeg leg : view().getLegs()) {
                int dayIndex = view().getDays().indexOf(leg.day());
                if (dayIndex < 0) {
                    continue;
                }
                double top = bottomOf(leg.fromEventId(), leg.from());
                double bottom = topOf(leg.toEventId(), leg.to());
                if (Math.max(top, bottom) < band[0] || Math.min(top, bottom) > band[1]
                        || crowded(leg.fromEventId(), columnWidth) || crowded(leg.toEventId(), columnWidth)) {
                    continue;
                }
                keep.add(leg);
                LegNode node = legNodes.get(leg);
                if (node == null) {
                    node = new LegNode(leg);
                    legNodes.put(leg, node);
                    getChildren().addAll(node.line, node.label);
                    node.line.applyCss();
                    node.label.applyCss();
                }
                double x0 = left + dayIndex * columnWidth;
                double centre = x0 + columnWidth / 2;
                node.line.resizeRelocate(Math.round(centre), Math.min(top, bottom), 2, Math.abs(bottom - top));
                double maxWidth = columnWidth - 4 * GAP;
                node.iconOnly(node.fullWidth() > maxWidth);
                double width = Math.min(maxWidth, node.label.prefWidth(-1));
                double height = node.label.prefHeight(width);
                List<LegChips.Band> titles = new ArrayList<>();
                double chipLeft = centre - width / 2;
                for (EventBlock block : blocksOfDay.getOrDefault(dayIndex, List.of())) {
                    if (block.getLayoutX() < chipLeft + width && block.getLayoutX() + block.getWidth() > chipLeft) {
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
            Set<Node> gone = Collections.newSetFromMap(new IdentityHashMap<>());
            for (var it = legNodes.entrySet().iterator(); it.hasNext(); ) {
                var shown = it.next();
                if (!keep.contains(shown.getKey())) {
                    gone.add(shown.getValue().line);
                    gone.add(shown.getValue().label);
                    it.remove();
                }
            }
            if (!gone.isEmpty()) {
                getChildren().removeAll(gone);
            }
        }

        /**
         * Whether an event shares its column with so many others that a journey's chip is wider than its lane: in
         * such a crowd a journey's line and chip would only cover the events (the agenda lists the journeys).
         */
        private boolean crowded(long eventId, double columnWidth) {
            Slot slot = slotOfEvent.get(eventId);
            return slot != null && (columnWidth - 2 * GAP) / slot.lanes() - 2 < MIN_LEG_LANE_WIDTH;
        }

        /** Where the block of an event ends (its block's place if it has one, as it may be being dragged). */
        private double bottomOf(long eventId, LocalTime end) {
            EventBlock block = blocks.get(eventId);
            if (block != null) {
                return block.getLayoutY() + block.getHeight();
            }
            Slot slot = slotOfEvent.get(eventId);
            return slot == null ? y(end) : blockTop(slot) + blockHeight(slot);
        }

        private double topOf(long eventId, LocalTime start) {
            EventBlock block = blocks.get(eventId);
            if (block != null) {
                return block.getLayoutY();
            }
            Slot slot = slotOfEvent.get(eventId);
            return slot == null ? y(start) : blockTop(slot);
        }

        private void layoutDrag(double columnWidth, double left) {
            int dayIndex = view().getDays().indexOf(drag.day);
            double y = y(drag.start);
            double h = Math.max(18, y(drag.end) - y - 1);
            drag.block.resizeRelocate(Math.round(left + dayIndex * columnWidth + GAP), Math.round(y) + 1,
                    Math.floor(columnWidth - 2 * GAP - 2), Math.floor(h));
            dragLabel.setText(Formats.timeRange(drag.start, drag.end));
            double width = dragLabel.prefWidth(-1);
            double labelHeight = dragLabel.prefHeight(-1);
            dragLabel.resizeRelocate(Math.round(left + dayIndex * columnWidth + GAP),
                    Math.max(0, Math.round(y) - labelHeight - 2), width, labelHeight);
            dragLabel.setVisible(true);
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
        /** The event shown and its place; a block is reused for another event when its own leaves the screen. */
        Slot slot;
        ScheduleEntry entry;
        /** A ghost is a proposed event: shown with its tooltip, never dragged, opened or deleted. */
        private boolean ghost;
        private final Label time = new Label();
        private final Label title = new Label();
        private final List<Label> lines = new ArrayList<>();
        private final List<String> lineTexts = new ArrayList<>();
        private final List<String> lineStyles = new ArrayList<>();
        private Label badge;
        private final Rectangle clip = new Rectangle();
        /** Whether the texts are on the block: a block too narrow for a letter is a bare coloured bar. */
        private boolean texts;
        /** Where the time and title end, from the block's top (what a journey's chip must not cover). */
        private double titleBottom;

        EventBlock() {
            time.getStyleClass().add("event-time");
            title.getStyleClass().add("event-title");
            for (Label label : List.of(time, title)) {
                label.setMinSize(0, 0);
                label.setWrapText(false);
            }
            setAccessibleRole(AccessibleRole.BUTTON);
            addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
                if (!ghost) {
                    setCursor(nearBottom(e) ? Cursor.S_RESIZE : Cursor.DEFAULT);
                }
            });
            addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
                if (drag == null && !ghost) {
                    card.hoverStarted(this);
                }
            });
            addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
                if (!ghost) {
                    card.hoverEnded(this);
                }
                if (slot == hovered) { // a crowd's bar made a block while the mouse was on it: a bar again
                    hovered = null;
                    grid.requestLayout();
                }
            });
            addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
            addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
            addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
            addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (!ghost && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                        && view().onOpenProperty().get() != null) {
                    card.hide();
                    view().onOpenProperty().get().accept(entry.eventId());
                }
            });
            setOnContextMenuRequested(e -> {
                if (ghost) {
                    return;
                }
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

        /** Shows the event of {@code shown} (a new block, or one put aside and used again). */
        void show(Slot shown) {
            slot = shown;
            entry = shown.entry();
            ghost = shown.ghost();
            List<String> classes = new ArrayList<>(List.of("schedule-event",
                    "kind-" + entry.kind().name().toLowerCase(Locale.ROOT)));
            if (ghost) {
                classes.add("schedule-ghost");
            }
            if (entry.cancelled()) {
                classes.add("cancelled");
            }
            getStyleClass().setAll(classes);
            setUserData(entry.eventId());
            // What a screen reader says of the block, whatever its size lets it show.
            setAccessibleText(entry.fullTitle() + ", " + entry.timeText()
                    + (entry.place().isEmpty() ? "" : ", " + entry.place()));
            setCursor(null);
            Long selected = view().selectedEventIdProperty().get();
            pseudoClassStateChanged(SELECTED, !ghost && selected != null && selected == entry.eventId());
            pseudoClassStateChanged(MOVING, !ghost && moving.contains(entry.eventId()));
            // Until the first layout fits them to the block, the labels hold the whole texts.
            time.setText(entry.timeText());
            title.setText(entry.title());
            title.getProperties().put(TextFits.FULL_TEXT, entry.title());
            lineTexts.clear();
            lineStyles.clear();
            line(entry.place(), "event-place");
            if (view().detailedProperty().get()) {
                entry.details().forEach(detail -> line(detail, "event-detail"));
            }
            line(entry.initials(), "event-people");
            while (lines.size() < lineTexts.size()) {
                Label label = new Label();
                label.setWrapText(false);
                label.setMinSize(0, 0);
                lines.add(label);
            }
            for (int i = 0; i < lineTexts.size(); i++) {
                lines.get(i).getStyleClass().setAll("label", lineStyles.get(i));
                lines.get(i).setText("");
            }
            badge = null; // made with the texts, for a block wide enough to show them
            texts = false;
            getChildren().clear();
            setClip(null);
            requestLayout();
        }

        /**
         * Puts the texts (and the problem badge) on the block or takes them off: thousands of blocks in narrow lanes
         * are bars without a letter, and their labels were most of a crowded week's nodes.
         */
        private void showTexts(boolean show) {
            if (show == texts) {
                return;
            }
            texts = show;
            if (show) {
                getChildren().addAll(time, title);
                getChildren().addAll(lines.subList(0, lineTexts.size()));
                if (badge == null && entry.badge() != null) {
                    badge = ProblemBadges.badge(entry.badge(), entry.badgeText());
                }
                if (badge != null) {
                    getChildren().add(badge);
                }
            } else {
                getChildren().clear();
            }
        }

        private void line(String text, String styleClass) {
            lineTexts.add(text == null ? "" : text);
            lineStyles.add(styleClass);
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
            clip.setWidth(width);
            clip.setHeight(height);
            clip.setArcWidth(8);
            clip.setArcHeight(8);
            // Decided first: a bar is styled once, with no texts to fit (thousands of them in a crowded week).
            boolean room = width - snappedLeftInset() - snappedRightInset() >= MIN_TEXT_WIDTH;
            boolean restyle = room != texts;
            if (room != texts) {
                showTexts(room);
                // Only texts need cutting at the rounded edge; a clip on each of a thousand bars slows every frame.
                setClip(room ? clip : null);
            }
            if (!room) {
                titleBottom = 0;
                return;
            }
            boolean narrow = width < NARROW_WIDTH && !view().detailedProperty().get();
            if (narrow != getStyleClass().contains("narrow")) {
                // A smaller type lets a short name ("Polytechnique") fit a narrow column whole.
                if (narrow) {
                    getStyleClass().add("narrow");
                } else {
                    getStyleClass().removeAll("narrow", "tiny");
                }
                restyle = true;
            }
            if (restyle) {
                applyCss(); // the texts just put on the block, or their type just changed: styled before measured
            }
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
            for (int i = 0; i < lineTexts.size(); i++) {
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
            if (ghost || e.getButton() != MouseButton.PRIMARY) {
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

    /**
     * An event placed in the week: its day's column, its lane among the lanes of the events it overlaps, and the order
     * it is drawn in (between 0, in front, and 1).
     */
    private record Slot(ScheduleEntry entry, boolean ghost, int day, int lane, int lanes, double drawOrder) {
    }

    /** How a crowd's bar is drawn: as its block would be, without texts. */
    private record BarStyle(List<BackgroundFill> fills, Paint border, double borderWidth, double radius,
                            double opacity, double insets) {
    }

    /** The style classes (and whether it is faded by a proposed plan) that decide how a bar looks. */
    private record EventKindStyle(String name, List<String> classes, boolean moving) {
        static final EventKindStyle PLAIN = new EventKindStyle("", List.of(), false);

        static EventKindStyle of(ScheduleEntry entry, boolean moving) {
            List<String> classes = new ArrayList<>(List.of("kind-" + entry.kind().name().toLowerCase(Locale.ROOT)));
            if (entry.cancelled()) {
                classes.add("cancelled");
            }
            return new EventKindStyle(String.join(" ", classes) + (moving ? ":moving" : ""), classes, moving);
        }
    }

    /** Whether the user is busy with an event: it is hovered, selected, dragged, or its card shows. */
    private boolean busyWith(Slot slot) {
        if (slot.ghost()) {
            return false;
        }
        Long selected = view().selectedEventIdProperty().get();
        return slot == hovered || selected != null && selected == slot.entry().eventId()
                || drag != null && drag.block.slot == slot
                || card.isShowing() && card.shownFor != null && card.shownFor.slot == slot;
    }

    /**
     * A day's crowd: the events in lanes too narrow for a letter, drawn as bars on one canvas. The bar under the mouse
     * is made a block (the layout makes blocks for the events the user is busy with), which then behaves as any:
     * its card, a click, a drag, a double click, its menu.
     */
    private final class Crowd extends Canvas {
        private final LocalDate day;
        private CrowdBars<Slot> bars = CrowdBars.of(List.of());

        Crowd(LocalDate day) {
            this.day = day;
            getStyleClass().add("schedule-crowd");
            setViewOrder(1.5); // over the grid's lines (2), behind the blocks (0 to 1)
            setManaged(false);
            setAccessibleRole(AccessibleRole.TEXT);
            addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(barAt(e)));
            addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
                // Onto the block made for the bar under the mouse: it stays; anywhere else, it goes.
                Slot under = barAt(e);
                if (under == null || under != hovered) {
                    hover(null);
                }
            });
            // A press before the block under the mouse was made (a click without a move): selects its event.
            addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
                Slot under = barAt(e);
                if (under != null && e.getButton() == MouseButton.PRIMARY) {
                    view().requestFocus();
                    hover(under);
                    view().selectedEventIdProperty().set(under.entry().eventId());
                    e.consume();
                }
            });
            addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                Slot under = barAt(e);
                if (under == null) {
                    return; // the empty part of the day: a double click makes an event there (the grid's)
                }
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                        && view().onOpenProperty().get() != null) {
                    view().onOpenProperty().get().accept(under.entry().eventId());
                }
                e.consume();
            });
        }

        private Slot barAt(MouseEvent e) {
            return bars.at(e.getX(), e.getY()).map(CrowdBars.Bar::item).orElse(null);
        }

        private void hover(Slot slot) {
            if (slot != hovered) {
                hovered = slot;
                grid.requestLayout();
            }
        }

        void draw(CrowdBars<Slot> drawn) {
            bars = drawn;
            GraphicsContext g = getGraphicsContext2D();
            g.clearRect(0, 0, getWidth(), getHeight());
            for (CrowdBars.Bar<Slot> bar : drawn.bars()) {
                if (bar.width() <= 0) {
                    continue;
                }
                BarStyle style = grid.barStyle(bar.item());
                g.setGlobalAlpha(style.opacity());
                for (BackgroundFill fill : style.fills()) {
                    Insets in = fill.getInsets();
                    double radius = 2 * fill.getRadii().getTopLeftHorizontalRadius();
                    g.setFill(fill.getFill());
                    g.fillRoundRect(bar.x() + in.getLeft(), bar.y() + in.getTop(),
                            bar.width() - in.getLeft() - in.getRight(), bar.height() - in.getTop() - in.getBottom(),
                            radius, radius);
                }
                if (style.border() != null && style.borderWidth() > 0) {
                    g.setFill(style.border());
                    g.fillRoundRect(bar.x(), bar.y(), Math.min(style.borderWidth(), bar.width()), bar.height(),
                            2 * style.radius(), 2 * style.radius());
                }
            }
            g.setGlobalAlpha(1);
            // What a screen reader says of the crowd; each event is reached with the arrow keys (a block then).
            setAccessibleText(drawn.isEmpty() ? null : Messages.get("itinerary.crowd.accessible",
                    view().dayFormatterProperty().get().apply(day), drawn.bars().size()));
            setUserData(drawn.items().stream().map(slot -> slot.entry().eventId()).toList());
        }
    }

    /**
     * Keeps a block taken off the grid (its event left the screen, or the week changed) for another event. The caller
     * removes the nodes from the grid, all at once: one by one, each removal searches the grid's children.
     */
    private void putAside(EventBlock block, boolean hideItsCard) {
        if (!block.ghost) {
            blocks.remove(block.entry.eventId(), block);
        }
        if (hideItsCard && card.shownFor == block) {
            card.hide();
        }
        if (spareBlocks.size() < MAX_SPARE_BLOCKS) {
            spareBlocks.push(block);
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
            line.setViewOrder(-0.5); // over the blocks (0 to 1), under what is dragged (-1)
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
            label.setViewOrder(-0.5);
            // The tooltip is made when the mouse first comes onto the chip: each is a window of its own, and making
            // one for every journey of a week took a good part of the time to show it.
            label.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
                if (label.getTooltip() == null) {
                    Tooltip tip = new Tooltip(leg.detailText());
                    tip.setWrapText(true);
                    tip.setMaxWidth(420);
                    label.setTooltip(tip);
                }
            });
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
                grid.requestLayout(); // a crowd's bar made a block for its card is a bar again
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
