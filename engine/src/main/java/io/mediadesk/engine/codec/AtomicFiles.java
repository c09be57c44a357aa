package io.mediadesk.engine.codec;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that no partial file is ever visible under its final name (reliability.md,
 * sync invariant 6): write a temp file in the same folder, fsync it, rename it over the target
 * atomically, then fsync the folder so the rename survives a power cut. On any failure the temp
 * file is removed and the target is left as it was.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    public static void write(Path target, IoConsumer<OutputStream> writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024)) {
                writer.accept(new NonClosingStream(out));
                out.flush();
                channel.force(true);
            }
            move(temp, absolute);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        syncFolder(folder);
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("The file system cannot rename atomically, refusing a non-atomic write: " + target, e);
        }
    }

    /** Directory fsync makes the rename durable on Linux; other systems refuse to open folders, which is fine. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: not supported on Windows
        }
    }

    /** Stops a writer from closing our stream before we fsync. */
    private static final class NonClosingStream extends java.io.FilterOutputStream {
        NonClosingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
