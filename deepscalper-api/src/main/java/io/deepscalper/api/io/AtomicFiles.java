package io.deepscalper.api.io;

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
 * Crash-safe file replacement: write a temporary file next to the target, fsync it, then rename
 * it over the target atomically. A reader sees either the old file or the complete new one,
 * never a torn write.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes the body of a file through a stream. */
    @FunctionalInterface
    public interface Writer {
        /**
         * @param out stream to write to; do not close it
         * @throws IOException on write failure
         */
        void write(OutputStream out) throws IOException;
    }

    /**
     * Replaces {@code target} with the given bytes atomically.
     *
     * @param target file to replace or create
     * @param bytes  new content
     * @throws IOException when the file cannot be written; the old file is then left untouched
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Replaces {@code target} with what {@code writer} produces, atomically.
     *
     * @param target file to replace or create
     * @param writer produces the content
     * @throws IOException when the file cannot be written; the old file is then left untouched
     */
    public static void write(Path target, Writer writer) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        boolean done = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new java.io.BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                writer.write(out);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
            fsyncDirectory(dir);
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static void fsyncDirectory(Path dir) {
        // makes the rename itself durable on Linux; not supported (and not needed) on every platform
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort: the data file itself was already forced to disk
        }
    }
}
