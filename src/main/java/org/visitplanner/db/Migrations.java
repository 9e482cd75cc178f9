package org.visitplanner.db;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Where the schema's Flyway scripts are, for each engine. Both engines run the same scripts of
 * {@code db/migration}; only where the SQL must differ does an engine have its own script of the same version: H2's in
 * {@code db/h2} (its search-queue triggers are a Java class), PostgreSQL's in {@code db/postgresql} (PL/pgSQL
 * triggers, and the name CLOB made to mean TEXT before any script runs).
 */
public final class Migrations {

    /** The database engines Visit Planner keeps its data in. */
    public enum Engine {
        /** The embedded H2 file of one laptop. */
        H2("h2"),
        /** A team's PostgreSQL server. */
        POSTGRESQL("postgresql");

        private final String folder;

        Engine(String folder) {
            this.folder = folder;
        }
    }

    private Migrations() {
    }

    /** The classpath locations of {@code engine}'s scripts. */
    public static String[] locations(Engine engine) {
        return new String[] {"classpath:db/migration", "classpath:db/" + engine.folder};
    }

    /** Flyway on {@code dataSource}, with {@code engine}'s scripts; its own logging goes through SLF4J. */
    public static FluentConfiguration configure(DataSource dataSource, Engine engine) {
        return Flyway.configure().dataSource(dataSource).locations(locations(engine)).loggers("slf4j");
    }
}
