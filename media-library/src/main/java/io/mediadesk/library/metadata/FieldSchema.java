package io.mediadesk.library.metadata;

import java.util.List;
import java.util.Optional;

/**
 * A custom metadata field's {@code schema} object (spec 3.12): its type and the rules its values
 * obey. Only data here; {@link CustomField} checks that the rules fit the type and each other,
 * because its messages need the field's name.
 *
 * @param minValue Number or Date fields only: a {@link MetaValue.Num} or {@link MetaValue.Moment}
 * @param minLength Text and Textarea only, in characters
 * @param selectOptions SingleSelect and MultiSelect only: text, number or boolean scalars
 */
public record FieldSchema(FieldType type, boolean required, Optional<MetaValue> defaultValue,
        Optional<MetaValue> minValue, Optional<MetaValue> maxValue, Optional<Integer> minLength,
        Optional<Integer> maxLength, List<MetaValue> selectOptions) {

    public FieldSchema {
        selectOptions = List.copyOf(selectOptions);
    }

    /** A field of {@code type} with no rules; add them with the {@code with...} methods. */
    public static FieldSchema of(FieldType type) {
        return new FieldSchema(type, false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
    }

    public FieldSchema required(MetaValue defaultValue) {
        return new FieldSchema(type, true, Optional.of(defaultValue), minValue, maxValue, minLength, maxLength, selectOptions);
    }

    public FieldSchema withDefault(MetaValue value) {
        return new FieldSchema(type, required, Optional.of(value), minValue, maxValue, minLength, maxLength, selectOptions);
    }

    public FieldSchema withRange(MetaValue min, MetaValue max) {
        return new FieldSchema(type, required, defaultValue, Optional.ofNullable(min), Optional.ofNullable(max), minLength,
                maxLength, selectOptions);
    }

    public FieldSchema withLength(Integer min, Integer max) {
        return new FieldSchema(type, required, defaultValue, minValue, maxValue, Optional.ofNullable(min),
                Optional.ofNullable(max), selectOptions);
    }

    public FieldSchema withOptions(List<MetaValue> options) {
        return new FieldSchema(type, required, defaultValue, minValue, maxValue, minLength, maxLength, options);
    }
}
