package io.deepscalper.continuous;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.deepscalper.api.io.AtomicFiles;
import io.deepscalper.api.nn.NetworkConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A retrain that started and has not finished ({@code checkpoints/run.json}). It is written before
 * the first training step and removed once the version is registered (or discarded), so that after a
 * crash or a graceful stop the next start resumes exactly that run from its checkpoint.
 *
 * @param runId     the run id, also the checkpoint's folder name
 * @param mode      incremental or full
 * @param parent    the champion version it warm-started from (incremental), or null
 * @param trigger   the trigger that caused it
 * @param reason    the trigger's reason
 * @param steps     environment steps the run must reach
 * @param symbol    symbol restriction of a manual request, or null
 * @param startedAt when it started, on the orchestrator's clock
 * @param trainUntil the last training session's date: a resumed run trains and validates on the same
 *                  sessions even when newer data arrived meanwhile (the checkpoint's replay refers to them)
 * @param network   the network shape the run trains; a run whose shape no longer matches the config cannot
 *                  resume and is discarded (null in files written before this field existed)
 * @param fullBecause how the network's shape changed since the champion, which makes the run a full one
 *                  (it cannot warm-start), or null when the shape is the champion's
 * @param registered the version this run registered, or null before registration: written right after
 *                  {@code register}, so that a run killed before it finished is not registered twice
 * @param previousChampion the champion when the run registered (the probation's fallback), or null
 */
public record PendingRun(String runId, RetrainMode mode, String parent, String trigger, String reason, long steps,
                         String symbol, Instant startedAt, LocalDate trainUntil, NetworkConfig network,
                         String fullBecause, String registered, String previousChampion) {
    /** File name inside {@code checkpoints/}. */
    public static final String FILE = "run.json";

    /** Jackson constructor. */
    @JsonCreator
    public PendingRun(@JsonProperty("runId") String runId, @JsonProperty("mode") RetrainMode mode,
                      @JsonProperty("parent") String parent, @JsonProperty("trigger") String trigger,
                      @JsonProperty("reason") String reason, @JsonProperty("steps") long steps,
                      @JsonProperty("symbol") String symbol, @JsonProperty("startedAt") Instant startedAt,
                      @JsonProperty("trainUntil") LocalDate trainUntil,
                      @JsonProperty("network") NetworkConfig network,
                      @JsonProperty("fullBecause") String fullBecause,
                      @JsonProperty("registered") String registered,
                      @JsonProperty("previousChampion") String previousChampion) {
        if (runId == null || !runId.matches("run_[0-9A-Za-z_]+")) {
            throw new IllegalArgumentException("run.json: runId must look like run_<digits> but was " + runId);
        }
        this.runId = runId;
        this.mode = java.util.Objects.requireNonNull(mode, "run.json: mode");
        this.parent = parent;
        this.trigger = trigger == null ? "unknown" : trigger;
        this.reason = reason == null ? "" : reason;
        this.steps = steps;
        this.symbol = symbol;
        this.startedAt = startedAt;
        this.trainUntil = trainUntil;
        this.network = network;
        this.fullBecause = fullBecause;
        this.registered = registered;
        this.previousChampion = previousChampion;
    }

    /** A run that has not registered a version yet. */
    public PendingRun(String runId, RetrainMode mode, String parent, String trigger, String reason, long steps,
                      String symbol, Instant startedAt, LocalDate trainUntil, NetworkConfig network,
                      String fullBecause) {
        this(runId, mode, parent, trigger, reason, steps, symbol, startedAt, trainUntil, network, fullBecause, null,
                null);
    }

    /** @return this run, marked as having registered {@code version} while {@code champion} was champion */
    public PendingRun withRegistration(String version, String champion) {
        return new PendingRun(runId, mode, parent, trigger, reason, steps, symbol, startedAt, trainUntil, network,
                fullBecause, version, champion);
    }

    /** @return the pending run stored in {@code checkpoints}, if any */
    public static Optional<PendingRun> load(Path checkpoints) {
        Path f = checkpoints.resolve(FILE);
        if (!Files.exists(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(CommandQueue.JSON.readValue(f.toFile(), PendingRun.class));
        } catch (IOException e) {
            throw new IllegalStateException(f + " is unreadable (" + e.getMessage() + "); delete it to drop the "
                    + "interrupted run and start a fresh retrain", e);
        }
    }

    /** Writes this record atomically into {@code checkpoints}. */
    public void save(Path checkpoints) {
        try {
            AtomicFiles.write(checkpoints.resolve(FILE), CommandQueue.JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(this));
        } catch (IOException e) {
            throw new UncheckedIOException("could not serialise the pending run", e);
        }
    }

    /** Removes the record from {@code checkpoints}. */
    public static void clear(Path checkpoints) {
        try {
            Files.deleteIfExists(checkpoints.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + checkpoints.resolve(FILE), e);
        }
    }
}
