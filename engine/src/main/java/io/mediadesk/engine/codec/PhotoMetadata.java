package io.mediadesk.engine.codec;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The few facts a media library files photos by, read from EXIF, IPTC and XMP: when it was taken,
 * with which camera, where, and the photographer's keywords. Anything absent or unreadable is
 * empty; a photo with broken metadata is still a photo.
 *
 * @param taken EXIF DateTimeOriginal, read as UTC because EXIF stores no zone
 * @param latitude decimal degrees, north positive; present only together with {@code longitude}
 * @param keywords IPTC Keywords and XMP {@code dc:subject}, trimmed, de-duplicated, in file order
 */
public record PhotoMetadata(Optional<Instant> taken, Optional<String> make, Optional<String> model,
        Optional<Double> latitude, Optional<Double> longitude, List<String> keywords) {

    public static final PhotoMetadata NONE = new PhotoMetadata(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), List.of());

    public PhotoMetadata {
        keywords = List.copyOf(keywords);
        if (latitude.isPresent() != longitude.isPresent()) {
            latitude = Optional.empty();
            longitude = Optional.empty();
        }
    }
}
