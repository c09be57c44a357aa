package io.mediadesk.engine.transform;

import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * Splits a parameter token into key and value using the {@link Key} table, and explains tokens
 * whose key it does not know: the removed overlay keys, or a near miss ("did you mean").
 * The key is the shortest prefix, ending before a {@code -}, that the table knows, which is how
 * {@code e-sharpen-5}, {@code ar-4-3} and {@code n-my_preset} split correctly.
 */
final class KeyNames {
    /** Pre-layer overlay keys (spec 7.7) and their SDK long names; the CDN answers 400 since 1 Nov 2023. */
    private static final Set<String> REMOVED = Set.of("oi", "ox", "oy", "ofo", "ow", "oh", "oit", "oiar",
            "oibg", "oib", "oidpr", "oiq", "oic", "oifo", "ot", "ots", "otf", "otc", "oa", "ott", "obg", "ote",
            "otw", "otbg", "otp", "otia", "or", "overlayImage", "overlayX", "overlayY", "overlayFocus",
            "overlayWidth", "overlayHeight", "overlayText", "overlayTextFontSize", "overlayTextFontFamily",
            "overlayTextColor", "overlayAlpha", "overlayTextTypography", "overlayBackground",
            "overlayTextEncoded", "overlayTextWidth", "overlayTextBackground", "overlayTextPadding",
            "overlayTextInnerAlignment", "overlayRadius", "overlayImageTrim", "overlayImageAspectRatio",
            "overlayImageBackground", "overlayImageBorder", "overlayImageDPR", "overlayImageQuality",
            "overlayImageCropping", "overlayImageFocus");

    /** A token split into its key and its value text (null when written bare). */
    record Split(Key key, String value) {
    }

    private KeyNames() {
    }

    static Split split(String token, int position) {
        int dash = -1;
        do {
            int end = token.indexOf('-', dash + 1);
            String name = end < 0 ? token : token.substring(0, end);
            Optional<Key> key = Key.find(name);
            if (key.isPresent()) {
                return new Split(key.get(), end < 0 ? null : token.substring(end + 1));
            }
            dash = end;
        } while (dash >= 0);
        throw unknown(token, position);
    }

    private static InvalidTransformationException unknown(String token, int position) {
        int dash = token.indexOf('-');
        String name = dash < 0 ? token : token.substring(0, dash);
        if (REMOVED.contains(name)) {
            return InvalidTransformationException.at(token, position, "\"" + name
                    + "\" is a pre-layer overlay parameter, which the service removed in Nov 2023; "
                    + "use an l-image or l-text layer (l-image,i-logo.png,lx-10,l-end)");
        }
        String suggestion = closest(name).map(k -> " (did you mean " + spelled(k) + "?)").orElse("");
        return new InvalidTransformationException(token, position,
                "unknown parameter \"" + name + "\" at position " + position + suggestion);
    }

    private static String spelled(Key key) {
        String label = key.label();
        return label.equals(key.shortKey()) ? "\"" + label + "\""
                : "\"" + key.shortKey() + "\" / \"" + label + "\"";
    }

    /**
     * The key whose short or long name differs only in case, else is within edit distance 1
     * (names of 3-4 letters) or 2 (longer); 1-2 letter names are too short to guess from.
     */
    static Optional<Key> closest(String name) {
        record Candidate(String name, int distance) {
        }
        Optional<Key> caseOnly = Key.names().stream().filter(name::equalsIgnoreCase).findFirst().flatMap(Key::find);
        if (caseOnly.isPresent()) {
            return caseOnly;
        }
        int allowed = name.length() <= 2 ? 0 : name.length() <= 4 ? 1 : 2;
        return Key.names().stream()
                .filter(candidate -> Math.abs(candidate.length() - name.length()) <= allowed)
                .map(candidate -> new Candidate(candidate, distance(name, candidate)))
                .filter(c -> c.distance() <= allowed)
                .min(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name))
                .flatMap(c -> Key.find(c.name()));
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
