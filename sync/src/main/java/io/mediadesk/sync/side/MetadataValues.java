package io.mediadesk.sync.side;

import io.mediadesk.library.metadata.FieldType;
import io.mediadesk.library.metadata.MetaValue;
import io.mediadesk.library.metadata.MetadataSchema;
import io.mediadesk.sync.snapshot.MetadataText;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** Custom metadata between the library's typed values and the sync's canonical JSON text. */
final class MetadataValues {
    private MetadataValues() {
    }

    static TreeMap<String, String> text(Map<String, MetaValue> values) {
        TreeMap<String, String> out = new TreeMap<>();
        values.forEach((k, v) -> out.put(k, MetadataText.of(v.plain())));
        return out;
    }

    /** Typed by the library's schema: a date field's text becomes a date; a field the library lacks is refused there. */
    static Map<String, MetaValue> typed(Map<String, String> text, MetadataSchema schema) {
        Map<String, MetaValue> out = new TreeMap<>();
        text.forEach((k, v) -> {
            boolean date = schema.field(k).map(f -> f.type() == FieldType.DATE).orElse(false);
            out.put(k, value(MetadataText.plain(v), date));
        });
        return out;
    }

    private static MetaValue value(Object plain, boolean date) {
        if (plain instanceof Number n) return new MetaValue.Num(n.doubleValue());
        if (plain instanceof Boolean b) return new MetaValue.Flag(b);
        if (plain instanceof Collection<?> list) return new MetaValue.Many(list.stream().map(v -> value(v, date)).toList());
        return date ? new MetaValue.Moment(Instant.parse(String.valueOf(plain))) : new MetaValue.Text(String.valueOf(plain));
    }
}
