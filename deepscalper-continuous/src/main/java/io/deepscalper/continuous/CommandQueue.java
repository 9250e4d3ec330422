package io.deepscalper.continuous;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.deepscalper.api.io.AtomicFiles;
import io.deepscalper.api.io.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commands queued for a trainer through its working directory: each command is one JSON file in
 * {@code commands/}, written atomically, named so that lexical order is submission order. Files work
 * across processes and operating systems without a socket, and survive a trainer restart: a
 * {@code retrain} queued while no trainer runs is picked up by the next {@code start}.
 *
 * <p>Only the lock holder consumes. It claims each file by an atomic rename before handling it and deletes it
 * afterwards, and discards stop commands left by an earlier trainer as it starts. A file that cannot be parsed is moved to {@code commands/rejected/}
 * with a warning instead of blocking the queue.
 */
public final class CommandQueue {
    private static final Logger LOG = LoggerFactory.getLogger(CommandQueue.class);
    private static final AtomicLong SEQUENCE = new AtomicLong();
    /** Strict: a command or state file with trailing content, a repeated key or a mistyped value is refused. */
    static final ObjectMapper JSON = Json.strictTimeMapper();
    /** Suffix of a command file a consumer has claimed and not yet finished handling. */
    private static final String CLAIMED = ".claimed";

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
        handle(out::add);
        return out;
    }

    /**
     * Hands every queued command to {@code handler} in submission order. Each file is first claimed by an
     * atomic rename (so that no other consumer and no later trainer sees it again) and deleted once the
     * handler returned; a file another consumer claimed first is skipped.
     *
     * @return how many commands were handled
     */
    public int handle(Consumer<TrainerCommand> handler) {
        int n = 0;
        for (Path f : files()) {
            Path claimed = claim(f);
            if (claimed == null) {
                continue;
            }
            TrainerCommand c;
            try {
                c = JSON.readValue(claimed.toFile(), TrainerCommand.class);
            } catch (IOException | RuntimeException e) {
                reject(claimed, f.getFileName().toString(), e);
                continue;
            }
            handler.accept(c);
            delete(claimed);
            n++;
        }
        return n;
    }

    /**
     * Removes the queued commands of {@code type} left by an earlier trainer (a trainer calls it as it starts:
     * a stop meant for a trainer that has already exited must not stop the next one). Claimed files of a
     * trainer that died while handling them are put back in the queue first, except those of {@code type}.
     *
     * @return how many were removed
     */
    public int discardStale(TrainerCommand.Type type) {
        requeueClaimed();
        int n = 0;
        for (Path f : files()) {
            TrainerCommand c;
            try {
                c = JSON.readValue(f.toFile(), TrainerCommand.class);
            } catch (IOException | RuntimeException e) {
                continue; // drain() moves it aside with a warning
            }
            if (c.type() == type) {
                Path claimed = claim(f);
                if (claimed != null) {
                    delete(claimed);
                    n++;
                }
            }
        }
        return n;
    }

    private void requeueClaimed() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json" + CLAIMED)) {
            for (Path f : ds) {
                String name = f.getFileName().toString();
                Files.move(f, dir.resolve(name.substring(0, name.length() - CLAIMED.length())),
                        StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not put claimed commands back into " + dir, e);
        }
    }

    /** @return the claimed file, or null when another consumer took it first */
    private static Path claim(Path f) {
        Path claimed = f.resolveSibling(f.getFileName() + CLAIMED);
        try {
            return Files.move(f, claimed, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException gone) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("could not claim command " + f, e);
        }
    }

    private static void delete(Path claimed) {
        try {
            Files.deleteIfExists(claimed);
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove handled command " + claimed, e);
        }
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

    private void reject(Path f, String name, Exception cause) {
        LOG.warn("Command file {} is not a valid command ({}); moved to rejected/", dir.resolve(name),
                cause.getMessage());
        try {
            Path rejected = dir.resolve("rejected");
            Files.createDirectories(rejected);
            Files.move(f, rejected.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not move bad command " + f + " aside", e);
        }
    }
}
