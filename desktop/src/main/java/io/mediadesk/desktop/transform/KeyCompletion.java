package io.mediadesk.desktop.transform;

import io.mediadesk.engine.transform.Key;
import io.mediadesk.engine.transform.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Which parameter keys fit what is being typed at the caret, from the engine's {@link Key} table
 * (short keys and SDK long names alike), shortest first. Only the token under the caret counts,
 * and only while it is still a key: once a value is typed no name starts with it.
 */
public final class KeyCompletion {
    static final int MAX = 12;

    private KeyCompletion() {
    }

    /** The token being typed: from the last separator before the caret to the caret. */
    public static int tokenStart(String text, int caret) {
        int start = Math.max(text.lastIndexOf(',', caret - 1), text.lastIndexOf(':', caret - 1)) + 1;
        int prefix = TransformSyntax.prefixLength(text);
        return start < prefix ? prefix : start;
    }

    public static List<KeySuggestion> suggest(String text, int caret) {
        if (caret < 0 || caret > text.length()) {
            return List.of();
        }
        String typed = text.substring(tokenStart(text, caret), caret).toLowerCase(Locale.ROOT);
        if (typed.isEmpty()) {
            return List.of();
        }
        List<KeySuggestion> found = new ArrayList<>();
        for (Key key : Key.values()) {
            if (!key.validIn(Scope.TOP)) {
                continue;
            }
            for (String name : names(key)) {
                if (name.toLowerCase(Locale.ROOT).startsWith(typed)) {
                    found.add(new KeySuggestion(key, name));
                }
            }
        }
        found.sort(Comparator.comparing((KeySuggestion s) -> s.name().length()));
        return found.size() > MAX ? found.subList(0, MAX) : found;
    }

    private static List<String> names(Key key) {
        List<String> names = new ArrayList<>(List.of(key.shortKey()));
        key.longNames().stream().filter(n -> !n.equals(key.shortKey())).forEach(names::add);
        return names;
    }
}
