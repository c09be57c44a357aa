package io.mediadesk.sync.sandbox;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /v1/accounts/usage?startDate=YYYY-MM-DD&endDate=YYYY-MM-DD} (spec 3; the SDKs' shape):
 * the figures come from the account's state. {@code mediaLibraryStorageBytes} is what every stored
 * version holds now (a version counts as the service counts it, even where two share a blob);
 * {@code bandwidthBytes} is what delivery URLs served on the days from {@code startDate} up to, not
 * including, {@code endDate}. The sandbox runs no video processing, extensions (it refuses them) or
 * origins, so those three counters are honestly 0. The range must be under 90 days; a key without
 * the permission ({@link Sandbox#usagePermission}) gets 403.
 */
final class UsageHandler {
    static final int MAX_DAYS = 90;

    private final Store store;
    private final Account account;

    UsageHandler(Store store, Account account) {
        this.store = store;
        this.account = account;
    }

    void register(Routes routes) {
        routes.add("GET", "/v1/accounts/usage", Family.ACCOUNTS, this::usage);
    }

    private Reply usage(Call call) {
        if (!account.usagePermission()) {
            throw new ApiError(403, "Your API key does not have the permission to read account usage.");
        }
        LocalDate start = date(call, "startDate");
        LocalDate end = date(call, "endDate");
        if (!end.isAfter(start)) {
            throw ApiError.badRequest("endDate should be after startDate.");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw ApiError.badRequest("The difference between startDate and endDate should be less than " + MAX_DAYS + " days.");
        }
        State state = store.state();
        long storage = state.files.values().stream().flatMap(f -> f.versions.stream()).mapToLong(v -> v.size).sum();
        long bandwidth = state.deliveredBytes.entrySet().stream()
                .filter(e -> !LocalDate.parse(e.getKey()).isBefore(start) && LocalDate.parse(e.getKey()).isBefore(end))
                .mapToLong(Map.Entry::getValue).sum();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("bandwidthBytes", bandwidth);
        body.put("mediaLibraryStorageBytes", storage);
        body.put("videoProcessingUnitsCount", 0);
        body.put("extensionUnitsCount", 0);
        body.put("originalCacheStorageBytes", 0);
        return Reply.ok(body);
    }

    private static LocalDate date(Call call, String name) {
        String text = call.query(name).orElseThrow(() -> ApiError.badRequest(name + " is required (YYYY-MM-DD)."));
        try {
            if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) throw new DateTimeParseException("shape", text, 0);
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name + " must be a date in YYYY-MM-DD form, not \"" + text + "\".");
        }
    }
}
