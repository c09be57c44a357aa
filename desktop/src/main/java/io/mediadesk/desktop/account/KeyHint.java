package io.mediadesk.desktop.account;

/**
 * The masked form of a private key, made once from the text a person typed, before it goes to the
 * credential store: the service's {@code private_} prefix and the last four characters, e.g.
 * {@code private_…abcd}. Enough to tell two keys apart, far too little to use. A key of fewer
 * than 12 characters shows no characters at all.
 */
public final class KeyHint {
    private static final int SHOWN_TAIL = 4;
    private static final int SHORTEST_WITH_TAIL = 12;

    private KeyHint() {
    }

    public static String of(String key) {
        String k = key.strip();
        int underscore = k.indexOf('_');
        String prefix = underscore > 0 && underscore <= 10 ? k.substring(0, underscore + 1) : "";
        if (k.length() - prefix.length() < SHORTEST_WITH_TAIL) {
            return prefix + "…";
        }
        return prefix + "…" + k.substring(k.length() - SHOWN_TAIL);
    }
}
