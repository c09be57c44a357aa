package io.mediadesk.sync.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A custom metadata field's schema (spec §3.12). {@code type} is one of Text, Textarea, Number,
 * Date, Boolean, SingleSelect, MultiSelect; values and bounds stay {@code Object} because their type
 * follows {@code type} (a Date bound is an ISO string, a Number bound a number).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MetadataFieldSchema(String type, List<Object> selectOptions, Object defaultValue,
        Boolean isValueRequired, Object minValue, Object maxValue, Integer minLength, Integer maxLength) {

    public static MetadataFieldSchema of(String type) {
        return new MetadataFieldSchema(type, null, null, null, null, null, null, null);
    }
}
