package io.mediadesk.engine.plan;

import io.mediadesk.engine.transform.Key;
import io.mediadesk.engine.transform.Value;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * How the result is encoded, kept apart from geometry: {@code f q pr lo md cp}, and which frame
 * of an animation is served ({@code pg-N}, 1-based; empty: all frames when the output animates,
 * else frame 1). Absent format and quality mean "the caller's default" (the service's dashboard
 * settings); the flags default to false as the service's do. The parameters may sit in any step;
 * they describe the one final encode, so a later step's value replaces an earlier one's (with a
 * notice).
 */
public record OutputSpec(Optional<String> format, OptionalInt quality, boolean progressive, boolean lossless,
        boolean metadata, boolean colourProfile, OptionalInt page) {

    public static final OutputSpec DEFAULT = new OutputSpec(Optional.empty(), OptionalInt.empty(),
            false, false, false, false);

    public OutputSpec(Optional<String> format, OptionalInt quality, boolean progressive, boolean lossless,
            boolean metadata, boolean colourProfile) {
        this(format, quality, progressive, lossless, metadata, colourProfile, OptionalInt.empty());
    }

    /** This spec serving frame {@code value} (1-based) of an animation as a still. */
    OutputSpec withPage(int value) {
        return new OutputSpec(format, quality, progressive, lossless, metadata, colourProfile, OptionalInt.of(value));
    }

    /** The keys this record holds. */
    static final Set<Key> KEYS = Set.of(Key.F, Key.Q, Key.PR, Key.LO, Key.MD, Key.CP);

    /** Whether {@code key} was already set (away from its default) by an earlier step. */
    boolean has(Key key) {
        return switch (key) {
            case F -> format.isPresent();
            case Q -> quality.isPresent();
            case PR -> progressive;
            case LO -> lossless;
            case MD -> metadata;
            case CP -> colourProfile;
            default -> false;
        };
    }

    /** This spec with one output parameter replaced. */
    OutputSpec with(Key key, Value value) {
        boolean on = value instanceof Value.Flag f && f.on();
        return withPageOf(switch (key) {
            case F -> new OutputSpec(Optional.of(value.toString()), quality, progressive, lossless, metadata, colourProfile);
            case Q -> new OutputSpec(format, OptionalInt.of(((Value.Num) value).intValue()), progressive, lossless,
                    metadata, colourProfile);
            case PR -> new OutputSpec(format, quality, on, lossless, metadata, colourProfile);
            case LO -> new OutputSpec(format, quality, progressive, on, metadata, colourProfile);
            case MD -> new OutputSpec(format, quality, progressive, lossless, on, colourProfile);
            case CP -> new OutputSpec(format, quality, progressive, lossless, metadata, on);
            default -> throw new IllegalArgumentException(key + " is not an output parameter");
        });
    }

    private OutputSpec withPageOf(OutputSpec other) {
        return page.isPresent() ? other.withPage(page.getAsInt()) : other;
    }

    /** Whether the output is explicitly WebP, whose sides may not exceed 16383 px. */
    public boolean isWebp() {
        return format.filter("webp"::equals).isPresent();
    }
}
