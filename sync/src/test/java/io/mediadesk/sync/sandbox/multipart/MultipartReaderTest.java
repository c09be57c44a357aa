package io.mediadesk.sync.sandbox.multipart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultipartReaderTest {
    private static final String B = "XyZ";

    private static MultipartReader reader(String body, MultipartLimits limits) {
        return reader(body.getBytes(StandardCharsets.UTF_8), limits);
    }

    private static MultipartReader reader(byte[] body, MultipartLimits limits) {
        return new MultipartReader(new ByteArrayInputStream(body), B, limits);
    }

    @Test
    void readsFieldsAndAFileWithItsName() throws IOException {
        MultipartReader reader = reader("preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=\"fileName\"\r\n\r\na.jpg\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a b.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n"
                + "JPEGDATA\r\n--XyZ--\r\nepilogue", MultipartLimits.DEFAULT);

        MultipartReader.Part first = reader.next().orElseThrow();
        assertThat(first.name()).isEqualTo("fileName");
        assertThat(first.text()).isEqualTo("a.jpg");
        MultipartReader.Part second = reader.next().orElseThrow();
        assertThat(second.fileName()).contains("a b.jpg");
        assertThat(second.contentType()).contains("image/jpeg");
        assertThat(second.body().readAllBytes()).isEqualTo("JPEGDATA".getBytes(StandardCharsets.UTF_8));
        assertThat(reader.next()).isEmpty();
    }

    @Test
    void skipsAnUnreadPartWhenAskedForTheNext() throws IOException {
        MultipartReader reader = reader("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nlong unread value\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"b\"\r\n\r\n2\r\n--XyZ--", MultipartLimits.DEFAULT);

        reader.next();
        assertThat(reader.next().orElseThrow().text()).isEqualTo("2");
    }

    @Test
    void streamsBinaryContentThatContainsBoundaryLookalikes() throws IOException {
        byte[] content = new byte[300_000];
        new Random(7).nextBytes(content);
        byte[] trap = "\r\n--XyY\r\n--Xy".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(trap, 0, content, 65_530, trap.length); // straddles the 64 KiB buffer edge
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.bin\"\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n--XyZ--\r\n".getBytes(StandardCharsets.UTF_8));

        MultipartReader.Part part = reader(body.toByteArray(), MultipartLimits.DEFAULT).next().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(part.transferTo(out, Long.MAX_VALUE)).isEqualTo(content.length);
        assertThat(out.toByteArray()).isEqualTo(content);
    }

    @Test
    void readsFromAStreamThatHandsOutOneByteAtATime() throws IOException {
        byte[] body = ("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue\r\n--XyZ--").getBytes(StandardCharsets.UTF_8);
        InputStream trickle = new InputStream() {
            int i;

            @Override
            public int read() {
                return i < body.length ? body[i++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int c = read();
                if (c < 0) {
                    return -1;
                }
                b[off] = (byte) c;
                return 1;
            }
        };

        MultipartReader reader = new MultipartReader(trickle, B, MultipartLimits.DEFAULT);

        assertThat(reader.next().orElseThrow().text()).isEqualTo("value");
        assertThat(reader.next()).isEmpty();
    }

    @Test
    void refusesABodyWithoutItsClosingBoundary() throws IOException {
        MultipartReader reader = reader("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\ncut off", MultipartLimits.DEFAULT);
        MultipartReader.Part part = reader.next().orElseThrow();

        assertThatThrownBy(part::text).isInstanceOf(MultipartException.class).hasMessageContaining("closing boundary");
    }

    @Test
    void refusesTooManyParts() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            body.append("--XyZ\r\nContent-Disposition: form-data; name=\"f").append(i).append("\"\r\n\r\nv\r\n");
        }
        MultipartReader reader = reader(body + "--XyZ--", new MultipartLimits(3, 1024, 1024));

        assertThatThrownBy(() -> {
            for (Optional<MultipartReader.Part> p = reader.next(); p.isPresent(); p = reader.next()) {
                p.get().text();
            }
        }).isInstanceOf(MultipartException.class).hasMessageContaining("more than 3 parts");
    }

    @Test
    void refusesHeadersAndTextFieldsOverTheirCaps() throws IOException {
        String longHeader = "--XyZ\r\nContent-Disposition: form-data; name=\"" + "a".repeat(500) + "\"\r\n\r\nv\r\n--XyZ--";
        assertThatThrownBy(() -> reader(longHeader, new MultipartLimits(3, 128, 1024)).next())
                .isInstanceOf(MultipartException.class).hasMessageContaining("headers");

        MultipartReader reader = reader("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n" + "x".repeat(100) + "\r\n--XyZ--",
                new MultipartLimits(3, 1024, 10));
        MultipartReader.Part part = reader.next().orElseThrow();
        assertThatThrownBy(part::text).isInstanceOf(MultipartException.class).hasMessageContaining("longer than 10 bytes");
    }

    @Test
    void refusesAFileOverTheCallersCap() throws IOException {
        MultipartReader.Part part = reader("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f\"\r\n\r\n"
                + "x".repeat(100) + "\r\n--XyZ--", MultipartLimits.DEFAULT).next().orElseThrow();

        assertThatThrownBy(() -> part.transferTo(new ByteArrayOutputStream(), 50)).isInstanceOf(MultipartException.class)
                .hasMessageContaining("larger than 50 bytes");
    }

    @Test
    void findsTheBoundaryInQuotedAndPlainContentTypes() throws MultipartException {
        assertThat(MultipartReader.boundary("multipart/form-data; boundary=abc")).isEqualTo("abc");
        assertThat(MultipartReader.boundary("multipart/form-data; charset=utf-8; boundary=\"a b\"")).isEqualTo("a b");
        assertThatThrownBy(() -> MultipartReader.boundary("application/json")).isInstanceOf(MultipartException.class);
    }

    @Test
    void readsAnEmptyBodyWithOnlyTheClosingBoundaryAsNoParts() throws IOException {
        List<String> names = new ArrayList<>();
        MultipartReader reader = reader("--XyZ--\r\n", MultipartLimits.DEFAULT);
        for (Optional<MultipartReader.Part> p = reader.next(); p.isPresent(); p = reader.next()) {
            names.add(p.get().name());
        }
        assertThat(names).isEmpty();
    }

    @Test
    void decodesQuotedEscapesAndExtendedFileNames() {
        PartHeaders quoted = PartHeaders.parse("Content-Disposition: form-data; name=\"a\\\"b\"; filename*=UTF-8''na%C3%AFve.jpg");

        assertThat(quoted.name()).isEqualTo("a\"b");
        assertThat(quoted.fileName()).isEqualTo("naïve.jpg");
    }
}
