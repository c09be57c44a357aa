package io.mediadesk.library.preset;

import io.mediadesk.library.InvalidValueException;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named transformation as the library keeps it: the service's object ({@code name},
 * {@code transformation} without {@code tr:}, {@code createdAt}) plus what only the library has:
 * a {@code description} (local, the service has none), the {@code version} (the number of its newest
 * {@link PresetVersion}, also the optimistic-concurrency token an update must quote), the last change
 * time, and whether it sits in the trash ({@code deleted}).
 */
public record Preset(String name, String transformation, String description, int version, Instant createdAt,
        Instant updatedAt, boolean deleted) {

    /** The service's rule: case-sensitive, {@code [A-Za-z0-9_]} only. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");

    /** Ours (the service states none): long enough for any real name, short enough for a URL. */
    public static final int MAX_NAME_LENGTH = 100;

    /** Ours: a note for people, not a document. */
    public static final int MAX_DESCRIPTION_LENGTH = 1000;

    public Preset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(transformation, "transformation");
        description = description == null ? "" : description;
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * Checks a preset name against the service's rule and returns it.
     *
     * @throws InvalidValueException naming the rule: {@code required}, {@code characters} or {@code maxLength}
     */
    public static String checkName(String name) {
        if (name == null || name.isEmpty()) {
            throw new InvalidValueException("name", "required", "a preset needs a name ([A-Za-z0-9_], e.g. thumb_small)");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidValueException("name", "maxLength",
                    "preset name \"" + name.substring(0, 20) + "...\" is " + name.length() + " characters; at most " + MAX_NAME_LENGTH);
        }
        if (!NAME.matcher(name).matches()) {
            int bad = 0;
            while (bad < name.length() && NAME.matcher(name.substring(bad, bad + 1)).matches()) bad++;
            throw new InvalidValueException("name", "characters", "preset name \"" + name + "\" may hold only letters A-Z a-z, digits and _ (the service's rule); '"
                    + name.charAt(bad) + "' at position " + bad + " is not allowed");
        }
        return name;
    }

    static String checkDescription(String description) {
        String d = description == null ? "" : description.strip();
        if (d.length() > MAX_DESCRIPTION_LENGTH) {
            throw new InvalidValueException("description", "maxLength",
                    "a preset description may be at most " + MAX_DESCRIPTION_LENGTH + " characters, was " + d.length());
        }
        return d;
    }
}
