package io.deepscalper.data.drift;

import io.deepscalper.api.data.DriftSummary;
import io.deepscalper.api.data.FeatureDrift;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares each feature's distribution in a reference window (what the active model was trained on)
 * with the current window, Evidently-style:
 * <ul>
 *   <li>{@code auto}: two-sample Kolmogorov-Smirnov when the reference has at most
 *       {@code ksSampleLimit} (1000) rows, drift when {@code p < 0.05}; above that the Wasserstein-1
 *       distance divided by the reference's standard deviation, drift when {@code > 0.1};</li>
 *   <li>{@code psi}: population stability index over 10 reference-quantile bins, drift when {@code > 0.1};</li>
 *   <li>the dataset drifts when the drifted share of features is at least 0.5.</li>
 * </ul>
 * A feature constant in the reference drifts under Wasserstein when the current window differs at all.
 */
public final class DriftDetector {
    private final DriftConfig config;

    /** @param config methods and thresholds */
    public DriftDetector(DriftConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** @return the settings in use */
    public DriftConfig config() {
        return config;
    }

    /**
     * @param referenceId what the reference belongs to (the model version)
     * @return per-feature verdicts and the dataset verdict
     * @throws IllegalArgumentException when the two tables have different features
     */
    public DriftSummary detect(FeatureTable reference, FeatureTable current, String referenceId) {
        if (!reference.names().equals(current.names())) {
            throw new IllegalArgumentException("reference features " + reference.names() + " differ from current "
                    + current.names() + "; set a new reference after changing the features");
        }
        List<FeatureDrift> out = new ArrayList<>();
        int drifted = 0;
        for (int k = 0; k < reference.names().size(); k++) {
            FeatureDrift d = feature(reference.names().get(k), DriftStatistics.sorted(reference.columns().get(k)),
                    DriftStatistics.sorted(current.columns().get(k)));
            out.add(d);
            if (d.drifted()) {
                drifted++;
            }
        }
        double share = out.isEmpty() ? 0 : (double) drifted / out.size();
        return new DriftSummary(referenceId, share, config.shareThreshold(), out);
    }

    private FeatureDrift feature(String name, float[] ref, float[] cur) {
        String method = config.method();
        if (method.equals("auto")) {
            method = ref.length <= config.ksSampleLimit() ? "ks" : "wasserstein";
        }
        switch (method) {
            case "ks": {
                double p = DriftStatistics.ksPValue(ref, cur);
                return new FeatureDrift(name, "ks", p, config.ksPValue(), p < config.ksPValue());
            }
            case "psi": {
                double psi = DriftStatistics.psi(ref, cur, config.psiBins());
                return new FeatureDrift(name, "psi", psi, config.psiThreshold(), psi > config.psiThreshold());
            }
            default: {
                double w = DriftStatistics.wasserstein(ref, cur);
                double std = DriftStatistics.std(ref);
                double normed = std > 1e-12 ? w / std : (w > 0 ? Double.POSITIVE_INFINITY : 0);
                return new FeatureDrift(name, "wasserstein", normed, config.wassersteinThreshold(),
                        normed > config.wassersteinThreshold());
            }
        }
    }
}
