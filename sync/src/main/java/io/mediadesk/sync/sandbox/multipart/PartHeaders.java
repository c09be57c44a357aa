package io.mediadesk.sync.sandbox.multipart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The header block of one part: the form field name, an optional file name, an optional content type. */
record PartHeaders(String name, String fileName, String contentType) {
    private static final Pattern PARAM = Pattern.compile(";\\s*([A-Za-z*]+)\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;\\s]*))");

    /** Reads header lines up to the blank line; a block over {@code maxBytes} is an error. */
    static PartHeaders read(InputStream in, int maxBytes) throws IOException {
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        int matched = 2; // the delimiter's CRLF counts, so a part with no headers starts with CRLF
        int c;
        while (matched < 4) {
            c = in.read();
            if (c < 0) {
                throw new MultipartException("A part ended inside its headers.");
            }
            block.write(c);
            if (block.size() > maxBytes) {
                throw new MultipartException("A part's headers are longer than " + maxBytes + " bytes.");
            }
            matched = (c == '\r' && matched % 2 == 0) || (c == '\n' && matched % 2 == 1) ? matched + 1 : c == '\r' ? 1 : 0;
        }
        return parse(block.toString(StandardCharsets.UTF_8));
    }

    static PartHeaders parse(String block) {
        String name = null;
        String fileName = null;
        String contentType = null;
        for (String line : block.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (key.equals("content-type")) {
                contentType = value;
            } else if (key.equals("content-disposition")) {
                Matcher m = PARAM.matcher(value);
                while (m.find()) {
                    String param = m.group(1).toLowerCase(Locale.ROOT);
                    String v = m.group(2) != null ? m.group(2).replaceAll("\\\\(.)", "$1") : m.group(3);
                    if (param.equals("name")) {
                        name = v;
                    } else if (param.equals("filename") && fileName == null) {
                        fileName = v;
                    } else if (param.equals("filename*")) {
                        fileName = extended(v);
                    }
                }
            }
        }
        return new PartHeaders(name, fileName, contentType);
    }

    /** RFC 5987 {@code UTF-8''na%C3%AFve.jpg}. */
    private static String extended(String value) {
        int quote = value.indexOf("''");
        String encoded = quote < 0 ? value : value.substring(quote + 2);
        return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
