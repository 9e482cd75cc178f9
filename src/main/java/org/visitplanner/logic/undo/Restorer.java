package org.visitplanner.logic.undo;

/** Puts back what a delete removed; the undo of every delete in the app. */
public interface Restorer {

    /**
     * Inserts the deleted rows again with their own ids and sets the cleared links back, as one transaction (or in
     * the caller's). Fails without changing anything if one of the rows is back already.
     */
    void restore(DeletedRows deleted);
}
