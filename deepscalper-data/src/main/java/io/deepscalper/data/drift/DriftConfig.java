package io.deepscalper.data.drift;

import io.deepscalper.api.config.ConfigChecks;
import io.deepscalper.api.config.Interval;
import java.util.List;
import java.util.Locale;

/**
 * Drift-detection settings with Evidently's defaults for numerical features.
 *
 * @param method                {@code auto} (KS up to {@code ksSampleLimit} reference samples, normed
 *                              Wasserstein above), {@code ks}, {@code wasserstein} or {@code psi}
 * @param ksSampleLimit         the largest reference size tested with KS in {@code auto} (1000)
 * @param ksPValue              a feature drifts when the KS p-value is below this (0.05)
 * @param wassersteinThreshold  a feature drifts when the Wasserstein distance over the reference's
 *                              standard deviation is above this (0.1)
 * @param psiThreshold          a feature drifts when PSI is above this (0.1)
 * @param psiBins               reference-quantile bins for PSI (10)
 * @param shareThreshold        the dataset drifts when at least this share of features drift (0.5)
 * @param maxReferenceRows      the newest rows kept in a reference window (50 000), bounding memory
 */
public record DriftConfig(String method, int ksSampleLimit, double ksPValue, double wassersteinThreshold,
                          double psiThreshold, int psiBins, double shareThreshold, int maxReferenceRows) {

    /** Validates every field with a message naming it. */
    public DriftConfig {
        method = method == null ? "auto" : method.toLowerCase(Locale.ROOT);
        ConfigChecks.oneOf("drift.method", method, List.of("auto", "ks", "wasserstein", "psi"));
        ConfigChecks.positive("drift.ksSampleLimit", ksSampleLimit);
        ConfigChecks.inRange("drift.ksPValue", ksPValue, Interval.open(0, 1));
        ConfigChecks.require(wassersteinThreshold > 0, "drift.wassersteinThreshold", wassersteinThreshold, "> 0");
        ConfigChecks.require(psiThreshold > 0, "drift.psiThreshold", psiThreshold, "> 0");
        ConfigChecks.inRange("drift.psiBins", psiBins, 2, 100);
        ConfigChecks.inRange("drift.shareThreshold", shareThreshold, Interval.openClosed(0, 1));
        ConfigChecks.atLeast("drift.maxReferenceRows", maxReferenceRows, 10);
    }

    /** @return Evidently's defaults: auto, 1000, 0.05, 0.1, 0.1, 10 bins, 0.5; 50 000 reference rows */
    public static DriftConfig defaults() {
        return new DriftConfig("auto", 1000, 0.05, 0.1, 0.1, 10, 0.5, 50_000);
    }

    /** @return a copy using {@code m} */
    public DriftConfig withMethod(String m) {
        return new DriftConfig(m, ksSampleLimit, ksPValue, wassersteinThreshold, psiThreshold, psiBins, shareThreshold,
                maxReferenceRows);
    }
}
