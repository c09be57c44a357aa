package io.mediadesk.sync.sandbox.multipart;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the parts of a {@code multipart/form-data} body one after the other, streaming each part's
 * content; reading the next part skips what is left of the current one.
 *
 * <pre>{@code
 * MultipartReader reader = new MultipartReader(body, MultipartReader.boundary(contentType), MultipartLimits.DEFAULT);
 * for (Optional<Part> p = reader.next(); p.isPresent(); p = reader.next()) {
 *     if (p.get().fileName().isPresent()) p.get().transferTo(out, maxBytes); else fields.put(p.get().name(), p.get().text());
 * }
 * }</pre>
 */
public final class MultipartReader {
    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(?:\"([^\"]+)\"|([^;\\s]+))");

    private final DelimitedInput input;
    private final MultipartLimits limits;
    private int parts;
    private Part current;
    private boolean finished;

    public MultipartReader(InputStream body, String boundary, MultipartLimits limits) {
        if (boundary.isEmpty() || boundary.length() > 70) {
            throw new IllegalArgumentException("a multipart boundary has 1 to 70 characters");
        }
        this.input = new DelimitedInput(body, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1));
        this.limits = limits;
    }

    /** The boundary parameter of a {@code multipart/form-data} content type. */
    public static String boundary(String contentType) throws MultipartException {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new MultipartException("The request is not multipart/form-data.");
        }
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) {
            throw new MultipartException("The multipart content type has no boundary.");
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    /** The next part, or empty after the closing delimiter. */
    public Optional<Part> next() throws IOException {
        if (finished) {
            return Optional.empty();
        }
        if (current == null) {
            input.skipSection(); // the preamble before the first delimiter
        } else {
            current.body.skipSection();
        }
        if (input.atFinalDelimiter()) {
            finished = true;
            return Optional.empty();
        }
        if (++parts > limits.maxParts()) {
            throw new MultipartException("The body has more than " + limits.maxParts() + " parts.");
        }
        PartHeaders headers = PartHeaders.read(input.section(), limits.maxHeaderBytes());
        if (headers.name() == null) {
            throw new MultipartException("A part has no form-data name.");
        }
        current = new Part(headers.name(), headers.fileName(), headers.contentType(), input);
        return Optional.of(current);
    }

    /** One part: its form field name, file name if it is a file, content type, and streamed content. */
    public final class Part {
        private final String name;
        private final String fileName;
        private final String contentType;
        private final DelimitedInput body;

        Part(String name, String fileName, String contentType, DelimitedInput body) {
            this.name = name;
            this.fileName = fileName;
            this.contentType = contentType;
            this.body = body;
        }

        public String name() {
            return name;
        }

        public Optional<String> fileName() {
            return Optional.ofNullable(fileName);
        }

        public Optional<String> contentType() {
            return Optional.ofNullable(contentType);
        }

        /** The content up to the next delimiter, as a stream. */
        public InputStream body() {
            return body.section();
        }

        /** The content as UTF-8 text; a part longer than the text cap is an error. */
        public String text() throws IOException {
            byte[] bytes = body().readNBytes(limits.maxTextBytes() + 1);
            if (bytes.length > limits.maxTextBytes()) {
                throw new MultipartException("The field '" + name + "' is longer than " + limits.maxTextBytes() + " bytes.");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }

        /** Streams the content to {@code out}; more than {@code maxBytes} is an error. Returns the byte count. */
        public long transferTo(OutputStream out, long maxBytes) throws IOException {
            InputStream in = body();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new MultipartException("The file '" + name + "' is larger than " + maxBytes + " bytes.");
                }
                out.write(buffer, 0, n);
            }
            return total;
        }
    }
}
