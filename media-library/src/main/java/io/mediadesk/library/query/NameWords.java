package io.mediadesk.library.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a name for {@code name HAS "..."}: lower-cased runs of letters and digits, so
 * {@code Red-Dress_2024.JPG} reads as red, dress, 2024, jpg. Stores keep {@link #indexed} next to
 * the name so the match is a plain substring test.
 */
public final class NameWords {
    private NameWords() {
    }

    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        });
        if (word.length() > 0) out.add(word.toString());
        return out;
    }

    /** The words of all of an asset's tags together, for {@code tags HAS}: a tag never holds a space's meaning across tags. */
    public static List<String> ofTags(java.util.Collection<io.mediadesk.library.asset.Tag> tags) {
        return of(String.join(" ", tags.stream().map(io.mediadesk.library.asset.Tag::value).toList()));
    }

    /** The words of a metadata value's text scalars together, for {@code "customMetadata.x" HAS}; numbers, dates, flags have none. */
    public static List<String> ofValue(io.mediadesk.library.metadata.MetaValue value) {
        if (value == null) return List.of();
        return of(String.join(" ", value.scalars().stream().filter(s -> s instanceof io.mediadesk.library.metadata.MetaValue.Text)
                .map(s -> ((io.mediadesk.library.metadata.MetaValue.Text) s).value()).toList()));
    }

    /** " red dress 2024 jpg ": every word between single spaces, so " red " finds a whole word and " dr" a word start. */
    public static String indexed(String name) {
        return " " + String.join(" ", of(name)) + " ";
    }
}
