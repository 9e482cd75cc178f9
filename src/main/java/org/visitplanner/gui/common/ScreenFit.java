package org.visitplanner.gui.common;

import java.util.Comparator;
import java.util.List;

import javafx.geometry.Rectangle2D;

/**
 * Where windows go on the screens, as plain geometry (tested without a display): the main window's first size, a
 * remembered place brought back inside a screen that still exists, a dialog centred on its owner.
 */
public final class ScreenFit {

    /** The smallest window the layout is made for; smaller screens get the whole screen. */
    public static final double SMALLEST_WIDTH = 1024;
    public static final double SMALLEST_HEIGHT = 700;
    /** What "most of the screen" means at first start. */
    static final double SHARE_OF_SCREEN = 0.9;
    /** The main window's size at first start on a screen that allows it. */
    static final double FIRST_WIDTH = 1280;
    static final double FIRST_HEIGHT = 800;

    private ScreenFit() {
    }

    /**
     * The main window at first start: most of {@code screen} (its visual bounds, without task bars), at least
     * 1280×800 where the screen allows, centred.
     */
    public static Rectangle2D firstStart(Rectangle2D screen) {
        double width = Math.min(screen.getWidth(), Math.max(FIRST_WIDTH, screen.getWidth() * SHARE_OF_SCREEN));
        double height = Math.min(screen.getHeight(), Math.max(FIRST_HEIGHT, screen.getHeight() * SHARE_OF_SCREEN));
        return centredIn(screen, width, height);
    }

    /** The smallest size of the main window on {@code screen}: 1024×700, or the whole screen when it is smaller. */
    public static Rectangle2D smallest(Rectangle2D screen) {
        return new Rectangle2D(0, 0, Math.min(SMALLEST_WIDTH, screen.getWidth()),
                Math.min(SMALLEST_HEIGHT, screen.getHeight()));
    }

    /**
     * {@code wanted} brought inside the screen it overlaps most (the first screen, usually the primary, when it
     * overlaps none: a monitor that was unplugged), made no larger than that screen and no smaller than
     * {@code minWidth}×{@code minHeight} where the screen allows, and moved as little as possible.
     */
    public static Rectangle2D inside(Rectangle2D wanted, List<Rectangle2D> screens, double minWidth, double minHeight) {
        if (screens.isEmpty()) {
            return wanted;
        }
        Rectangle2D screen = screens.stream().max(Comparator.comparingDouble(s -> overlap(s, wanted)))
                .filter(s -> overlap(s, wanted) > 0).orElse(screens.get(0));
        double width = Math.min(screen.getWidth(), Math.max(Math.min(minWidth, screen.getWidth()), wanted.getWidth()));
        double height = Math.min(screen.getHeight(),
                Math.max(Math.min(minHeight, screen.getHeight()), wanted.getHeight()));
        double x = clamp(wanted.getMinX(), screen.getMinX(), screen.getMaxX() - width);
        double y = clamp(wanted.getMinY(), screen.getMinY(), screen.getMaxY() - height);
        return new Rectangle2D(x, y, width, height);
    }

    /** A window of {@code width}×{@code height} centred on {@code owner}, kept inside {@code screen}. */
    public static Rectangle2D centredOn(Rectangle2D owner, double width, double height, Rectangle2D screen) {
        double shownWidth = Math.min(width, screen.getWidth());
        double shownHeight = Math.min(height, screen.getHeight());
        double x = owner.getMinX() + (owner.getWidth() - shownWidth) / 2;
        double y = owner.getMinY() + (owner.getHeight() - shownHeight) / 2;
        return new Rectangle2D(clamp(x, screen.getMinX(), screen.getMaxX() - shownWidth),
                clamp(y, screen.getMinY(), screen.getMaxY() - shownHeight), shownWidth, shownHeight);
    }

    private static Rectangle2D centredIn(Rectangle2D screen, double width, double height) {
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - width) / 2,
                screen.getMinY() + (screen.getHeight() - height) / 2, width, height);
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double width = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double height = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return width > 0 && height > 0 ? width * height : 0;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, Math.max(min, max)));
    }
}
