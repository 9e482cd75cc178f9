package org.visitplanner.app.log;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * How logging starts, before any data folder is known: levels only, no appender, so that nothing reaches the
 * console (a command's stderr holds its one sentence) until {@link AppLog#start} adds the data folder's file. Found
 * by logback through {@code META-INF/services}; set in code rather than in a {@code logback.xml}, whose parsing
 * would cost the window's start-up a tenth of a second.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO);
        // jOOQ logs every statement with its values at DEBUG, which could hold note text; its warnings are enough.
        context.getLogger("org.jooq").setLevel(Level.WARN);
        // Flyway reports every start at INFO; a failed migration is logged at ERROR.
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
