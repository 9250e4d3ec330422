package io.deepscalper.continuous;

import io.deepscalper.api.io.AtomicFiles;
import io.deepscalper.api.model.CleanupReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a starting trainer (holding the lock) tidies up after a kill, and how it reports the registry's
 * repair: temporary files of interrupted atomic writes are deleted, and the log says what really happened
 * to the registry instead of always blaming an unclean stop.
 */
final class StartupRepair {
    private static final Logger LOG = LoggerFactory.getLogger(StartupRepair.class);
    /**
     * Folders the CLI also writes into ({@code config.json}, {@code commands/}) keep temporary files this
     * young: they may belong to a write in progress, not to a killed process.
     */
    static final Duration SHARED_FOLDER_MIN_AGE = Duration.ofSeconds(10);

    private StartupRepair() {
    }

    /**
     * Deletes leftover temporary files in the working directory, {@code commands/}, {@code checkpoints/} and
     * each run's checkpoint folder. A failure is logged, never fatal: leftovers waste space, nothing more.
     *
     * @return the deleted files
     */
    static List<Path> removeTemporaryLeftovers(Path workdir) {
        List<Path> removed = new ArrayList<>();
        try {
            removed.addAll(AtomicFiles.removeLeftovers(workdir, SHARED_FOLDER_MIN_AGE));
            removed.addAll(AtomicFiles.removeLeftovers(workdir.resolve("commands"), SHARED_FOLDER_MIN_AGE));
            Path checkpoints = workdir.resolve("checkpoints");
            // only the lock holder writes checkpoints, so every temporary file there is a leftover
            removed.addAll(AtomicFiles.removeLeftovers(checkpoints, Duration.ZERO));
            if (Files.isDirectory(checkpoints)) {
                try (Stream<Path> runs = Files.list(checkpoints)) {
                    for (Path run : (Iterable<Path>) runs.filter(Files::isDirectory)::iterator) {
                        removed.addAll(AtomicFiles.removeLeftovers(run, Duration.ZERO));
                    }
                }
            }
        } catch (IOException e) {
            LOG.warn("could not remove temporary files left by a killed process in {}: {}", workdir, e.getMessage());
        }
        if (!removed.isEmpty()) {
            LOG.info("Removed {} temporary file(s) left by an interrupted write: {}", removed.size(),
                    removed.stream().map(p -> workdir.relativize(p).toString()).toList());
        }
        return removed;
    }

    /** @return the log line for a registry cleanup that repaired something */
    static String describe(CleanupReport r) {
        List<String> parts = new ArrayList<>();
        if (!r.removedStaging().isEmpty() || !r.adopted().isEmpty()) {
            parts.add("after an unclean stop: removed unfinished saves " + r.removedStaging() + ", adopted complete "
                    + "versions " + r.adopted());
        }
        if (!r.quarantined().isEmpty()) {
            parts.add("quarantined " + r.quarantined() + " because their files fail verification (damaged or "
                    + "modified on disk)");
        }
        if (!r.droppedFromCatalog().isEmpty()) {
            parts.add("dropped catalog entries whose folder is gone " + r.droppedFromCatalog());
        }
        return "Registry repaired: " + String.join("; ", parts);
    }
}
