package io.mediadesk.sync.client;

import io.mediadesk.sync.client.http.Cancellation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * The file part of an upload, streamed from disk in 64 KiB chunks: memory stays flat whatever the
 * file's size, progress is reported per chunk, and a cancel stops the upload within one chunk.
 * Every {@link #writeTo} re-opens the file, so a retry sends it whole again.
 */
final class FileStreamBody extends RequestBody {
    private static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");
    private static final int CHUNK = 64 * 1024;

    private final Path file;
    private final long size;
    private final UploadProgress progress;
    private final Cancellation cancellation;

    FileStreamBody(Path file, UploadProgress progress, Cancellation cancellation) throws IOException {
        this.file = file;
        this.size = Files.size(file);
        this.progress = progress;
        this.cancellation = cancellation;
    }

    long size() {
        return size;
    }

    @Override
    public MediaType contentType() {
        return OCTET_STREAM;
    }

    @Override
    public long contentLength() {
        return size;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        byte[] chunk = new byte[CHUNK];
        long sent = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(chunk); n != -1; n = in.read(chunk)) {
                if (cancellation.isCancelled()) {
                    throw new IOException("upload cancelled");
                }
                sink.write(chunk, 0, n);
                sent += n;
                progress.sent(sent, size);
            }
        }
        if (sent != size) {
            // The file changed under us; sending a body of the wrong length would corrupt the upload.
            throw new IOException(file.getFileName() + " changed size while being uploaded");
        }
    }
}
