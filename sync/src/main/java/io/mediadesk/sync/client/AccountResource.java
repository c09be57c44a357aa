package io.mediadesk.sync.client;

import com.fasterxml.jackson.core.type.TypeReference;
import io.mediadesk.sync.client.model.AccountUsage;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The account itself ({@code /v1/accounts/...}): its usage. A restricted key without the
 * permission gets 403, raised as {@link io.mediadesk.sync.client.error.AuthenticationException}
 * like every 401/403.
 */
public final class AccountResource {
    private static final TypeReference<AccountUsage> USAGE = new TypeReference<>() { };
    /** The service's limit: the range must be shorter than this. */
    public static final int MAX_RANGE_DAYS = 90;

    private final Endpoints endpoints;

    AccountResource(Endpoints endpoints) {
        this.endpoints = endpoints;
    }

    /**
     * Usage from {@code start} up to, not including, {@code end} (the service's rule). Checked here
     * first: {@code end} after {@code start}, fewer than 90 days apart.
     */
    public AccountUsage usage(LocalDate start, LocalDate end) {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("the end date " + end + " must be after the start date " + start);
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_RANGE_DAYS) {
            throw new IllegalArgumentException("usage is asked for fewer than " + MAX_RANGE_DAYS + " days at a time, not "
                    + ChronoUnit.DAYS.between(start, end));
        }
        return endpoints.get(endpoints.api("v1", "accounts", "usage").addQueryParameter("startDate", start.toString())
                .addQueryParameter("endDate", end.toString()).build(), USAGE);
    }
}
