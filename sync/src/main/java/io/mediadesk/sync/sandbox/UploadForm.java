package io.mediadesk.sync.sandbox;

import io.mediadesk.sync.sandbox.multipart.MultipartException;
import io.mediadesk.sync.sandbox.multipart.MultipartLimits;
import io.mediadesk.sync.sandbox.multipart.MultipartReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of one upload request, with the {@code file} content already streamed into a temp
 * file beside the blobs (never held in memory). {@code file} may be a binary part or a base64
 * text field ({@code data:} URIs too); a URL is refused, since the sandbox fetches nothing.
 */
final class UploadForm implements AutoCloseable {
    final Map<String, String> fields = new LinkedHashMap<>();
    Path content;
    long size;

    static UploadForm read(Call call, Blobs blobs, long maxBytes) throws IOException {
        UploadForm form = new UploadForm();
        try {
            String boundary = MultipartReader.boundary(call.header("Content-Type").orElse(null));
            MultipartReader reader = new MultipartReader(call.body(), boundary, MultipartLimits.DEFAULT);
            for (var part = reader.next(); part.isPresent(); part = reader.next()) {
                if (!part.get().name().equals("file")) {
                    form.fields.put(part.get().name(), part.get().text());
                } else if (form.content != null) {
                    throw ApiError.badRequest("The request has more than one file.");
                } else {
                    form.content = blobs.temp();
                    InputStream in = part.get().fileName().isPresent() ? part.get().body() : decoded(part.get().body());
                    form.size = copy(in, form.content, maxBytes);
                }
            }
        } catch (MultipartException e) {
            form.close();
            throw ApiError.badRequest(e.getMessage());
        } catch (IOException | RuntimeException e) {
            form.close();
            throw e;
        }
        return form;
    }

    Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    boolean flag(String name, boolean fallback) {
        String value = fields.get(name);
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw ApiError.badRequest(name + " must be \"true\" or \"false\".");
        }
        return Boolean.parseBoolean(value);
    }

    /** A text {@code file} field: base64 (optionally a {@code data:} URI); URLs are refused. */
    private static InputStream decoded(InputStream text) throws IOException {
        BufferedInputStream in = new BufferedInputStream(text);
        in.mark(16);
        String head = new String(in.readNBytes(8), StandardCharsets.US_ASCII);
        in.reset();
        if (head.startsWith("http://") || head.startsWith("https:/")) {
            throw ApiError.badRequest("The sandbox does not fetch files from URLs; send the bytes or base64.");
        }
        if (head.startsWith("data:")) {
            int c;
            while ((c = in.read()) >= 0 && c != ',') {
                // skip the data URI header
            }
        }
        return Base64.getMimeDecoder().wrap(in);
    }

    private static long copy(InputStream in, Path target, long maxBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw ApiError.badRequest("The file is larger than the account's upload limit of " + maxBytes + " bytes.");
                }
                out.write(buffer, 0, n);
            }
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("The file field is not valid base64: " + e.getMessage());
        }
        return total;
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            Files.deleteIfExists(content);
        }
    }
}
