/**
 * Saves of several people at once: a save that finds its record changed elsewhere is merged field by field against
 * the record as its editor read it (docs/decisions/0025).
 */
package org.visitplanner.logic.merge;
