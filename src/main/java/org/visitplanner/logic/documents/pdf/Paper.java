package org.visitplanner.logic.documents.pdf;

/** Paper sizes documents are laid out for, in PDF points (1/72 inch). */
public enum Paper {
    A4(595.28f, 841.89f),
    LETTER(612f, 792f);

    private final float width;
    private final float height;

    Paper(float width, float height) {
        this.width = width;
        this.height = height;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    /** "a4" or "letter" (any case); null when it is neither. */
    public static Paper parse(String text) {
        if (text == null) {
            return null;
        }
        for (Paper paper : values()) {
            if (paper.name().equalsIgnoreCase(text.trim())) {
                return paper;
            }
        }
        return null;
    }
}
