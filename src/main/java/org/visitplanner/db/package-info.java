/**
 * The database: the data directory, the H2 connection, Flyway migrations and the jOOQ repositories that implement
 * the repository interfaces of {@code logic}. jOOQ types never leave this package: repositories map them to model
 * records at their border.
 */
package org.visitplanner.db;
