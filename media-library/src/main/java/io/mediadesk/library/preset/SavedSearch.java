package io.mediadesk.library.preset;

import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.query.SortKey;
import java.time.Instant;
import java.util.Objects;

/**
 * A saved search (a smart collection): a name, a query in the service's searchQuery language and a
 * sort key. Running it is an ordinary search, so it always shows the library as it is now. Local to
 * the library (the service has no such object). {@code version} is the optimistic-concurrency token.
 */
public record SavedSearch(String name, String query, SortKey sort, int version, Instant createdAt, Instant updatedAt) {

    public static final int MAX_NAME_LENGTH = 100;

    public SavedSearch {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A name people choose ("Summer 2024, approved"): 1-100 characters, no control characters, no outer spaces. */
    public static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "required", "a saved search needs a name");
        }
        if (!name.equals(name.strip())) {
            throw new InvalidValueException("name", "characters", "saved search name \"" + name + "\" starts or ends with a space");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidValueException("name", "maxLength", "a saved search name may be at most " + MAX_NAME_LENGTH
                    + " characters, was " + name.length());
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("name", "characters", "saved search name \"" + name.replaceAll("\\p{Cntrl}", "?")
                    + "\" holds a control character");
        }
        return name;
    }
}
