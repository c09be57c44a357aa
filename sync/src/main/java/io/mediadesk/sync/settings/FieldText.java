package io.mediadesk.sync.settings;

import io.mediadesk.library.metadata.DateText;
import io.mediadesk.sync.client.model.MetadataField;
import io.mediadesk.sync.client.model.MetadataFieldSchema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A field schema's rules as canonical text, so the library's and the service's definitions compare
 * as strings: {@code required default=V minValue=V maxValue=V minLength=N maxLength=N options=a|b},
 * in that order, each only when set; numbers without a trailing {@code .0}, dates as instants.
 */
public final class FieldText {
    private FieldText() {
    }

    public static FieldDef def(MetadataField f, boolean deleted) {
        return new FieldDef(f.id(), f.name(), f.label(), f.schema().type(), rules(f.schema()), deleted);
    }

    public static String rules(MetadataFieldSchema s) {
        boolean date = "Date".equals(s.type());
        List<String> out = new ArrayList<>();
        if (Boolean.TRUE.equals(s.isValueRequired())) out.add("required");
        if (s.defaultValue() != null) out.add("default=" + value(s.defaultValue(), date));
        if (s.minValue() != null) out.add("minValue=" + value(s.minValue(), date));
        if (s.maxValue() != null) out.add("maxValue=" + value(s.maxValue(), date));
        if (s.minLength() != null) out.add("minLength=" + s.minLength());
        if (s.maxLength() != null) out.add("maxLength=" + s.maxLength());
        if (s.selectOptions() != null && !s.selectOptions().isEmpty()) {
            out.add("options=" + s.selectOptions().stream().map(o -> value(o, false)).collect(Collectors.joining("|")));
        }
        return String.join(" ", out);
    }

    static String value(Object v, boolean date) {
        if (v instanceof List<?> list) return list.stream().map(o -> value(o, date)).collect(Collectors.joining("|", "[", "]"));
        if (v instanceof Number n) return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        if (date && v instanceof String s) return DateText.parseIso(s).map(Object::toString).orElse(s);
        return String.valueOf(v);
    }
}
