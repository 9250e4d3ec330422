package io.deepscalper.api.data;

import java.util.Objects;

/**
 * Drift verdict for one feature between the reference window (what the active model was trained on)
 * and the current window.
 *
 * @param feature   feature name, e.g. {@code return_1}
 * @param method    the test used: {@code ks} (two-sample Kolmogorov-Smirnov), {@code wasserstein}
 *                  (Wasserstein distance normed by the reference standard deviation) or {@code psi};
 *                  with a {@code /subsample} suffix when the threshold was calibrated on the reference's
 *                  own sub-windows, and then the statistic is that calibration's empirical p-value
 * @param statistic the test's statistic (KS: p-value; Wasserstein: normed distance; PSI: index; calibrated:
 *                  the empirical p-value, drift when below the threshold)
 * @param threshold the statistic's threshold (KS: drift when below; the others: drift when above)
 * @param drifted   the verdict
 */
public record FeatureDrift(String feature, String method, double statistic, double threshold, boolean drifted) {

    /** Checks the names. */
    public FeatureDrift {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(method, "method");
    }
}
