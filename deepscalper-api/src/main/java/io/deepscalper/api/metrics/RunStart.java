package io.deepscalper.api.metrics;

import java.util.Objects;

/**
 * A training run begins (or resumes after a restart). Every training row that a writer receives until
 * the matching {@link RunEnd} belongs to this run, so a store can tell the rows of one retrain from those
 * of the next even though each run counts its steps from zero.
 *
 * @param runId           the orchestrator's run id, e.g. {@code run_1733241600000_3}; stable across a resume
 * @param mode            {@code FULL} or {@code INCREMENTAL}
 * @param trigger         the retraining trigger that started it
 * @param parentVersion   the registry version an incremental run continues, or null for a full run
 * @param cycle           the orchestrator cycle the run belongs to
 * @param timestampMillis epoch millis when it (re)started
 */
public record RunStart(String runId, String mode, String trigger, String parentVersion, long cycle,
                       long timestampMillis) {

    /** Rejects a missing run id or mode. */
    public RunStart {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(mode, "mode");
    }
}
