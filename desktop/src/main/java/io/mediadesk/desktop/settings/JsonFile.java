package io.mediadesk.desktop.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small JSON file in the library folder (settings, account profiles, sync history), written
 * atomically: a temp file beside it, fsync, rename over the old one, so a crash or a full disk
 * leaves the previous version whole, never half a file. A file that cannot be parsed is moved
 * aside as {@code NAME.broken} (kept for the user) and read as absent, so a bad edit by hand costs
 * the settings, not the start of the app.
 */
public final class JsonFile<T> {
    private static final Logger LOG = LoggerFactory.getLogger(JsonFile.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path file;
    private final Class<T> type;
    private long issued;
    private long written;

    public JsonFile(Path file, Class<T> type) {
        this.file = file;
        this.type = type;
    }

    public Path path() {
        return file;
    }

    /** The stored value, or empty when there is none (or it was unreadable and has been moved aside). */
    public Optional<T> read() {
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.ofNullable(JSON.readValue(file.toFile(), type));
        } catch (IOException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".broken");
            LOG.warn("cannot read {} ({}); moved it to {} and starting from the defaults", file, e.getMessage(), aside);
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.warn("cannot move {} aside: {}", file, moveFailed.getMessage());
            }
            return Optional.empty();
        }
    }

    /** Replaces the file with {@code value}: temp, fsync, rename. */
    public synchronized void write(T value) {
        try {
            Files.createDirectories(file.getParent());
            byte[] bytes = JSON.writeValueAsBytes(value);
            Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
            try {
                try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                    ByteBuffer buffer = ByteBuffer.wrap(bytes);
                    while (buffer.hasRemaining()) out.write(buffer);
                    out.force(true);
                }
                move(temp);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** A ticket for {@link #write(long, Object)}: take it on the thread that made the change, in the order of the changes. */
    public synchronized long ticket() {
        return ++issued;
    }

    /**
     * Writes {@code value} unless a newer ticket was written already: background writes may finish
     * out of order, and an older state must never land over a newer one.
     */
    public synchronized void write(long ticket, T value) {
        if (ticket > written) {
            write(value);
            written = ticket;
        }
    }

    private void move(Path temp) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
