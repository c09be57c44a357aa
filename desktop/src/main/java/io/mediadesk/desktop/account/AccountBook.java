package io.mediadesk.desktop.account;

import java.util.List;

/**
 * The stored form of the profiles ({@code <library>/accounts.json}): every profile and the name
 * of the active one. Keys are not in it.
 */
public record AccountBook(String active, List<AccountProfile> profiles) {
    public static final AccountBook EMPTY = new AccountBook(null, List.of());

    public AccountBook {
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
    }
}
