package io.deepscalper.api.metrics;

import java.util.Objects;

/**
 * A training run ended: it registered a version, was discarded, or was interrupted and will resume.
 *
 * @param runId           the run of the matching {@link RunStart}
 * @param modelVersion    the registry version the run produced, or null when it registered none
 * @param outcome         {@code REGISTERED}, {@code ABORTED}, {@code INTERRUPTED} or {@code SKIPPED}
 * @param steps           environment steps the run trained
 * @param timestampMillis epoch millis when it ended
 */
public record RunEnd(String runId, String modelVersion, String outcome, long steps, long timestampMillis) {

    /** Rejects a missing run id or outcome. */
    public RunEnd {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(outcome, "outcome");
    }
}
