package io.mediadesk.sync.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A custom metadata field: {@code name} is the key in {@code customMetadata}, {@code label} what people see. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MetadataField(String id, String name, String label, MetadataFieldSchema schema, String description) {
}
