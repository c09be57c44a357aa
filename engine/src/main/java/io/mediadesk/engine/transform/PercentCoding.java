package io.mediadesk.engine.transform;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * URL percent-coding and base64 for layer inputs and prompts. Only {@code %XX} is decoded
 * ({@code +} stays a plus) because the SDKs encode with {@code encodeURIComponent}.
 */
final class PercentCoding {
    private PercentCoding() {
    }

    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '@';
    }

    /** Decodes {@code %XX}; returns null when a sequence is malformed or the bytes are not UTF-8. */
    static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            int next = text.indexOf('%', i);
            int end = next < 0 ? text.length() : next;
            bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
            if (next < 0) {
                break;
            }
            int hi = next + 2 < text.length() ? Character.digit(text.charAt(next + 1), 16) : -1;
            int lo = next + 2 < text.length() ? Character.digit(text.charAt(next + 2), 16) : -1;
            if (hi < 0 || lo < 0) {
                return null;
            }
            bytes.write(hi * 16 + lo);
            i = next + 3;
        }
        return strictUtf8(bytes.toByteArray());
    }

    static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes standard or URL-safe base64 to UTF-8 text; null when it is neither. */
    static String unbase64(String encoded) {
        try {
            String standard = encoded.replace('-', '+').replace('_', '/');
            return strictUtf8(Base64.getDecoder().decode(standard));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }
}
