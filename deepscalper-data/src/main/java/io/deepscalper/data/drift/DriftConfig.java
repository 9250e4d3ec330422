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
 * @param calibration           {@code subsample} (default): each feature's threshold comes from the
 *                              reference's own variability, see {@link DriftCalibration}; {@code none}:
 *                              the fixed thresholds above, which treat autocorrelated minute features
 *                              as independent samples and so raise false alarms
 * @param calibrationLevel      with calibration, a feature drifts when its statistic's empirical p-value
 *                              among the reference's sub-windows is below this (0.05)
 * @param calibrationSamples    reference sub-windows drawn to build each feature's null distribution (200)
 * @param blockRows             rows of one block of the subsampling: one session of 1-minute bars (390),
 *                              so that each block keeps the intraday dependence intact
 */
public record DriftConfig(String method, int ksSampleLimit, double ksPValue, double wassersteinThreshold,
                          double psiThreshold, int psiBins, double shareThreshold, int maxReferenceRows,
                          String calibration, double calibrationLevel, int calibrationSamples, int blockRows) {

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
        calibration = calibration == null ? "subsample" : calibration.toLowerCase(Locale.ROOT);
        ConfigChecks.oneOf("drift.calibration", calibration, List.of("subsample", "none"));
        ConfigChecks.inRange("drift.calibrationLevel", calibrationLevel, Interval.open(0, 0.5));
        ConfigChecks.atLeast("drift.calibrationSamples", calibrationSamples, 20);
        ConfigChecks.atLeast("drift.blockRows", blockRows, 1);
        ConfigChecks.require(calibrationLevel * (calibrationSamples + 1) >= 1, "drift.calibrationLevel",
                calibrationLevel, ">= 1 / (calibrationSamples + 1), the smallest p-value " + calibrationSamples
                        + " samples can give");
    }

    /**
     * @return Evidently's defaults (auto, 1000, 0.05, 0.1, 0.1, 10 bins, 0.5), 50 000 reference rows, and
     *     thresholds calibrated by subsampling the reference: level 0.05, 200 samples, 390-row blocks
     */
    public static DriftConfig defaults() {
        return new DriftConfig("auto", 1000, 0.05, 0.1, 0.1, 10, 0.5, 50_000, "subsample", 0.05, 200, 390);
    }

    /** @return a copy with calibration {@code c} ({@code subsample} or {@code none}) */
    public DriftConfig withCalibration(String c) {
        return new DriftConfig(method, ksSampleLimit, ksPValue, wassersteinThreshold, psiThreshold, psiBins,
                shareThreshold, maxReferenceRows, c, calibrationLevel, calibrationSamples, blockRows);
    }

    /** @return a copy using {@code m} */
    public DriftConfig withMethod(String m) {
        return new DriftConfig(m, ksSampleLimit, ksPValue, wassersteinThreshold, psiThreshold, psiBins, shareThreshold,
                maxReferenceRows, calibration, calibrationLevel, calibrationSamples, blockRows);
    }
}
