package io.deepscalper.continuous;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.deepscalper.api.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * What the orchestrator remembers across restarts ({@code state.json} in the working directory,
 * replaced atomically): when it last retrained and how many retrains it finished, so that the
 * schedule and the every-n-th full retrain continue after a restart or a crash.
 *
 * @param lastRetrain       end of the last finished retrain, null before the first
 * @param completedRetrains finished retrains (registered versions, promoted or not)
 * @param cycles            orchestrator cycles run in this working directory
 */
public record OrchestratorState(Instant lastRetrain, int completedRetrains, long cycles) {
    /** File name inside the working directory. */
    public static final String FILE = "state.json";

    /** Jackson constructor with validation. */
    @JsonCreator
    public OrchestratorState(@JsonProperty("lastRetrain") Instant lastRetrain,
                             @JsonProperty("completedRetrains") int completedRetrains,
                             @JsonProperty("cycles") long cycles) {
        if (completedRetrains < 0 || cycles < 0) {
            throw new IllegalArgumentException("state.json: counters must be >= 0 but were completedRetrains="
                    + completedRetrains + ", cycles=" + cycles);
        }
        this.lastRetrain = lastRetrain;
        this.completedRetrains = completedRetrains;
        this.cycles = cycles;
    }

    /** @return the state of a fresh working directory */
    public static OrchestratorState initial() {
        return new OrchestratorState(null, 0, 0);
    }

    /**
     * @return the state stored in {@code workdir}, or the initial state when none is stored
     * @throws IllegalStateException naming the file when it is unreadable (never silently reset)
     */
    public static OrchestratorState load(Path workdir) {
        Path f = workdir.resolve(FILE);
        if (!Files.exists(f)) {
            return initial();
        }
        try {
            return CommandQueue.JSON.readValue(f.toFile(), OrchestratorState.class);
        } catch (IOException e) {
            throw new IllegalStateException(f + " is unreadable (" + e.getMessage() + "); fix or delete it to "
                    + "restart the retrain schedule from scratch", e);
        }
    }

    /** Writes this state to {@code workdir} atomically. */
    public void save(Path workdir) {
        try {
            AtomicFiles.write(workdir.resolve(FILE), CommandQueue.JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(this));
        } catch (IOException e) {
            throw new UncheckedIOException("could not serialise the orchestrator state", e);
        }
    }

    /** @return the state after one more cycle */
    public OrchestratorState nextCycle() {
        return new OrchestratorState(lastRetrain, completedRetrains, cycles + 1);
    }

    /** @return the state after a finished retrain at {@code at} */
    public OrchestratorState retrained(Instant at) {
        return new OrchestratorState(at, completedRetrains + 1, cycles);
    }
}
