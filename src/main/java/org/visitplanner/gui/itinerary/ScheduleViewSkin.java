package org.visitplanner.gui.itinerary;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.beans.Observable;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

import org.kordamp.ikonli.javafx.FontIcon;
import org.visitplanner.logic.i18n.Formats;

/** Draws a {@link ScheduleView}: a header of days, the time axes, and a scrollable grid of blocks and legs. */
final class ScheduleViewSkin extends SkinBase<ScheduleView> {

    private static final double AXIS_WIDTH = 60;
    private static final double MIN_PX_PER_HOUR = 46;
    /** The day view gives an hour more height: its blocks show addresses, hosts and participants. */
    private static final double MIN_PX_PER_HOUR_DETAILED = 84;
    private static final double RESIZE_EDGE = 6;
    private static final double GAP = 3;

    private final Header header = new Header();
    private final Grid grid = new Grid();
    private final ScrollPane scroller = new ScrollPane(grid);
    private final VBox root = new VBox(header, scroller);
    private final Map<Long, EventBlock> blocks = new HashMap<>();
    private final List<LegNode> legNodes = new ArrayList<>();
    private final List<EventBlock> ghostBlocks = new ArrayList<>();
    private final Label dragLabel = new Label();
    private Drag drag;

    ScheduleViewSkin(ScheduleView control) {
        super(control);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("edge-to-edge");
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroller, javafx.scene.layout.Priority.ALWAYS);
        scroller.viewportBoundsProperty().addListener((obs, was, now) -> grid.requestLayout());
        grid.widthProperty().addListener((obs, was, now) -> header.requestLayout()); // keep the days aligned
        dragLabel.getStyleClass().add("drag-time");
        dragLabel.setManaged(false);
        dragLabel.setVisible(false);
        getChildren().add(root);

        control.getDays().addListener((Observable o) -> rebuild());
        control.getEntries().addListener((Observable o) -> rebuild());
        control.getLegs().addListener((Observable o) -> rebuild());
        control.getGhosts().addListener((Observable o) -> rebuild());
        control.firstHourProperty().addListener(o -> rebuild());
        control.lastHourProperty().addListener(o -> rebuild());
        control.detailedProperty().addListener(o -> rebuild());
        control.secondaryOffsetMinutesProperty().addListener(o -> rebuild());
        control.dayFormatterProperty().addListener(o -> rebuild());
        control.shortDayFormatterProperty().addListener(o -> rebuild());
        control.getDays().addListener((Observable o) -> scrollToFirstEvent());
        control.selectedEventIdProperty().addListener((obs, was, now) -> showSelection());
        control.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        control.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && drag != null) {
                cancelDrag();
                event.consume();
            }
        });
        rebuild();
    }

    private ScheduleView view() {
        return getSkinnable();
    }

    private double axesWidth() {
        return view().secondaryOffsetMinutesProperty().get() == null ? AXIS_WIDTH : 2 * AXIS_WIDTH;
    }

    // ------------------------------------------------------------------ building

    private void rebuild() {
        cancelDrag();
        header.build();
        grid.build();
        showSelection();
    }

    /** Scrolls so that the day starts an hour before its first event (not at 07:00 on an empty morning). */
    private void scrollToFirstEvent() {
        javafx.application.Platform.runLater(() -> {
            LocalTime first = view().getEntries().stream().map(ScheduleEntry::start).min(Comparator.naturalOrder())
                    .orElse(LocalTime.of(8, 0));
            grid.layout();
            double content = grid.getHeight();
            double viewport = scroller.getViewportBounds().getHeight();
            if (content > viewport && viewport > 0) {
                double y = Math.max(0, grid.y(first.minusHours(1).withMinute(0)));
                scroller.setVvalue(Math.min(1, y / (content - viewport)));
            }
        });
    }

    private void showSelection() {
        Long selected = view().selectedEventIdProperty().get();
        blocks.forEach((id, block) -> block.pseudoClassStateChanged(SELECTED, id.equals(selected)));
        EventBlock block = selected == null ? null : blocks.get(selected);
        if (block != null) {
            ensureVisible(block);
        }
    }

    private static final javafx.css.PseudoClass SELECTED = javafx.css.PseudoClass.getPseudoClass("selected");
    private static final javafx.css.PseudoClass MOVING = javafx.css.PseudoClass.getPseudoClass("moving");

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
                label.setTextOverrun(OverrunStyle.ELLIPSIS);
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
            for (int i = 0; i < labels.size(); i++) {
                Label label = labels.get(i);
                LocalDate day = view().getDays().get(i);
                // The long form ("Monday 8 December") when the column is wide enough, else the short one.
                label.setText(view().dayFormatterProperty().get().apply(day));
                if (label.prefWidth(-1) > columns) {
                    label.setText(view().shortDayFormatterProperty().get().apply(day));
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
                List<EventBlock> ofDay = java.util.stream.Stream.concat(blocks.values().stream(),
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
                    }
                }
            }
        }

        private void layoutLegs(double columnWidth, double left) {
            for (LegNode node : legNodes) {
                int dayIndex = view().getDays().indexOf(node.leg.day());
                double x0 = left + dayIndex * columnWidth;
                double top = y(node.leg.from());
                double bottom = y(node.leg.to());
                double centre = x0 + columnWidth / 2;
                node.line.resizeRelocate(Math.round(centre), Math.min(top, bottom), 2, Math.abs(bottom - top));
                double maxWidth = columnWidth - 4 * GAP;
                double width = Math.min(maxWidth, node.label.prefWidth(-1));
                double height = node.label.prefHeight(width);
                double middle = (top + bottom) / 2;
                node.label.resizeRelocate(Math.round(centre - width / 2), Math.round(middle - height / 2), width,
                        height);
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

    /** The block of one event: time, title, place, details (day view) and participants, as many as fit. */
    private final class EventBlock extends Region {
        final ScheduleEntry entry;
        private final Label time = new Label();
        private final Label title = new Label();
        private final List<Label> lines = new ArrayList<>();
        private final Label badge;
        private final Rectangle clip = new Rectangle();

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
            time.setText(entry.timeText());
            time.getStyleClass().add("event-time");
            title.setText(entry.title());
            title.getStyleClass().add("event-title");
            title.setWrapText(true);
            lines.add(line(entry.place(), "event-place"));
            if (view().detailedProperty().get()) {
                entry.details().forEach(detail -> lines.add(line(detail, "event-detail")));
            }
            lines.add(line(entry.initials(), "event-people"));
            getChildren().addAll(time, title);
            getChildren().addAll(lines);
            for (Label label : List.of(time, title)) {
                label.setTextOverrun(OverrunStyle.ELLIPSIS);
                label.setMinSize(0, 0);
            }
            if (entry.badge() != null) {
                badge = ProblemBadges.badge(entry.badge(), entry.badgeText());
                getChildren().add(badge);
            } else {
                badge = null;
            }
            Tooltip tooltip = new Tooltip(entry.timeText() + "  " + entry.title()
                    + (entry.place().isEmpty() ? "" : "\n" + entry.place())
                    + (entry.initials().isEmpty() ? "" : "\n" + entry.initials()));
            tooltip.setShowDelay(Duration.millis(600));
            Tooltip.install(this, tooltip);
            setClip(clip);
            if (ghost) {
                return;
            }
            addEventHandler(MouseEvent.MOUSE_MOVED, e -> setCursor(nearBottom(e) ? javafx.scene.Cursor.S_RESIZE
                    : javafx.scene.Cursor.DEFAULT));
            addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
            addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
            addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
            addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                        && view().onOpenProperty().get() != null) {
                    view().onOpenProperty().get().accept(entry.eventId());
                }
            });
            setOnContextMenuRequested(e -> {
                view().selectedEventIdProperty().set(entry.eventId());
                if (view().onEventContextMenuProperty().get() != null) {
                    view().onEventContextMenuProperty().get().accept(entry.eventId(), e);
                }
                e.consume();
            });
        }

        private Label line(String text, String styleClass) {
            Label label = new Label(text);
            label.getStyleClass().add(styleClass);
            label.setTextOverrun(OverrunStyle.ELLIPSIS);
            label.setWrapText(view().detailedProperty().get());
            label.setMinSize(0, 0);
            return label;
        }

        private boolean nearBottom(MouseEvent e) {
            return e.getY() >= getHeight() - RESIZE_EDGE;
        }

        @Override
        protected void layoutChildren() {
            double width = getWidth();
            double height = getHeight();
            clip.setWidth(width);
            clip.setHeight(height);
            clip.setArcWidth(8);
            clip.setArcHeight(8);
            double left = snappedLeftInset();
            double top = snappedTopInset();
            double bottom = height - snappedBottomInset();
            double badgeWidth = badge == null ? 0 : badge.prefWidth(-1) + 2;
            double inner = Math.max(0, width - left - snappedRightInset());
            // Short blocks show "09:30 Title" on one line; taller ones add lines while whole lines fit.
            boolean compact = height < 40;
            double y = top;
            time.setVisible(!compact);
            if (!compact) {
                double h = time.prefHeight(-1);
                time.resizeRelocate(left, y, Math.max(0, inner - badgeWidth), h);
                y += h;
            }
            title.setText(compact ? entry.timeText().substring(0, 5) + "  " + entry.title() : entry.title());
            double lineHeight = title.getFont().getSize() * 1.35;
            double titleWidth = compact ? Math.max(0, inner - badgeWidth) : inner;
            int fits = (int) Math.max(1, Math.floor((bottom - y) / lineHeight));
            double titleHeight = Math.min(title.prefHeight(titleWidth), fits * lineHeight);
            title.resizeRelocate(left, y, titleWidth, titleHeight);
            y += titleHeight;
            for (Label label : lines) {
                double h = label.getText().isEmpty() ? 0 : label.prefHeight(inner);
                boolean visible = h > 0 && y + Math.min(h, lineHeight) <= bottom + 1;
                label.setVisible(visible);
                if (visible) {
                    double shown = Math.min(h, Math.floor((bottom - y) / lineHeight) * lineHeight);
                    label.resizeRelocate(left, y, inner, Math.max(shown, Math.min(h, lineHeight)));
                    y += label.getHeight();
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
            view().selectedEventIdProperty().set(entry.eventId());
            drag = new Drag(this, nearBottom(e), e.getSceneX(), e.getSceneY());
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
            label.setTextOverrun(OverrunStyle.ELLIPSIS);
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
    }

    // ------------------------------------------------------------------ keyboard

    private void keyPressed(KeyEvent event) {
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
