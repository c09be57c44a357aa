package io.mediadesk.desktop.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logback's configuration before {@link LogSetup} points it at a library: nothing is logged, as
 * stdout and stderr belong to the command line (JSON, {@code error:} lines). Found by Logback
 * through {@code META-INF/services}, in place of a {@code logback.xml}: parsing that XML loaded
 * an XML parser and 250 more Logback classes at every start (docs/BENCHMARKS.md, "Launch to the
 * window").
 */
public final class QuietUntilSetUp extends ContextAwareBase implements Configurator {
    @Override
    public ExecutionStatus configure(LoggerContext context) {
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.OFF);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
