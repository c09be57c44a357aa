package io.mediadesk.desktop.app;

import java.io.PrintStream;
import java.time.Instant;

/**
 * Start-up milestones for measuring the launch (docs/BENCHMARKS.md, "Launch to the window"):
 * with {@code MEDIADESK_TRACE_STARTUP=1} in the environment, each {@link #mark} prints
 * {@code startup: NAME N ms (CPU C ms)} to stderr: N counted from the process's start (the
 * launcher execs the JVM, so that is when {@code ./mediadesk} was started, to the kernel's 10 ms),
 * C the CPU time all its threads have used so far (steadier than N on a loaded machine).
 * Otherwise a mark costs one field read.
 */
public final class StartupTrace {
    public static final String VARIABLE = "MEDIADESK_TRACE_STARTUP";
    private static final StartupTrace GLOBAL = "1".equals(System.getenv(VARIABLE))
            ? new StartupTrace(System.err, ProcessHandle.current().info().startInstant().orElse(Instant.now()))
            : new StartupTrace(null, Instant.EPOCH);

    private final PrintStream out;
    private final Instant start;

    StartupTrace(PrintStream out, Instant start) {
        this.out = out;
        this.start = start;
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
