package io.deepscalper.continuous;

import io.deepscalper.api.model.GateResult;
import io.deepscalper.api.model.ModelVersionId;
import io.deepscalper.api.nn.ParameterSet;

/**
 * What one retrain did.
 *
 * @param outcome          how it ended
 * @param trigger          the trigger that caused it
 * @param reason           the trigger's reason
 * @param mode             incremental or full
 * @param parent           the champion it warm-started from, or null
 * @param version          the registered version, or null when nothing was registered
 * @param gate             the validation gate's result, or null when it did not get that far
 * @param promoted         true when the version became champion (and active)
 * @param initialParameters the parameters training started from, or null when training did not run
 * @param message          one line for logs and the CLI
 */
public record RetrainReport(Outcome outcome, String trigger, String reason, RetrainMode mode, ModelVersionId parent,
                            ModelVersionId version, GateResult gate, boolean promoted,
                            ParameterSet initialParameters, String message) {

    /** How a retrain ended. */
    public enum Outcome {
        /** Trained, validated and registered (promoted or not: see {@link #promoted()}). */
        REGISTERED,
        /** Stopped by a graceful shutdown; the checkpoint is kept and the next start resumes it. */
        INTERRUPTED,
        /** Stopped by a critical health report or another listener; the candidate is discarded. */
        ABORTED,
        /** Not started: not enough data. */
        SKIPPED
    }
}
