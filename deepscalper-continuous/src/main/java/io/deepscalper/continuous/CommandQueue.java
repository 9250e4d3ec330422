package io.deepscalper.continuous;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.deepscalper.api.io.AtomicFiles;
import io.deepscalper.api.io.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commands queued for a trainer through its working directory: each command is one JSON file in
 * {@code commands/}, written atomically, named so that lexical order is submission order. Files work
 * across processes and operating systems without a socket, and survive a trainer restart: a
 * {@code retrain} queued while no trainer runs is picked up by the next {@code start}.
 *
 * <p>Only the lock holder consumes; a file that cannot be parsed is moved to {@code commands/rejected/}
 * with a warning instead of blocking the queue.
 */
public final class CommandQueue {
    private static final Logger LOG = LoggerFactory.getLogger(CommandQueue.class);
    private static final AtomicLong SEQUENCE = new AtomicLong();
    /** Strict: a command or state file with trailing content, a repeated key or a mistyped value is refused. */
    static final ObjectMapper JSON = Json.strictTimeMapper();

    private final Path dir;

    /** @param workdir the trainer's working directory */
    public CommandQueue(Path workdir) {
        this.dir = workdir.resolve("commands");
    }

    /** @return the directory holding queued commands */
    public Path directory() {
        return dir;
    }

    /**
     * Queues a command.
     *
     * @return the file written
     */
    public Path submit(TrainerCommand command) {
        String name = String.format("%020d-%06d-%d-%s.json", System.currentTimeMillis(),
                SEQUENCE.incrementAndGet() % 1_000_000, ProcessHandle.current().pid(),
                command.type().name().toLowerCase(java.util.Locale.ROOT));
        Path file = dir.resolve(name);
        try {
            AtomicFiles.write(file, JSON.writeValueAsBytes(command));
        } catch (IOException e) {
            throw new UncheckedIOException("could not queue " + command.type() + " in " + dir, e);
        }
        LOG.info("Queued {} command in {}", command.type(), file);
        return file;
    }

    /** @return the queued commands in submission order, without consuming them */
    public List<TrainerCommand> peek() {
        List<TrainerCommand> out = new ArrayList<>();
        for (Path f : files()) {
            try {
                out.add(JSON.readValue(f.toFile(), TrainerCommand.class));
            } catch (IOException | RuntimeException e) {
                LOG.debug("skipping unreadable command {}: {}", f, e.getMessage());
            }
        }
        return out;
    }

    /** @return the queued commands in submission order; they are removed from the queue */
    public List<TrainerCommand> drain() {
        List<TrainerCommand> out = new ArrayList<>();
        for (Path f : files()) {
            try {
                out.add(JSON.readValue(f.toFile(), TrainerCommand.class));
                Files.deleteIfExists(f);
            } catch (IOException | RuntimeException e) {
                reject(f, e);
            }
        }
        return out;
    }

    private List<Path> files() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
            ds.forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + dir, e);
        }
        files.sort(null);
        return files;
    }

    private void reject(Path f, Exception cause) {
        LOG.warn("Command file {} is not a valid command ({}); moved to rejected/", f, cause.getMessage());
        try {
            Path rejected = dir.resolve("rejected");
            Files.createDirectories(rejected);
            Files.move(f, rejected.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not move bad command " + f + " aside", e);
        }
    }
}
