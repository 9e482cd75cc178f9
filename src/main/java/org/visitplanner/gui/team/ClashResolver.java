package org.visitplanner.gui.team;

/**
 * Lets the user decide the fields that someone else changed too, while a save was on its way: the view answers with
 * {@link ClashDialog#resolve}, tests with the choices they make. True when the user chose to save {@code choices}'
 * texts; false saves nothing and keeps the user's text.
 */
@FunctionalInterface
public interface ClashResolver {

    /** Never asks: nothing is saved, the user's text stays (until a view sets its own). */
    ClashResolver KEEP_EDITING = (title, choices) -> false;

    boolean decide(String title, ClashChoices choices);
}
