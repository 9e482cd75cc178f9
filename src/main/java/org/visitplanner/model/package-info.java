/**
 * The domain as immutable records and enums. Depends on nothing but the JDK.
 *
 * <p>Ids are database ids; {@code 0} means "not stored yet". {@code version} is the optimistic-locking
 * counter the database keeps; a record read from the database carries the version it was read at.
 */
package org.visitplanner.model;
