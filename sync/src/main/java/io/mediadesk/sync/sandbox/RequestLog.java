package io.mediadesk.sync.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The last requests the sandbox saw, bounded so a long-running sandbox does not grow without end
 * (about 10 MB when full), yet large enough for the purge benchmark's whole run (10,000 URLs: a
 * submission and a poll each, plus the 429s) to be checked request by request.
 */
final class RequestLog {
    private static final int CAPACITY = 100_000;
    private final Deque<RequestRecord> records = new ArrayDeque<>();

    synchronized void add(RequestRecord record) {
        if (records.size() == CAPACITY) {
            records.removeFirst();
        }
        records.addLast(record);
    }

    synchronized List<RequestRecord> snapshot() {
        return List.copyOf(records);
    }
}
