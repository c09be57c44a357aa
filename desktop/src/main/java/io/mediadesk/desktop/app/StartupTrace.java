package io.mediadesk.desktop.app;

import java.io.PrintStream;
import java.time.Instant;

/**
 * Start-up milestones for measuring the launch (docs/BENCHMARKS.md, "Launch to the window"):
 * with {@code MEDIADESK_TRACE_STARTUP=1} in the environment, each {@link #mark} prints
 * {@code startup: NAME N ms (CPU C ms)} to stderr: N counted from the start of {@code ./mediadesk}
 * (which passes it in {@code MEDIADESK_LAUNCHED_AT}; else from the process's start, less exact),
 * C the CPU time all the JVM's threads have used so far (steadier than N on a loaded machine).
 * Otherwise a mark costs one field read.
 */
public final class StartupTrace {
    public static final String VARIABLE = "MEDIADESK_TRACE_STARTUP";
    /** Set by {@code ./mediadesk} when tracing: its own start, in seconds since the epoch ({@code $EPOCHREALTIME}). */
    static final String LAUNCHED_AT = "MEDIADESK_LAUNCHED_AT";
    private static final StartupTrace GLOBAL = "1".equals(System.getenv(VARIABLE))
            ? new StartupTrace(System.err, launchedAt(System.getenv(LAUNCHED_AT)).orElseGet(StartupTrace::processStart))
            : new StartupTrace(null, Instant.EPOCH);

    private final PrintStream out;
    private final Instant start;

    StartupTrace(PrintStream out, Instant start) {
        this.out = out;
        this.start = start;
    }

    /** The launcher's start, from {@code $EPOCHREALTIME} ("1764170000.123456"; a locale may write a comma). */
    static java.util.Optional<Instant> launchedAt(String epochSeconds) {
        if (epochSeconds == null || epochSeconds.isBlank()) return java.util.Optional.empty();
        try {
            java.math.BigDecimal micros = new java.math.BigDecimal(epochSeconds.strip().replace(',', '.')).movePointRight(6);
            return java.util.Optional.of(Instant.EPOCH.plus(micros.longValue(), java.time.temporal.ChronoUnit.MICROS));
        } catch (NumberFormatException | ArithmeticException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * The process's start as the kernel tells it: the boot time it is counted from is kept to the
     * second, so this can be up to 1 s early; only for runs not started by {@code ./mediadesk}.
     */
    private static Instant processStart() {
        return ProcessHandle.current().info().startInstant().orElse(Instant.now());
    }

    /** Records that the app has reached {@code name}. */
    public static void mark(String name) {
        GLOBAL.at(name, Instant.now());
    }

    /** Whether marks are printed (to skip work done only for the trace). */
    public static boolean enabled() {
        return GLOBAL.out != null;
    }

    void at(String name, Instant now) {
        if (out == null) return;
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
        out.println("startup: " + name + " " + Math.max(0, now.toEpochMilli() - start.toEpochMilli()) + " ms (CPU " + cpu + " ms)");
    }
}
