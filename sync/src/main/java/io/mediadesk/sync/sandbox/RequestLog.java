package io.mediadesk.sync.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The last requests the sandbox saw, bounded so a long-running sandbox does not grow without end. */
final class RequestLog {
    private static final int CAPACITY = 10_000;
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
