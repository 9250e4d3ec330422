package io.deepscalper.continuous;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.deepscalper.api.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the orchestrator remembers across restarts ({@code state.json} in the working directory,
 * replaced atomically): when it last retrained and how many retrains it finished, so that the
 * schedule and the every-n-th full retrain continue after a restart or a crash; and where its clock
 * stood, so that a simulated market resumes on the very same day (and the same data window) and
 * other commands ({@code backtest}, {@code status}) use the trainer's time rather than the wall clock.
 *
 * @param lastRetrain       end of the last finished retrain, null before the first
 * @param completedRetrains finished retrains (registered versions, promoted or not)
 * @param cycles            orchestrator cycles begun in this working directory, the one in progress included
 * @param cycleInProgress   true while cycle {@code cycles} has not finished (it was stopped or crashed in its
 *                          retrain): the next start finishes it on the same simulated day instead of moving on
 * @param simulationStart   the date the simulated market clock started from, null for the wall clock or a
 *                          directory written before it was recorded
 * @param clockAt           the orchestrator clock's time when this state was saved, null when never recorded
 * @param lastRunId         the run id of the last retrain counted in {@code completedRetrains}, null before the
 *                          first (or in a file written before it was recorded): a run finished again after a
 *                          kill (between this file's save and the removal of its {@code run.json}) is not
 *                          counted twice
 */
public record OrchestratorState(Instant lastRetrain, int completedRetrains, long cycles, boolean cycleInProgress,
                                LocalDate simulationStart, Instant clockAt, String lastRunId) {
    /** File name inside the working directory. */
    public static final String FILE = "state.json";

    /** Validates the counters and the in-progress flag. */
    public OrchestratorState {
        if (completedRetrains < 0 || cycles < 0) {
            throw new IllegalArgumentException("state.json: counters must be >= 0 but were completedRetrains="
                    + completedRetrains + ", cycles=" + cycles);
        }
        if (cycleInProgress && cycles == 0) {
            throw new IllegalArgumentException("state.json: cycleInProgress is true but no cycle was begun (cycles=0)");
        }
    }

    /**
     * Reads the file's fields. The counters must be present; {@code cycleInProgress}, {@code simulationStart}
     * and {@code clockAt} came later, so a file written before them loads as finished cycles on an unrecorded
     * clock (boxed here because the strict mapper refuses a missing primitive).
     */
    @JsonCreator
    static OrchestratorState fromJson(@JsonProperty("lastRetrain") Instant lastRetrain,
                                      @JsonProperty("completedRetrains") Integer completedRetrains,
                                      @JsonProperty("cycles") Long cycles,
                                      @JsonProperty("cycleInProgress") Boolean cycleInProgress,
                                      @JsonProperty("simulationStart") LocalDate simulationStart,
                                      @JsonProperty("clockAt") Instant clockAt,
                                      @JsonProperty("lastRunId") String lastRunId) {
        if (completedRetrains == null || cycles == null) {
            throw new IllegalArgumentException("state.json: " + (completedRetrains == null ? "completedRetrains"
                    : "cycles") + " is missing or null");
        }
        return new OrchestratorState(lastRetrain, completedRetrains, cycles,
                cycleInProgress != null && cycleInProgress, simulationStart, clockAt, lastRunId);
    }

    /** The state of the original three fields (tests, older callers). */
    public OrchestratorState(Instant lastRetrain, int completedRetrains, long cycles) {
        this(lastRetrain, completedRetrains, cycles, false, null, null, null);
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
        } catch (IOException | RuntimeException e) {
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

    /** @return cycles that ran to their end: the simulated clock stands that many sessions after its start */
    public long finishedCycles() {
        return cycleInProgress ? cycles - 1 : cycles;
    }

    /**
     * @return the state as a cycle begins: the next cycle, or the unfinished one again (same number), so that a
     *         cycle cut short by a stop is counted once
     */
    public OrchestratorState nextCycle() {
        return new OrchestratorState(lastRetrain, completedRetrains, cycleInProgress ? cycles : cycles + 1, true,
                simulationStart, clockAt, lastRunId);
    }

    /** @return the state once the current cycle ran to its end */
    public OrchestratorState cycleFinished() {
        return new OrchestratorState(lastRetrain, completedRetrains, cycles, false, simulationStart, clockAt, lastRunId);
    }

    /**
     * @param at    when the retrain finished
     * @param runId the retrain's run id
     * @return the state after that finished retrain; this state itself when {@code runId} is the retrain it
     *         last counted (the same run finished again after a kill)
     */
    public OrchestratorState retrained(Instant at, String runId) {
        if (runId != null && runId.equals(lastRunId)) {
            return this;
        }
        return new OrchestratorState(at, completedRetrains + 1, cycles, cycleInProgress, simulationStart, at, runId);
    }

    /** @return this state with the orchestrator clock's time {@code now} */
    public OrchestratorState at(Instant now) {
        return new OrchestratorState(lastRetrain, completedRetrains, cycles, cycleInProgress, simulationStart, now,
                lastRunId);
    }

    /** @return this state with the simulated clock's start date */
    public OrchestratorState withSimulationStart(LocalDate start) {
        return new OrchestratorState(lastRetrain, completedRetrains, cycles, cycleInProgress, start, clockAt,
                lastRunId);
    }
}
