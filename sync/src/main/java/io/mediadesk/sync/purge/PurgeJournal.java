package io.mediadesk.sync.purge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The purge queue's file: one JSON object a line, only ever appended to, each event written with
 * one {@code write} and forced to disk before the caller goes on. A process killed mid-write leaves
 * at most a torn last line, which {@link #open} drops; a power cut can lose the last events, which
 * at worst sends a purge again (harmless but for one unit of quota). An OS lock on a separate file
 * keeps a second process off the queue; the kernel frees it when the holder dies.
 */
final class PurgeJournal implements AutoCloseable {
    static final String FILE = "purge-queue.jsonl";
    static final String LOCK = "purge-queue.lock";
    private static final Logger LOG = LoggerFactory.getLogger(PurgeJournal.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private FileChannel channel;

    private PurgeJournal(Path folder, FileChannel lockChannel, FileLock lock) {
        this.folder = folder;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Locks the queue in {@code folder} (creating it), returns the journal and hands every intact event to {@code replay}. */
    static PurgeJournal open(Path folder, java.util.function.Consumer<JsonNode> replay) throws IOException {
        Files.createDirectories(folder);
        FileChannel lockChannel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = lockChannel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException sameProcess) {
            lock = null; // this JVM already holds it: as much in use as by another process
        }
        if (lock == null) {
            lockChannel.close();
            throw new PurgeQueueInUseException(folder);
        }
        PurgeJournal journal = new PurgeJournal(folder, lockChannel, lock);
        try {
            journal.channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            journal.replay(replay);
            return journal;
        } catch (IOException | RuntimeException e) {
            journal.close();
            throw e;
        }
    }

    long size() throws IOException {
        return channel.size();
    }

    /** Appends the events as lines, in one write, and forces them to disk. */
    void append(List<Map<String, Object>> events) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Map<String, Object> event : events) {
            text.append(JSON.writeValueAsString(event)).append('\n');
        }
        ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
        channel.position(channel.size());
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.force(false);
    }

    /** Replaces the whole journal with {@code events}: written aside, forced, then renamed over it. */
    void rewrite(List<Map<String, Object>> events) throws IOException {
        Path temp = folder.resolve(FILE + ".tmp");
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            StringBuilder text = new StringBuilder();
            for (Map<String, Object> event : events) {
                text.append(JSON.writeValueAsString(event)).append('\n');
            }
            out.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)));
            out.force(true);
        }
        channel.close();
        Files.move(temp, folder.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    private void replay(java.util.function.Consumer<JsonNode> replay) throws IOException {
        byte[] all = Files.readAllBytes(folder.resolve(FILE));
        int lastNewline = -1;
        for (int i = all.length - 1; i >= 0; i--) {
            if (all[i] == '\n') {
                lastNewline = i;
                break;
            }
        }
        if (lastNewline + 1 < all.length) {
            LOG.warn("purge queue: dropping a torn last line ({} bytes) left by an interrupted write", all.length - lastNewline - 1);
            channel.truncate(lastNewline + 1L);
        }
        String text = new String(all, 0, lastNewline + 1, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(text.lines().toList());
        for (int n = 0; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) {
                continue;
            }
            try {
                replay.accept(JSON.readTree(lines.get(n)));
            } catch (IOException e) {
                LOG.warn("purge queue: skipping unreadable line {} of {}", n + 1, FILE);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (channel != null) {
                channel.close();
            }
        } finally {
            if (lock.isValid()) {
                lock.release();
            }
            lockChannel.close();
        }
    }
}
