package org.visitplanner.gui.common;

/** A page of the main window (itinerary, institutions, people, follow-ups), as the window switches between them. */
public interface Page {

    /** Puts the keyboard focus on the page's main control, so that its shortcuts work at once after switching. */
    void focusContent();

    /** Ctrl+N: starts a new item of the page's kind (an event, an institution); nothing where there is none. */
    default void createNew() {
    }
}
