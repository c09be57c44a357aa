package io.mediadesk.desktop.logging;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * A pattern layout that redacts the finished line: message, arguments, MDC and the whole stack
 * trace with its causes pass through the {@link Redactor} in one place, so no logger path can
 * slip past it.
 */
public final class RedactingLayout extends PatternLayout {
    @Override
    public String doLayout(ILoggingEvent event) {
        return Redactor.redact(super.doLayout(event));
    }
}
