package io.deepscalper.continuous;

import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.api.train.TrainingEnd;
import java.util.Objects;

/**
 * How a training run ended.
 *
 * @param parameters        the parameters at the end of the run
 * @param initialParameters the parameters the network held before its first step (for an incremental run
 *                          they equal the champion's: the proof that it really continues that model)
 * @param steps             environment steps done in this run (including steps before a resume)
 * @param end               how the run ended: completed, or stopped / rolled back by a listener and why
 */
public record TrainingOutcome(ParameterSet parameters, ParameterSet initialParameters, long steps, TrainingEnd end) {

    /** Rejects nulls. */
    public TrainingOutcome {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(initialParameters, "initialParameters");
        Objects.requireNonNull(end, "end");
    }

    /** @return true when all steps ran */
    public boolean completed() {
        return end.isCompleted();
    }
}
