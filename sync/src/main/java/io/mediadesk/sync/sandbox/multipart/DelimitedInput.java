package io.mediadesk.sync.sandbox.multipart;

import java.io.IOException;
import java.io.InputStream;

/**
 * A stream cut into sections by a delimiter ({@code CRLF--boundary}), read through one fixed
 * buffer. A section's bytes are handed out as soon as they cannot be the start of a delimiter, so
 * memory stays at the buffer whatever the part's size. The stream is primed with a CRLF so that a
 * body starting with {@code --boundary} (no preamble) matches the same delimiter.
 */
final class DelimitedInput {
    private static final int BUFFER = 64 * 1024;

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;
    private boolean sectionEnded;

    DelimitedInput(InputStream in, byte[] delimiter) {
        this.in = in;
        this.delimiter = delimiter;
        this.buf = new byte[BUFFER + delimiter.length];
        buf[0] = '\r';
        buf[1] = '\n';
        limit = 2;
    }

    /** The current section as a stream; it ends (returns -1) once the delimiter has been consumed. */
    InputStream section() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return len == 0 ? 0 : readSection(b, off, len);
            }
        };
    }

    void skipSection() throws IOException {
        byte[] scratch = new byte[8192];
        while (readSection(scratch, 0, scratch.length) >= 0) {
            // discard
        }
    }

    /** After a delimiter: {@code --} closes the body, CRLF (after optional padding) opens the next section. */
    boolean atFinalDelimiter() throws IOException {
        int a = rawByte();
        int b = rawByte();
        if (a == '-' && b == '-') {
            return true;
        }
        while (a == ' ' || a == '\t') {
            a = b;
            b = rawByte();
        }
        if (a == '\r' && b == '\n') {
            sectionEnded = false;
            return false;
        }
        throw new MultipartException(a < 0 || b < 0 ? "The body ended inside a boundary line." : "A boundary line is malformed.");
    }

    private int readSection(byte[] b, int off, int len) throws IOException {
        while (!sectionEnded) {
            int idx = indexOfDelimiter();
            if (idx == pos) {
                pos += delimiter.length;
                sectionEnded = true;
                break;
            }
            int safe = idx >= 0 ? idx - pos : limit - pos - (delimiter.length - 1);
            if (safe > 0) {
                int n = Math.min(len, safe);
                System.arraycopy(buf, pos, b, off, n);
                pos += n;
                return n;
            }
            if (eof) {
                throw new MultipartException("The body ended before its closing boundary.");
            }
            fill();
        }
        return -1;
    }

    private int rawByte() throws IOException {
        while (pos >= limit) {
            if (eof) {
                return -1;
            }
            fill();
        }
        return buf[pos++] & 0xff;
    }

    private void fill() throws IOException {
        System.arraycopy(buf, pos, buf, 0, limit - pos);
        limit -= pos;
        pos = 0;
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    private int indexOfDelimiter() {
        outer:
        for (int i = pos; i <= limit - delimiter.length; i++) {
            for (int j = 0; j < delimiter.length; j++) {
                if (buf[i + j] != delimiter[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
