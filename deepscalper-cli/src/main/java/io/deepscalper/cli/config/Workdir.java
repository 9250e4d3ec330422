package io.deepscalper.cli.config;

import io.deepscalper.api.model.ModelStore;
import io.deepscalper.cli.config.WorkdirConfig;
import io.deepscalper.continuous.CommandQueue;
import io.deepscalper.continuous.TrainerLock;
import io.deepscalper.continuous.wiring.TrainerAssembly;
import io.deepscalper.monitoring.store.MetricsStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The working directory's layout (docs/architecture.md, "The work directory") and how the CLI opens its parts: the config,
 * the metrics store (read-only when only looking), the model registry and the command queue.
 *
 * @param dir the working directory, absolute
 */
public record Workdir(Path dir) {
    /** Refuses a path that names a file: every command would otherwise fail later with a misleading message. */
    public Workdir {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalStateException("--workdir " + dir + " is a file, not a directory; pass a directory "
                    + "(it is created on the first 'deepscalper start')");
        }
    }

    /** @return the config, defaults when there is no {@code config.json} yet */
    public WorkdirConfig config() {
        return WorkdirConfig.load(dir);
    }

    /** @return the pid of the trainer running in this directory, if one runs */
    public Optional<Long> runningTrainer() {
        return TrainerLock.runningTrainer(dir);
    }

    /**
     * @return the metrics store opened for reading, empty before the first start. A store written by an older
     *         deepscalper is migrated first when no trainer runs here (a running trainer of this version has
     *         migrated it already; one of an older version must be restarted)
     */
    public Optional<MetricsStore> readMetrics() {
        Path db = dir.resolve(MetricsStore.FILE_NAME);
        if (!Files.isRegularFile(db)) {
            return Optional.empty();
        }
        if (runningTrainer().isEmpty()) {
            MetricsStore.migrateIfOlder(db);
        }
        return Optional.of(MetricsStore.openReadOnly(db));
    }

    /** @return the metrics store opened for writing (creates it) */
    public MetricsStore writeMetrics() {
        return MetricsStore.inWorkingDirectory(dir);
    }

    /** @return the model registry in {@code models/} (created when missing) */
    public ModelStore models() {
        return TrainerAssembly.openRegistry(dir);
    }

    /** @return the command queue of this directory's trainer */
    public CommandQueue commands() {
        return new CommandQueue(dir);
    }

    /** @throws IllegalStateException when the directory does not exist, naming the fix */
    public Workdir requireExists() {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("working directory " + dir + " does not exist; run 'deepscalper start' "
                    + "first or pass --workdir");
        }
        return this;
    }
}
