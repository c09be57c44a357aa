package io.mediadesk.desktop.cli;

import io.mediadesk.sync.purge.PurgeEntry;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What {@code purge} prints on stdout: the contract's {@code {"requests":[{"url","requestId","status"}]}}
 * (plus {@code error} for a refused URL), or one line per URL, {@code STATUS REQUEST-ID URL}. The
 * status is the service's word where it has one: Pending, Completed; and Queued (not sent: the run
 * stopped first) or Failed (refused by the service).
 */
final class PurgeResults {
    private final List<PurgeEntry> entries;

    PurgeResults(List<PurgeEntry> entries) {
        this.entries = entries;
    }

    void print(PrintWriter out, boolean json) {
        List<Map<String, Object>> requests = entries.stream().map(PurgeResults::json).toList();
        String text = entries.stream().map(e -> String.format("%-9s %-24s %s", status(e), e.request().orElse("-"), e.url()))
                .collect(Collectors.joining(System.lineSeparator()));
        new Output(out, json).result(Map.of("requests", requests), text);
    }

    private static Map<String, Object> json(PurgeEntry e) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("url", e.url());
        item.put("requestId", e.requestId());
        item.put("status", status(e));
        if (e.error() != null) {
            item.put("error", e.error());
        }
        return item;
    }

    static String status(PurgeEntry e) {
        return switch (e.state()) {
            case QUEUED, SENDING -> "Queued";
            case SUBMITTED -> "Pending";
            case COMPLETED -> "Completed";
            case FAILED -> "Failed";
        };
    }
}
