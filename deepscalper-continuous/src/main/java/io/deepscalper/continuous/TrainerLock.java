package io.deepscalper.continuous;

import io.deepscalper.api.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One trainer per working directory: an exclusive OS lock on {@code trainer.lock} (held by the JVM
 * for as long as the trainer runs, released by the OS even after kill -9) and the owner's process id
 * in {@code trainer.pid}, so that the CLI can find and talk to a running trainer. A stale
 * {@code trainer.pid} left by a crash is harmless: the lock, not the pid file, decides.
 */
public final class TrainerLock implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TrainerLock.class);
    /** Lock file name inside the working directory. */
    public static final String LOCK_FILE = "trainer.lock";
    /** Pid file name inside the working directory. */
    public static final String PID_FILE = "trainer.pid";

    private final Path workdir;
    private final FileChannel channel;
    private final FileLock lock;

    private TrainerLock(Path workdir, FileChannel channel, FileLock lock) {
        this.workdir = workdir;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code workdir}, creating the directory if needed, and writes this process's id.
     *
     * @throws TrainerAlreadyRunningException when another trainer holds it
     */
    public static TrainerLock acquire(Path workdir) {
        FileChannel ch = null;
        try {
            Files.createDirectories(workdir);
            ch = FileChannel.open(workdir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                ch.close();
                throw new TrainerAlreadyRunningException(workdir, readPid(workdir));
            }
            long pid = ProcessHandle.current().pid();
            AtomicFiles.write(workdir.resolve(PID_FILE), (pid + "\n").getBytes(StandardCharsets.US_ASCII));
            LOG.info("Trainer lock on {} taken by pid {}", workdir.toAbsolutePath(), pid);
            return new TrainerLock(workdir, ch, lock);
        } catch (IOException e) {
            closeQuietly(ch);
            throw new UncheckedIOException("could not lock " + workdir.resolve(LOCK_FILE) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether a trainer currently holds {@code workdir}'s lock, seen from any process.
     *
     * @return the running trainer's pid (or -1 when the lock is held but the pid file is unreadable),
     *         empty when no trainer runs
     */
    public static Optional<Long> runningTrainer(Path workdir) {
        Path lockFile = workdir.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return Optional.empty();
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock probe;
            try {
                probe = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                return Optional.of(readPid(workdir).orElse(-1L));
            }
            if (probe == null) {
                return Optional.of(readPid(workdir).orElse(-1L));
            }
            probe.release();
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("could not probe " + lockFile + ": " + e.getMessage(), e);
        }
    }

    /** @return the pid written in {@code trainer.pid}, empty when missing or unreadable */
    public static Optional<Long> readPid(Path workdir) {
        try {
            String s = Files.readString(workdir.resolve(PID_FILE), StandardCharsets.US_ASCII).trim();
            return Optional.of(Long.parseLong(s));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** @return the locked working directory */
    public Path workdir() {
        return workdir;
    }

    /** Releases the lock and removes the pid file. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(workdir.resolve(PID_FILE));
        } catch (IOException e) {
            LOG.warn("could not remove {}: {}", workdir.resolve(PID_FILE), e.getMessage());
        }
        try {
            lock.release();
        } catch (IOException e) {
            LOG.warn("could not release {}: {}", workdir.resolve(LOCK_FILE), e.getMessage());
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // closing a lock channel cannot lose data
            }
        }
    }
}
