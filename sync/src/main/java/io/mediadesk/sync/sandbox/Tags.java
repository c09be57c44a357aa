package io.mediadesk.sync.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The spec's tag rules: no {@code %}, no empty tags, at most 500 characters in all; duplicates collapse. */
final class Tags {
    static final int MAX_TOTAL_CHARS = 500;

    private Tags() {
    }

    /** Upload's comma-separated {@code tags} field. */
    static List<String> parse(String csv) {
        List<String> tags = new ArrayList<>();
        for (String tag : csv.split(",")) {
            tags.add(tag.trim());
        }
        return check(tags);
    }

    static List<String> check(List<String> tags) {
        int total = 0;
        for (String tag : tags) {
            if (tag.isBlank()) {
                throw ApiError.badRequest("Tags cannot be empty.");
            }
            if (tag.contains("%")) {
                throw ApiError.badRequest("Tags cannot contain the % character: " + tag);
            }
            total += tag.length();
        }
        if (total > MAX_TOTAL_CHARS) {
            throw ApiError.badRequest("Tags may have at most " + MAX_TOTAL_CHARS + " characters in total.");
        }
        return new ArrayList<>(new LinkedHashSet<>(tags));
    }

    /** {@code x,y,width,height}, four non-negative integers; the spec's example is {@code 10,10,100,100}. */
    static String coordinates(String text) {
        if (!text.matches("\\d+,\\d+,\\d+,\\d+")) {
            throw ApiError.badRequest("customCoordinates must be \"x,y,width,height\", e.g. 10,10,100,100.");
        }
        return text;
    }
}
