package io.mediadesk.library.metadata;

import io.mediadesk.library.InvalidValueException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** The rules of spec 3.12, for a schema and for one value, with messages that name field and rule. */
final class FieldRules {
    private FieldRules() {
    }

    static void checkSchema(String field, FieldSchema s) {
        FieldType t = s.type();
        if (t == null) throw fail(field, "type", "field " + field + " needs a type");
        if (t.select() && s.selectOptions().isEmpty()) {
            throw fail(field, "selectOptions", t.wireName() + " field " + field + " needs selectOptions");
        }
        if (!t.select() && !s.selectOptions().isEmpty()) {
            throw fail(field, "selectOptions", "selectOptions are only for SingleSelect and MultiSelect, not " + t.wireName());
        }
        for (MetaValue o : s.selectOptions()) {
            if (o instanceof MetaValue.Many || o instanceof MetaValue.Moment) {
                throw fail(field, "selectOptions", "select options of " + field + " are text, numbers or booleans");
            }
        }
        checkRange(field, s);
        checkLengths(field, s);
        if (s.required() && s.defaultValue().isEmpty()) {
            throw fail(field, "defaultValue", "field " + field + " is required, so it needs a defaultValue");
        }
        s.defaultValue().ifPresent(v -> checkValue(field, s, v));
    }

    private static void checkRange(String field, FieldSchema s) {
        if (s.minValue().isEmpty() && s.maxValue().isEmpty()) return;
        if (!s.type().ordered()) {
            throw fail(field, "minValue", "minValue/maxValue are only for Number and Date, not " + s.type().wireName());
        }
        Class<?> kind = s.type() == FieldType.NUMBER ? MetaValue.Num.class : MetaValue.Moment.class;
        for (Optional<MetaValue> bound : List.of(s.minValue(), s.maxValue())) {
            if (bound.isPresent() && !kind.isInstance(bound.get())) {
                throw fail(field, "minValue", "the bounds of " + field + " must be " + (kind == MetaValue.Num.class ? "numbers" : "dates"));
            }
        }
        if (s.minValue().isPresent() && s.maxValue().isPresent() && compare(s.minValue().get(), s.maxValue().get()) > 0) {
            throw fail(field, "maxValue", "maxValue of " + field + " is below its minValue");
        }
    }

    private static void checkLengths(String field, FieldSchema s) {
        if (s.minLength().isEmpty() && s.maxLength().isEmpty()) return;
        if (!s.type().textual()) {
            throw fail(field, "minLength", "minLength/maxLength are only for Text and Textarea, not " + s.type().wireName());
        }
        if (s.minLength().orElse(0) < 0 || s.maxLength().orElse(0) < 0) {
            throw fail(field, "minLength", "lengths of " + field + " cannot be negative");
        }
        if (s.minLength().isPresent() && s.maxLength().isPresent() && s.minLength().get() > s.maxLength().get()) {
            throw fail(field, "maxLength", "maxLength of " + field + " is below its minLength");
        }
    }

    static MetaValue checkValue(String field, FieldSchema s, MetaValue value) {
        if (value == null) throw fail(field, "required", "field " + field + " needs a value");
        return switch (s.type()) {
            case TEXT, TEXTAREA -> text(field, s, value);
            case NUMBER, DATE -> ordered(field, s, value);
            case BOOLEAN -> expect(field, s, value, MetaValue.Flag.class);
            case SINGLE_SELECT -> option(field, s, value);
            case MULTI_SELECT -> options(field, s, value);
        };
    }

    private static MetaValue text(String field, FieldSchema s, MetaValue value) {
        MetaValue.Text t = (MetaValue.Text) expect(field, s, value, MetaValue.Text.class);
        int length = t.value().codePointCount(0, t.value().length());
        if (s.minLength().isPresent() && length < s.minLength().get()) {
            throw fail(field, "minLength", field + " must be at least " + s.minLength().get() + " characters, was " + length);
        }
        if (s.maxLength().isPresent() && length > s.maxLength().get()) {
            throw fail(field, "maxLength", field + " must be at most " + s.maxLength().get() + " characters, was " + length);
        }
        return t;
    }

    private static MetaValue ordered(String field, FieldSchema s, MetaValue value) {
        MetaValue v = value;
        if (s.type() == FieldType.DATE && value instanceof MetaValue.Text t) {
            v = DateText.parseIso(t.value()).<MetaValue>map(MetaValue.Moment::new).orElse(value);
        }
        v = expect(field, s, v, s.type() == FieldType.NUMBER ? MetaValue.Num.class : MetaValue.Moment.class);
        if (s.minValue().isPresent() && compare(v, s.minValue().get()) < 0) {
            throw fail(field, "minValue", field + " must be at least " + s.minValue().get().plain() + ", was " + v.plain());
        }
        if (s.maxValue().isPresent() && compare(v, s.maxValue().get()) > 0) {
            throw fail(field, "maxValue", field + " must be at most " + s.maxValue().get().plain() + ", was " + v.plain());
        }
        return v;
    }

    private static MetaValue option(String field, FieldSchema s, MetaValue value) {
        if (!s.selectOptions().contains(value)) {
            throw fail(field, "selectOptions", field + " must be one of " + plain(s.selectOptions()) + ", was " + value.plain());
        }
        return value;
    }

    private static MetaValue options(String field, FieldSchema s, MetaValue value) {
        List<MetaValue> chosen = value.scalars();
        for (MetaValue v : chosen) {
            option(field, s, v);
        }
        if (new HashSet<>(chosen).size() != chosen.size()) {
            throw fail(field, "selectOptions", field + " lists an option twice: " + plain(chosen));
        }
        return new MetaValue.Many(chosen);
    }

    private static MetaValue expect(String field, FieldSchema s, MetaValue value, Class<? extends MetaValue> kind) {
        if (!kind.isInstance(value)) {
            throw fail(field, "type", field + " is a " + s.type().wireName() + " field; " + value.plain() + " does not fit");
        }
        return value;
    }

    static int compare(MetaValue a, MetaValue b) {
        if (a instanceof MetaValue.Num x && b instanceof MetaValue.Num y) return Double.compare(x.value(), y.value());
        return ((MetaValue.Moment) a).value().compareTo(((MetaValue.Moment) b).value());
    }

    /** 3 rather than 3.0, so numeric options read as people typed them. */
    static String numberText(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static List<Object> plain(List<MetaValue> values) {
        return values.stream().map(MetaValue::plain).toList();
    }

    private static InvalidValueException fail(String field, String rule, String message) {
        return new InvalidValueException(field, rule, message);
    }
}
