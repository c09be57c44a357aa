package io.mediadesk.sync.purge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts {@link PurgeChild} in a new JVM on this JVM's class path, and watches its journal from outside. */
public final class ChildRuns {
    private ChildRuns() {
    }

    /** Stdout and stderr go to {@code log} (appended), so a killed child leaves what it said. */
    public static Process start(String apiBase, String key, Path queue, Path urls, long firstPollMillis, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                PurgeChild.class.getName(), apiBase, queue.toString(), urls.toString(), Long.toString(firstPollMillis))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("MEDIADESK_PRIVATE_KEY", key);
        return pb.start();
    }

    /** Submissions the journal has recorded so far (read while the child writes it). */
    public static int submitted(Path queue) {
        Path journal = queue.resolve(PurgeJournal.FILE);
        try {
            if (!Files.exists(journal)) {
                return 0;
            }
            return (int) Files.readAllLines(journal, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("{\"e\":\"submitted\"")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Kills the child once the journal shows {@code atLeast} submissions (kill -9: no shutdown hook
     * runs). Reads only what was appended since the last look, so watching a long run costs little.
     */
    public static void killAfter(Process child, Path queue, int atLeast) throws InterruptedException, IOException {
        Path journal = queue.resolve(PurgeJournal.FILE);
        long offset = 0;
        int seen = 0;
        StringBuilder partial = new StringBuilder();
        while (child.isAlive() && seen < atLeast) {
            Thread.sleep(10);
            if (!Files.exists(journal)) {
                continue;
            }
            try (java.nio.channels.FileChannel in = java.nio.channels.FileChannel.open(journal)) {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate((int) Math.max(0, in.size() - offset));
                in.read(buffer, offset);
                offset += buffer.position();
                partial.append(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8));
            }
            int end = partial.lastIndexOf("\n");
            if (end >= 0) {
                seen += (int) partial.substring(0, end).lines().filter(l -> l.startsWith("{\"e\":\"submitted\"")).count();
                partial.delete(0, end + 1);
            }
        }
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
    }

    /** The number the child printed as {@code interrupted N} last. */
    public static int interrupted(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return lines.stream().filter(l -> l.startsWith("interrupted ")).reduce((a, b) -> b)
                .map(l -> Integer.parseInt(l.substring("interrupted ".length()).strip())).orElse(0);
    }
}
