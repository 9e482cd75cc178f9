package org.visitplanner.logic.documents.pdf;

import java.awt.Color;

/** How a piece of text looks: size in points, weight and colour. */
public record Style(float size, boolean bold, Color color) {

    public static final Color TEXT = new Color(0x1F, 0x23, 0x28);
    public static final Color MUTED = new Color(0x59, 0x63, 0x6E);
    public static final Color ACCENT = new Color(0x09, 0x69, 0xDA);
    public static final Color RULE = new Color(0xD0, 0xD7, 0xDE);
    public static final Color SHADE = new Color(0xF3, 0xF5, 0xF7);
    public static final Color TRAVEL = new Color(0x1A, 0x7F, 0x37);

    public static final Style TITLE = new Style(16, true, TEXT);
    public static final Style HEADING = new Style(12.5f, true, TEXT);
    public static final Style SUBHEADING = new Style(10.5f, true, TEXT);
    public static final Style BODY = new Style(9.5f, false, TEXT);
    public static final Style BODY_BOLD = new Style(9.5f, true, TEXT);
    public static final Style SMALL = new Style(8, false, MUTED);
    public static final Style SMALL_BOLD = new Style(8, true, MUTED);

    public Style withSize(float newSize) {
        return new Style(newSize, bold, color);
    }

    public Style withColor(Color newColor) {
        return new Style(size, bold, newColor);
    }

    /** Distance between baselines of wrapped lines. */
    public float lineHeight() {
        return size * 1.32f;
    }
}
