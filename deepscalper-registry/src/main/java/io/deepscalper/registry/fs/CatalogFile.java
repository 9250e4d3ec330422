package io.deepscalper.registry.fs;

import io.deepscalper.api.io.AtomicFiles;
import io.deepscalper.api.model.ModelRegistryException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code registry.json} and its lock. Readers read the file without locking: it is only ever replaced
 * by an atomic rename, so they see a whole catalog. Writers hold {@code registry.lock}, an OS file lock
 * that excludes other processes, plus a JVM-wide lock per folder, because the OS lock is held per
 * process and would not exclude a second thread of this one.
 */
final class CatalogFile {
    static final String CATALOG = "registry.json";
    static final String LOCK = "registry.lock";
    /** Between the catalog's name and a random part in its temporary files; cleanup deletes leftovers. */
    static final String TEMP_MARKER = ".tmp-";
    private static final AtomicFiles.Replacement REPLACEMENT = AtomicFiles.Replacement.standard()
            .withTempMarker(TEMP_MARKER).requireAtomicRename("keep the registry on a local file system");
    private static final ConcurrentHashMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private final Path dir;
    private final Path file;
    private final ReentrantLock jvmLock;

    CatalogFile(Path dir) {
        this.dir = dir;
        this.file = dir.resolve(CATALOG);
        // keyed by the real path: two spellings of one folder (symlinks, "..") must share one lock, or the
        // second OS lock in this JVM would fail with OverlappingFileLockException
        this.jvmLock = JVM_LOCKS.computeIfAbsent(realPath(dir), d -> new ReentrantLock());
    }

    private static Path realPath(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir.toAbsolutePath().normalize();
        }
    }

    /** @return the catalog as stored now (empty when the registry is new) */
    Catalog read() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Catalog();
        } catch (IOException e) {
            throw new ModelRegistryException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            Catalog c = RegistryJson.mapper().readValue(bytes, Catalog.class);
            if (c.formatVersion > Catalog.FORMAT_VERSION) {
                throw new ModelRegistryException(file + " has format " + c.formatVersion + " but this library reads up "
                        + "to " + Catalog.FORMAT_VERSION + "; upgrade deepscalper to use this registry");
            }
            return c;
        } catch (IOException e) {
            throw new ModelRegistryException(file + " is not a valid registry catalog (" + e.getMessage() + "); it is "
                    + "only written by atomic rename, so it was edited or damaged outside deepscalper: restore it from a "
                    + "backup, or move it away and run cleanup to rebuild the catalog from the version folders", e);
        }
    }

    /** Replaces the catalog atomically; call only while holding {@link #lock()}. */
    void write(Catalog catalog) {
        if (!jvmLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("registry catalog written without holding the registry lock");
        }
        try {
            REPLACEMENT.write(file, RegistryJson.mapper().writeValueAsBytes(catalog));
        } catch (IOException e) {
            throw new ModelRegistryException("cannot write " + file + " (" + e.getMessage() + "); the previous catalog "
                    + "is unchanged", e);
        }
    }

    /** @return true when {@code registry.json} exists */
    boolean exists() {
        return Files.exists(file);
    }

    /**
     * Takes the registry lock: first this JVM's, then the OS file lock. Reentrant within a thread.
     *
     * @return the held lock; close it to release
     */
    Held lock() {
        jvmLock.lock();
        if (jvmLock.getHoldCount() > 1) {
            return jvmLock::unlock;
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock osLock = channel.lock();
            FileChannel ch = channel;
            return () -> {
                try {
                    osLock.release();
                    ch.close();
                } catch (IOException e) {
                    throw new ModelRegistryException("cannot release " + dir.resolve(LOCK) + ": " + e.getMessage(), e);
                } finally {
                    jvmLock.unlock();
                }
            };
        } catch (IOException | RuntimeException e) {
            try {
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            jvmLock.unlock();
            throw new ModelRegistryException("cannot lock " + dir.resolve(LOCK) + ": " + e.getMessage(), e);
        }
    }

    /** A held registry lock. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
