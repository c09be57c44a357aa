package io.mediadesk.sync.client.http;

import java.io.IOException;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/** Reads a response body up to a cap, so a runaway answer cannot fill the heap. */
final class BoundedBody {
    private BoundedBody() {
    }

    /** The body, or null when it is longer than {@code cap} (the caller decides what that means). */
    static byte[] read(ResponseBody body, long cap) throws IOException {
        if (body == null) {
            return new byte[0];
        }
        if (body.contentLength() > cap) {
            return null;
        }
        BufferedSource source = body.source();
        Buffer buffer = new Buffer();
        while (buffer.size() <= cap) {
            if (source.read(buffer, 8192) == -1) {
                return buffer.readByteArray();
            }
        }
        return null;
    }

    /** At most {@code cap} bytes of an error body; the rest is dropped (error pages can be large). */
    static byte[] readPrefix(ResponseBody body, long cap) throws IOException {
        if (body == null) {
            return new byte[0];
        }
        BufferedSource source = body.source();
        Buffer buffer = new Buffer();
        while (buffer.size() < cap && source.read(buffer, 8192) != -1) {
            // keep reading until the cap or the end
        }
        return buffer.readByteArray(Math.min(cap, buffer.size()));
    }
}
