package org.visitplanner.logic.settings;

/**
 * Where a window was when it closed: its bounds on the screen as a normal (not maximized) window, and whether it was
 * maximized, so that it comes back the same way and un-maximizes to the size the user gave it.
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {

    public WindowPlacement {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("a window has a size: " + width + "×" + height);
        }
    }
}
