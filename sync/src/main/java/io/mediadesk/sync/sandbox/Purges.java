package io.mediadesk.sync.sandbox;

import java.net.URI;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * Cache purge requests (spec 4): the URL and wildcard rules, the monthly quota, and the status that
 * reads Pending for a few polls or a while, then Completed. Used by the purge endpoint and by
 * renames with {@code purgeCache}.
 */
final class Purges {
    private final Store store;
    private final Account account;

    Purges(Store store, Account account) {
        this.store = store;
        this.account = account;
    }

    /** Validates {@code url}, counts it against the quota and returns the new request's id. */
    String submit(String url) {
        checkWildcard(pathOf(url));
        return record(url);
    }

    /**
     * A purge the service issues itself ({@code <old url>*} after a rename): it skips the wildcard
     * rules meant for users, but still counts against the quota.
     */
    String submitInternal(String url) {
        return record(url);
    }

    private String record(String url) {
        State state = store.state();
        String month = YearMonth.from(store.clock().instant().atOffset(ZoneOffset.UTC)).toString();
        if (!month.equals(state.purgeMonth)) {
            state.purgeMonth = month;
            state.purgesThisMonth = 0;
        }
        if (state.purgesThisMonth >= account.purgeQuota()) {
            throw ApiError.reason(403, "PURGE_QUOTA_EXCEEDED",
                    "The account has used its " + account.purgeQuota() + " cache purge requests for this month.");
        }
        state.purgesThisMonth++;
        PurgeRequest request = new PurgeRequest();
        request.id = store.ids().objectId();
        request.url = url;
        request.createdAtMillis = store.clock().millis();
        state.purges.put(request.id, request);
        return request.id;
    }

    String status(String requestId) {
        PurgeRequest request = store.state().purges.get(requestId);
        if (request == null) {
            throw ApiError.badRequest("No request found for this requestId.");
        }
        request.polls++;
        boolean done = request.polls > account.purgePendingPolls()
                || store.clock().millis() - request.createdAtMillis >= account.purgePendingFor().toMillis();
        return done ? "Completed" : "Pending";
    }

    /** The path after the URL endpoint (or, for another host, after its first segment, the account id). */
    private String pathOf(String url) {
        String endpoint = account.urlEndpoint() + "/";
        if (url.startsWith(endpoint)) {
            return "/" + url.substring(endpoint.length());
        }
        try {
            URI uri = URI.create(url.replace("*", "%2A"));
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replace("%2A", "*");
            if (!uri.isAbsolute() || !uri.getScheme().startsWith("http") || path.indexOf('/', 1) < 0) {
                throw invalid();
            }
            return path.substring(path.indexOf('/', 1));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** One {@code *}, at the end, after at least two levels, or 15 characters, or a whole file name. */
    private static void checkWildcard(String path) {
        int star = path.indexOf('*');
        if (star < 0) {
            return;
        }
        if (star != path.length() - 1) {
            throw invalid();
        }
        String prefix = path.substring(0, star);
        if (prefix.equals("/media/catalog/") || prefix.equals("/s/files/")) {
            throw invalid();
        }
        long levels = java.util.Arrays.stream(prefix.split("/")).filter(s -> !s.isEmpty()).count();
        boolean twoLevels = levels >= 2;
        boolean fileName = prefix.matches(".*/[^/]+\\.[A-Za-z0-9]+");
        if (!twoLevels && prefix.length() < 15 && !fileName) {
            throw invalid();
        }
    }

    private static ApiError invalid() {
        return ApiError.badRequest("The URL is not valid for cache purging.");
    }
}
