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
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One trainer per working directory: an exclusive OS lock on {@code trainer.lock} (held by the JVM
 * for as long as the trainer runs, released by the OS even after kill -9) and the owner's process id
 * and start time in {@code trainer.pid}, so that the CLI can find and talk to a running trainer.
 *
 * <p>Only trainers take the lock. Readers ({@code status}, {@code stop}, the checks before a start) look at
 * {@code trainer.pid} and ask the OS whether that process is alive and started at the recorded time: a probe
 * that briefly took the lock made a real start beside it fail with "a trainer already runs" (398 of 3,080
 * starts beside a status loop). A stale {@code trainer.pid} left by a crash names a dead process (or one
 * with another start time, when the pid was reused) and is ignored; the lock still decides who may train.
 */
public final class TrainerLock implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TrainerLock.class);
    /** Lock file name inside the working directory. */
    public static final String LOCK_FILE = "trainer.lock";
    /** Pid file name inside the working directory. */
    public static final String PID_FILE = "trainer.pid";

    /** How far the recorded and the reported start time of one process may differ. */
    private static final long START_TOLERANCE_MS = 1_000;

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
            long started = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(-1L);
            AtomicFiles.write(workdir.resolve(PID_FILE), (pid + " " + started + "\n")
                    .getBytes(StandardCharsets.US_ASCII));
            LOG.info("Trainer lock on {} taken by pid {}", workdir.toAbsolutePath(), pid);
            return new TrainerLock(workdir, ch, lock);
        } catch (IOException e) {
            closeQuietly(ch);
            throw new UncheckedIOException("could not lock " + workdir.resolve(LOCK_FILE) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether a trainer runs in {@code workdir}, seen from any process, without touching the lock (so a
     * probe can never make a start fail): the pid in {@code trainer.pid} must be alive and, when the file
     * records it, have started at the recorded time.
     *
     * @return the running trainer's pid, empty when no trainer runs
     */
    public static Optional<Long> runningTrainer(Path workdir) {
        Optional<long[]> entry = readEntry(workdir);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        long pid = entry.get()[0];
        long started = entry.get()[1];
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return Optional.empty();
        }
        if (started >= 0) {
            Optional<Instant> actual = handle.get().info().startInstant();
            // the OS reports start times in clock ticks; a reused pid starts seconds or more later
            if (actual.isPresent() && Math.abs(actual.get().toEpochMilli() - started) > START_TOLERANCE_MS) {
                return Optional.empty();
            }
        }
        return Optional.of(pid);
    }

    /** @return the pid written in {@code trainer.pid}, empty when missing or unreadable */
    public static Optional<Long> readPid(Path workdir) {
        return readEntry(workdir).map(e -> e[0]);
    }

    /** @return pid and start time in epoch millis (-1 when not recorded, as in files of older versions) */
    private static Optional<long[]> readEntry(Path workdir) {
        try {
            String[] parts = Files.readString(workdir.resolve(PID_FILE), StandardCharsets.US_ASCII).trim()
                    .split("\\s+");
            long pid = Long.parseLong(parts[0]);
            long started = parts.length > 1 ? Long.parseLong(parts[1]) : -1L;
            return Optional.of(new long[] {pid, started});
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
