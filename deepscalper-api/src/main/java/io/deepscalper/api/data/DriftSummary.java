package io.deepscalper.api.data;

import java.util.List;
import java.util.Objects;

/**
 * Dataset-level drift verdict with the per-feature results it is based on.
 *
 * @param referenceId     what the reference window belongs to, normally the model version trained on it
 * @param driftedShare    fraction of features that drifted, in [0, 1]
 * @param shareThreshold  the dataset drifts when {@code driftedShare >= shareThreshold} (0.5 by default)
 * @param features        the per-feature verdicts
 */
public record DriftSummary(String referenceId, double driftedShare, double shareThreshold,
                           List<FeatureDrift> features) {

    /** Validates the share and copies the list. */
    public DriftSummary {
        Objects.requireNonNull(referenceId, "referenceId");
        if (!(driftedShare >= 0 && driftedShare <= 1)) {
            throw new IllegalArgumentException("drifted share must be in [0, 1] but was " + driftedShare);
        }
        features = List.copyOf(features);
    }

    /** @return true when at least {@code shareThreshold} of the features drifted */
    public boolean datasetDrift() {
        return !features.isEmpty() && driftedShare >= shareThreshold;
    }
}
