package io.deepscalper.continuous;

import io.deepscalper.api.nn.ParameterSet;
import java.util.Objects;

/**
 * How a training run ended.
 *
 * @param parameters        the parameters at the end of the run
 * @param initialParameters the parameters the network held before its first step (for an incremental run
 *                          they equal the champion's: the proof that it really continues that model)
 * @param steps             environment steps done in this run (including steps before a resume)
 * @param completed         true when all steps ran; false when a listener stopped it
 * @param stopReason        why it stopped early, empty when completed
 */
public record TrainingOutcome(ParameterSet parameters, ParameterSet initialParameters, long steps, boolean completed,
                              String stopReason) {

    /** Rejects nulls. */
    public TrainingOutcome {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(initialParameters, "initialParameters");
        stopReason = stopReason == null ? "" : stopReason;
    }
}
