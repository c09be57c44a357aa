package io.mediadesk.sync.purge;

import com.fasterxml.jackson.databind.JsonNode;
import io.mediadesk.sync.purge.PurgeEntry.State;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The purge queue of one library, persisted in {@code folder} (the caller's choice, e.g.
 * {@code <library>/purge}) as a journal of events ({@link PurgeJournal}). Every change is on disk
 * before the method returns, so a restart after {@code kill -9} resumes where the run stopped: what
 * was submitted is polled, not sent again; what was being sent when the process died is sent
 * again (the service has no way to look a purge up by URL, and a purge done twice is harmless).
 * Journals of finished work are compacted on open. Thread-safe; one process at a time.
 *
 * <pre>{@code
 * try (PurgeQueue queue = PurgeQueue.open(library.resolve("purge"))) {
 *     List<PurgeEntry> batch = queue.enqueue(plan.urls());   // the same URLs again: the same batch, resumed
 *     new PurgeRunner(PurgeApi.of(client), queue, PurgeRunner.Options.defaults()).run(true);
 * }
 * }</pre>
 */
public final class PurgeQueue implements AutoCloseable {
    /** Past this size, a journal is rewritten on open with only what is still needed. */
    static final long COMPACT_AT_BYTES = 4L << 20;

    private final Map<Long, PurgeEntry> entries = new LinkedHashMap<>();
    private final Map<YearMonth, Integer> submittedPerMonth = new TreeMap<>();
    private final PurgeJournal journal;
    private long nextId = 1;
    private int interrupted;

    private PurgeQueue(Path folder, long compactAtBytes) throws IOException {
        this.journal = PurgeJournal.open(folder, this::replay);
        interrupted = (int) entries.values().stream().filter(e -> e.state() == State.SENDING).count();
        if (journal.size() > compactAtBytes) {
            compact();
        }
    }

    /** Opens (or creates) the queue in {@code folder}; throws {@link PurgeQueueInUseException} if another process has it. */
    public static PurgeQueue open(Path folder) throws IOException {
        return new PurgeQueue(folder, COMPACT_AT_BYTES);
    }

    /** With another compaction threshold, so tests need not write megabytes. */
    static PurgeQueue open(Path folder, long compactAtBytes) throws IOException {
        return new PurgeQueue(folder, compactAtBytes);
    }

    /**
     * Queues {@code urls} as one batch. Running the same batch again (the same set of URLs, in any
     * order) while any of it is unfinished resumes it: its entries are returned, completed ones
     * included, and nothing is queued twice. Once a batch is finished, the same URLs make a new one.
     */
    public synchronized List<PurgeEntry> enqueue(Collection<String> urls) {
        String batch = batchKey(urls);
        List<PurgeEntry> existing = entries.values().stream().filter(e -> batch.equals(e.batch())).toList();
        if (existing.stream().anyMatch(e -> !e.finished())) {
            return existing;
        }
        List<PurgeEntry> added = new ArrayList<>();
        List<Map<String, Object>> events = new ArrayList<>();
        for (String url : new java.util.LinkedHashSet<>(urls)) {
            PurgeEntry entry = new PurgeEntry(nextId++, batch, url, State.QUEUED, null, null, null);
            events.add(event("queued", entry.id(), "batch", batch, "url", url));
            added.add(entry);
        }
        write(events);
        added.forEach(e -> entries.put(e.id(), e));
        return added;
    }

    /** The same set of URLs gives the same key, whatever their order. */
    static String batchKey(Collection<String> urls) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            new java.util.TreeSet<>(urls).forEach(u -> sha.update((u + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return java.util.HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e); // every JDK has it
        }
    }

    /** About to send it: if the process dies now, the next run knows the answer may have been lost. */
    public synchronized PurgeEntry sending(long id) {
        return change(id, e -> e.with(State.SENDING), event("sending", id));
    }

    public synchronized PurgeEntry submitted(long id, String requestId, Instant at) {
        PurgeEntry entry = change(id, e -> e.submitted(requestId, at), event("submitted", id, "requestId", requestId, "at", at.toString()));
        submittedPerMonth.merge(month(at), 1, Integer::sum);
        return entry;
    }

    /** Back to queued: it was not accepted (a 429, a connection refused) or its answer was lost. */
    public synchronized PurgeEntry requeued(long id) {
        return change(id, PurgeEntry::requeued, event("requeued", id));
    }

    public synchronized PurgeEntry completed(long id) {
        return change(id, e -> e.with(State.COMPLETED), event("completed", id));
    }

    public synchronized PurgeEntry failed(long id, String reason) {
        return change(id, e -> e.failed(reason), event("failed", id, "error", reason));
    }

    public synchronized List<PurgeEntry> entries() {
        return List.copyOf(entries.values());
    }

    public synchronized List<PurgeEntry> unfinished() {
        return entries.values().stream().filter(e -> !e.finished()).toList();
    }

    public synchronized PurgeEntry entry(long id) {
        PurgeEntry entry = entries.get(id);
        if (entry == null) {
            throw new IllegalArgumentException("no purge entry " + id);
        }
        return entry;
    }

    /** Purge requests the service accepted from this queue in {@code month} (UTC). */
    public synchronized int submittedIn(YearMonth month) {
        return submittedPerMonth.getOrDefault(month, 0);
    }

    /** Entries found half-sent when the queue was opened: the process had died waiting for their answer. */
    public synchronized int interruptedAtOpen() {
        return interrupted;
    }

    private PurgeEntry change(long id, java.util.function.UnaryOperator<PurgeEntry> how, Map<String, Object> event) {
        PurgeEntry next = how.apply(entry(id));
        write(List.of(event));
        entries.put(id, next);
        return next;
    }

    private void replay(JsonNode event) {
        long id = event.path("id").asLong();
        switch (event.path("e").asText()) {
            case "queued" -> {
                entries.put(id, new PurgeEntry(id, event.path("batch").asText(""), event.path("url").asText(), State.QUEUED, null, null, null));
                nextId = Math.max(nextId, id + 1);
            }
            case "sending" -> entries.computeIfPresent(id, (k, e) -> e.with(State.SENDING));
            case "submitted" -> {
                Instant at = Instant.parse(event.path("at").asText());
                entries.computeIfPresent(id, (k, e) -> e.submitted(event.path("requestId").asText(), at));
                if (!event.path("counted").asBoolean(false)) {
                    submittedPerMonth.merge(month(at), 1, Integer::sum);
                }
            }
            case "requeued" -> entries.computeIfPresent(id, (k, e) -> e.requeued());
            case "completed" -> entries.computeIfPresent(id, (k, e) -> e.with(State.COMPLETED));
            case "failed" -> entries.computeIfPresent(id, (k, e) -> e.failed(event.path("error").asText()));
            case "count" -> submittedPerMonth.merge(YearMonth.parse(event.path("month").asText()), event.path("n").asInt(), Integer::sum);
            default -> { } // a newer version's event: ignored, not fatal
        }
    }

    /** Keeps the monthly counts and every entry of an unfinished batch; finished batches are history. */
    private void compact() throws IOException {
        List<Map<String, Object>> events = new ArrayList<>();
        submittedPerMonth.forEach((month, n) -> events.add(event("count", 0, "month", month.toString(), "n", n)));
        java.util.Set<String> open = new java.util.HashSet<>();
        entries.values().stream().filter(e -> !e.finished()).forEach(e -> open.add(e.batch()));
        List<PurgeEntry> keep = entries.values().stream().filter(e -> open.contains(e.batch()))
                .map(e -> e.state() == State.SENDING ? e.requeued() : e).toList();
        for (PurgeEntry e : keep) {
            events.add(event("queued", e.id(), "batch", e.batch(), "url", e.url()));
            if (e.submittedAt() != null) {
                // Written as "done" so replaying it does not count the month twice.
                events.add(event("submitted", e.id(), "requestId", e.requestId(), "at", e.submittedAt().toString(), "counted", true));
            }
            if (e.state() == State.COMPLETED) {
                events.add(event("completed", e.id()));
            } else if (e.state() == State.FAILED) {
                events.add(event("failed", e.id(), "error", e.error()));
            }
        }
        journal.rewrite(events);
        entries.clear();
        keep.forEach(e -> entries.put(e.id(), e));
    }

    private void write(List<Map<String, Object>> events) {
        if (events.isEmpty()) {
            return;
        }
        try {
            journal.append(events);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the purge queue: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> event(String kind, long id, Object... pairs) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("e", kind);
        event.put("id", id);
        for (int i = 0; i < pairs.length; i += 2) {
            event.put((String) pairs[i], pairs[i + 1]);
        }
        return event;
    }

    private static YearMonth month(Instant at) {
        return YearMonth.from(at.atOffset(ZoneOffset.UTC));
    }

    @Override
    public synchronized void close() throws IOException {
        journal.close();
    }
}
