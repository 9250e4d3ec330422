package io.deepscalper.data.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Crash-safe file replacement: write a temporary file in the same directory, fsync it, rename it
 * over the target atomically, then fsync the directory so the rename itself survives a power loss.
 * A crash at any point leaves either the old file or the new one, never a mix.
 */
public final class AtomicFiles {
    /** Prefix of temporary files; leftovers from a crash are deleted by {@link BarCache} on open. */
    public static final String TEMP_PREFIX = ".tmp-";

    /** Called between the fsync of the temporary file and the rename; tests use it to simulate a crash. */
    @FunctionalInterface
    public interface BeforeRename {
        /** @param temp the fully written and synced temporary file */
        void run(Path temp) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Atomically replaces {@code target} with {@code content}. */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, t -> { });
    }

    /** Same as {@link #write(Path, byte[])} with a hook before the rename. */
    public static void write(Path target, byte[] content, BeforeRename hook) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = dir.resolve(TEMP_PREFIX + target.getFileName() + "-" + UUID.randomUUID());
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer b = ByteBuffer.wrap(content);
                while (b.hasRemaining()) {
                    ch.write(b);
                }
                ch.force(true);
            }
            hook.run(temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system of " + dir + " cannot rename atomically; put the cache on a "
                        + "local file system", e);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        syncDirectory(dir);
    }

    private static void syncDirectory(Path dir) {
        // POSIX needs the directory fsynced for the rename to be durable; some platforms cannot open a
        // directory for reading, and there the rename's durability is the file system's own
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // not supported here (e.g. Windows); the data file itself is already synced
        }
    }
}
