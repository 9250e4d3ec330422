package io.deepscalper.continuous;

import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.api.train.TrainingEnd;
import java.util.Objects;

/**
 * How a training run ended.
 *
 * @param parameters        the candidate's parameters: the snapshot kept by validation-based selection when the
 *                          trainer selects (possibly a network that never orders, when no snapshot beat staying
 *                          flat), else the parameters at the end of the run
 * @param initialParameters the parameters the network held before its first step (for an incremental run
 *                          they equal the champion's: the proof that it really continues that model)
 * @param steps             environment steps done in this run (including steps before a resume)
 * @param end               how the run ended: completed, or stopped / rolled back by a listener and why
 * @param selection         what snapshot selection on the trainer's own validation sessions decided; null when
 *                          the trainer does not select
 */
public record TrainingOutcome(ParameterSet parameters, ParameterSet initialParameters, long steps, TrainingEnd end,
                              Selection selection) {

    /**
     * The trainer's choice among its snapshots, made on sessions held out of its training data (never on the
     * orchestrator's validation sessions).
     *
     * @param step             environment step of the kept snapshot (0 when it is flat)
     * @param validationReturn the kept snapshot's mean total return on those sessions
     * @param beatsFlat        true when a trained snapshot did better than staying flat there
     * @param candidates       snapshots evaluated
     */
    public record Selection(long step, double validationReturn, boolean beatsFlat, int candidates) {
    }

    /** Rejects nulls (except {@code selection}). */
    public TrainingOutcome {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(initialParameters, "initialParameters");
        Objects.requireNonNull(end, "end");
    }

    /** An outcome without snapshot selection: {@code parameters} are the run's last. */
    public TrainingOutcome(ParameterSet parameters, ParameterSet initialParameters, long steps, TrainingEnd end) {
        this(parameters, initialParameters, steps, end, null);
    }

    /** @return true when all steps ran */
    public boolean completed() {
        return end.isCompleted();
    }
}
