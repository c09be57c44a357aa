package io.mediadesk.sync.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * Technical metadata of a stored file or a delivery URL (spec §3.11). {@code exif} stays an open
 * map: its sub-objects vary by camera and the service adds keys.
 */
public record FileMetadata(Integer height, Integer width, Long size, String format, Boolean hasColorProfile,
        Integer quality, Integer density, Boolean hasTransparency, @JsonProperty("pHash") String perceptualHash,
        Double duration, Long bitRate, String audioCodec, String videoCodec, Map<String, Object> exif) {
}
