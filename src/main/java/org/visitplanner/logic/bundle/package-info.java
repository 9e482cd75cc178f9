/**
 * A trip as a file (a bundle, {@code .vptrip}): written with all the trip needs, checked whole before anything is
 * written, and merged back field by field against the version each record left with (docs/decisions/0021).
 */
package org.visitplanner.logic.bundle;
