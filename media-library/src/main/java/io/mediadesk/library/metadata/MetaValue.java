package io.mediadesk.library.metadata;

import java.time.Instant;
import java.util.List;

/**
 * One custom or embedded metadata value, typed the way JSON and the service type it: text, number,
 * boolean, date (an ISO 8601 string on the wire, an instant here), or a list of those for a
 * MultiSelect field or a keyword list. Stores keep one row per scalar, so every adapter and the
 * reference evaluator see the same {@link #scalars()}.
 */
public sealed interface MetaValue {

    record Text(String value) implements MetaValue {
        public Text {
            if (value == null) throw new IllegalArgumentException("text value is null");
        }
    }

    record Num(double value) implements MetaValue {
        public Num {
            if (!Double.isFinite(value)) throw new IllegalArgumentException("number value is not finite: " + value);
        }
    }

    record Flag(boolean value) implements MetaValue {
    }

    record Moment(Instant value) implements MetaValue {
        public Moment {
            if (value == null) throw new IllegalArgumentException("date value is null");
        }
    }

    /** A list of scalars; nesting is refused because no field type holds lists of lists. */
    record Many(List<MetaValue> values) implements MetaValue {
        public Many {
            values = List.copyOf(values);
            if (values.stream().anyMatch(v -> v instanceof Many)) {
                throw new IllegalArgumentException("a list value cannot hold lists");
            }
        }
    }

    /** The scalars: the list's elements, or this value alone. */
    default List<MetaValue> scalars() {
        return this instanceof Many many ? many.values() : List.of(this);
    }

    /** The value as plain Java for JSON: String, Double, Boolean, ISO string, or a list of those. */
    default Object plain() {
        if (this instanceof Text t) return t.value();
        if (this instanceof Num n) return n.value();
        if (this instanceof Flag f) return f.value();
        if (this instanceof Moment m) return m.value().toString();
        return ((Many) this).values().stream().map(MetaValue::plain).toList();
    }
}
