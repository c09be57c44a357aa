package io.mediadesk.sync.side;

import io.mediadesk.sync.run.Content;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Content in a file: an original (kept on close) or a staged download in a temp file (deleted on
 * close, so a download that fails verification never stays anywhere).
 */
public record FileContent(Path path, String hash, long size, boolean temporary) implements Content {

    /** Writes {@code bytes} to a new temp file in {@code folder}, hashing them on the way. */
    public static FileContent stage(Path folder, byte[] bytes) {
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, ".download-", ".tmp");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (var out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
                out.write(bytes);
            }
            return new FileContent(tmp, HexFormat.of().formatHex(sha.digest()), bytes.length, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage a download in " + folder + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public InputStream open() throws IOException {
        return Files.newInputStream(path);
    }

    @Override
    public void close() {
        if (!temporary) return;
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // A temp file that will not go is swept with the others at the next start; not worth failing a step.
        }
    }
}
