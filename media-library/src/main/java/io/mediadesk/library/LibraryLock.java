package io.mediadesk.library;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer per library folder. An OS file lock, not a marker file: the kernel releases it when
 * the holder dies, so a crashed run never leaves a stale lock behind. The holder's pid is written
 * into the file only to make the "in use" message useful.
 */
final class LibraryLock implements AutoCloseable {
    static final String FILE_NAME = "library.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private LibraryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static LibraryLock acquire(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new LibraryInUseException("the library " + folder + " is in use by another Mediadesk"
                        + holder(file) + "; close it first or choose another library with --library");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
            return new LibraryLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new LibraryException("cannot lock the library " + folder + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            return null;
        }
    }

    private static String holder(Path file) {
        try {
            String pid = Files.readString(file, StandardCharsets.UTF_8).trim();
            String self = ManagementFactory.getRuntimeMXBean().getName();
            return pid.isEmpty() || self.startsWith(pid + "@") ? "" : " (process " + pid + ")";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing was locked through it, nothing to undo
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
