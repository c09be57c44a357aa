package io.mediadesk.library.asset;

import io.mediadesk.library.metadata.MetaValue;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the file itself said at import (EXIF, IPTC, XMP), reduced to what people search by. The
 * service exposes such values as {@code embeddedMetadata.<Key>}; {@link #asValues} uses its key
 * names, so {@code "embeddedMetadata.Keywords" IN ["beach"]} means the same here and there.
 */
public record EmbeddedMetadata(Optional<Instant> dateTimeOriginal, Optional<String> make, Optional<String> model,
        Optional<Double> latitude, Optional<Double> longitude, List<String> keywords) {

    public static final EmbeddedMetadata NONE = new EmbeddedMetadata(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), List.of());

    public EmbeddedMetadata {
        keywords = List.copyOf(keywords);
    }

    /** "SONY DSC-RX100M4": make and model, the make left out when the model already says it. */
    public Optional<String> camera() {
        if (model.isEmpty()) return make;
        if (make.isEmpty() || model.get().startsWith(make.get())) return model;
        return Optional.of(make.get() + " " + model.get());
    }

    /** The searchable keys, in the service's spelling, with only the values present. */
    public Map<String, MetaValue> asValues() {
        Map<String, MetaValue> out = new LinkedHashMap<>();
        dateTimeOriginal.ifPresent(d -> out.put("DateTimeOriginal", new MetaValue.Moment(d)));
        make.ifPresent(v -> out.put("Make", new MetaValue.Text(v)));
        model.ifPresent(v -> out.put("Model", new MetaValue.Text(v)));
        latitude.ifPresent(v -> out.put("GPSLatitude", new MetaValue.Num(v)));
        longitude.ifPresent(v -> out.put("GPSLongitude", new MetaValue.Num(v)));
        if (!keywords.isEmpty()) {
            out.put("Keywords", new MetaValue.Many(keywords.stream().<MetaValue>map(MetaValue.Text::new).toList()));
        }
        return out;
    }

    /** The inverse of {@link #asValues}, for stores that keep the searchable form. */
    public static EmbeddedMetadata fromValues(Map<String, MetaValue> values) {
        return new EmbeddedMetadata(
                Optional.ofNullable(values.get("DateTimeOriginal")).map(v -> ((MetaValue.Moment) v).value()),
                text(values.get("Make")), text(values.get("Model")), number(values.get("GPSLatitude")),
                number(values.get("GPSLongitude")),
                values.containsKey("Keywords") ? values.get("Keywords").scalars().stream()
                        .map(v -> ((MetaValue.Text) v).value()).toList() : List.of());
    }

    private static Optional<String> text(MetaValue v) {
        return Optional.ofNullable(v).map(x -> ((MetaValue.Text) x).value());
    }

    private static Optional<Double> number(MetaValue v) {
        return Optional.ofNullable(v).map(x -> ((MetaValue.Num) x).value());
    }
}
