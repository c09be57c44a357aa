package io.mediadesk.sync.client.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The merged result of a bulk call over all its chunks: which files succeeded, which failed and
 * why (a 207 partial success), and which the service did not find (a 404 with
 * {@code missingFileIds}).
 */
public record BulkOutcome(List<String> succeeded, Map<String, String> failed, List<String> missing) {

    public BulkOutcome {
        succeeded = List.copyOf(succeeded);
        failed = Map.copyOf(failed);
        missing = List.copyOf(missing);
    }

    public static BulkOutcome empty() {
        return new BulkOutcome(List.of(), Map.of(), List.of());
    }

    public boolean complete() {
        return failed.isEmpty() && missing.isEmpty();
    }

    public BulkOutcome plus(BulkOutcome other) {
        List<String> ok = new ArrayList<>(succeeded);
        ok.addAll(other.succeeded);
        Map<String, String> bad = new LinkedHashMap<>(failed);
        bad.putAll(other.failed);
        List<String> gone = new ArrayList<>(missing);
        gone.addAll(other.missing);
        return new BulkOutcome(ok, bad, gone);
    }
}
