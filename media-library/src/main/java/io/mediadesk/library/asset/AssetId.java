package io.mediadesk.library.asset;

import io.mediadesk.library.InvalidValueException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * An asset's identity in this library: 24 lowercase hex digits, the shape of the service's
 * {@code fileId}, so ids look alike in both places. Random rather than derived from content,
 * because two assets may later hold the same bytes (a copy) and an edit keeps the id.
 */
public record AssetId(String value) implements Comparable<AssetId> {
    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{24}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public AssetId {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("id", "format", "not an asset id (24 lowercase hex digits): " + value);
        }
    }

    public static AssetId of(String value) {
        return new AssetId(value);
    }

    public static AssetId random() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return new AssetId(HexFormat.of().formatHex(bytes));
    }

    @Override
    public int compareTo(AssetId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
