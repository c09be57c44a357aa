package io.mediadesk.desktop.logging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from text bound for a log. Two nets: the exact values of secrets this process
 * knows (the private key, and the Basic credential the service builds from it), and patterns that
 * look like secrets whatever their value (ImageKit {@code private_} keys, Authorization headers,
 * {@code ik-s} URL signatures), for keys the process was never told about.
 */
public final class Redactor {
    public static final String MASK = "[REDACTED]";
    /** Shorter strings would mask ordinary words; no real key is this short. */
    private static final int MIN_SECRET_LENGTH = 6;

    private static final Set<String> SECRETS = new CopyOnWriteArraySet<>();
    private static final List<Rule> PATTERNS = List.of(
            new Rule(Pattern.compile("(?i)\\bprivate_[A-Za-z0-9+/=_-]{6,}"), "private_" + MASK),
            new Rule(Pattern.compile("(?i)(authorization\\s*[:=]\\s*\"?(?:basic|bearer|token)?\\s*)[^\\s,;\"]+"), "$1" + MASK),
            new Rule(Pattern.compile("(?i)([?&]ik-s=)[0-9a-f]+"), "$1" + MASK),
            new Rule(Pattern.compile("(?i)(MEDIADESK_PRIVATE_KEY\\s*=\\s*)\\S+"), "$1" + MASK));

    private Redactor() {
    }

    /** Remembers a secret so every later log line masks it, raw and in its Basic-auth form. */
    public static void registerSecret(String secret) {
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            return;
        }
        SECRETS.add(secret);
        // The service's Basic auth is base64("<private key>:"), which never contains the raw key.
        SECRETS.add(Base64.getEncoder().encodeToString((secret + ":").getBytes(StandardCharsets.UTF_8)));
        SECRETS.add(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String secret : SECRETS) {
            if (out.contains(secret)) {
                out = out.replace(secret, MASK);
            }
        }
        for (Rule rule : PATTERNS) {
            out = rule.apply(out);
        }
        return out;
    }

    private record Rule(Pattern pattern, String replacement) {
        String apply(String text) {
            Matcher m = pattern.matcher(text);
            return m.find() ? m.replaceAll(replacement) : text;
        }
    }
}
