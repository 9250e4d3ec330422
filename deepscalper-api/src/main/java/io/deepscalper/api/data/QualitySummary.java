package io.deepscalper.api.data;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The outcome of the data-quality checks on one batch of new bars, small enough for the orchestrator,
 * the metrics store and the CLI. The data module computes it; the full per-bar report stays there.
 *
 * @param score        quality in [0, 1]: 1 means no bar needed remediation or quarantine
 * @param threshold    the configured minimum score (0.95 by default)
 * @param barsChecked  bars in the batch before remediation
 * @param barsAccepted bars handed on after remediation (quarantined bars excluded, short-gap fills included)
 * @param issueCounts  number of findings per check name (e.g. {@code duplicates -> 3}), sorted by name;
 *                     zero counts may be omitted
 * @param remediations number of repairs per action (e.g. {@code dropped_duplicates -> 3})
 */
public record QualitySummary(double score, double threshold, int barsChecked, int barsAccepted,
                             Map<String, Integer> issueCounts, Map<String, Integer> remediations) {

    /** Validates ranges and copies the maps into sorted, unmodifiable ones. */
    public QualitySummary {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("quality score must be in [0, 1] but was " + score);
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("quality threshold must be in [0, 1] but was " + threshold);
        }
        if (barsChecked < 0 || barsAccepted < 0) {
            throw new IllegalArgumentException("bar counts must be >= 0 but were " + barsChecked + " checked and "
                    + barsAccepted + " accepted");
        }
        issueCounts = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(issueCounts, "issueCounts")));
        remediations = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(remediations, "remediations")));
    }

    /** @return true when the score reaches the threshold, i.e. the batch may be used for training */
    public boolean passed() {
        return score >= threshold;
    }
}
