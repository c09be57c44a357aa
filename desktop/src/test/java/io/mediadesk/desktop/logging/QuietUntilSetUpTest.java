package io.mediadesk.desktop.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.util.ContextInitializer;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** Logback's configuration before a library is open: found without XML, and silent. */
class QuietUntilSetUpTest {

    @Test
    void logbackFindsItAsAServiceAndAFreshContextLogsNothing() throws Exception {
        assertThat(ServiceLoader.load(Configurator.class).stream().map(ServiceLoader.Provider::type))
                .contains(QuietUntilSetUp.class);

        // Logback's own start-up path, on a context of our own (the process-wide one may have been
        // pointed at a library by another test).
        LoggerContext context = new LoggerContext();
        new ContextInitializer(context).autoConfig();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.OFF);
        assertThat(root.iteratorForAppenders().hasNext()).isFalse(); // no console appender either
        assertThat(context.getLogger("io.mediadesk.any").isErrorEnabled()).isFalse();
        context.stop();
    }
}
