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

    /**
     * The record {@code title} (of {@code kind}, as in {@code bundle.kind.*}) was deleted by someone else while the
     * user edited it: true saves the typed values ({@code typed}, one field a line) as a new record; false keeps them
     * for the user to copy (the view puts them on the clipboard). Never asks unless a view says how.
     */
    default boolean saveAsNew(String kind, String title, String typed) {
        return false;
    }
}
