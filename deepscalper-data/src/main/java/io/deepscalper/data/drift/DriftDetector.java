package io.deepscalper.data.drift;

import io.deepscalper.api.data.DriftSummary;
import io.deepscalper.api.data.FeatureDrift;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 *
 * <p>With {@code calibration = subsample} (the default) the fixed thresholds are replaced by each
 * feature's own null distribution ({@link DriftCalibration}): the feature drifts when its statistic's
 * empirical p-value among sub-windows of the reference is below {@code calibrationLevel}; the verdict's
 * method reads e.g. {@code ks/subsample} and its statistic is that p-value. A reference too short to
 * calibrate against the current window's length falls back to the fixed thresholds, and says so in the
 * method ({@code ks}, {@code wasserstein}, {@code psi}). The null distributions are computed once per
 * reference and window length and kept (the reference changes only when a model is promoted).
 */
public final class DriftDetector {
    private static final Logger LOG = LoggerFactory.getLogger(DriftDetector.class);
    private static final int CACHED = 8;
    private final DriftConfig config;
    private final Map<CalibrationKey, Optional<double[][]>> calibrations = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CalibrationKey, Optional<double[][]>> eldest) {
            return size() > CACHED;
        }
    };

    /** Identity of a reference table (its column arrays compare by identity) and the window's block count. */
    private record CalibrationKey(FeatureTable reference, int windowBlocks) {
    }

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
        int features = reference.names().size();
        float[][] sortedRef = new float[features][];
        String[] methods = new String[features];
        for (int k = 0; k < features; k++) {
            sortedRef[k] = DriftStatistics.sorted(reference.columns().get(k));
            methods[k] = method(sortedRef[k].length);
        }
        Optional<double[][]> nulls = config.calibration().equals("none") ? Optional.empty()
                : calibration(reference, sortedRef, methods, current.rows());
        for (int k = 0; k < features; k++) {
            float[] cur = DriftStatistics.sorted(current.columns().get(k));
            FeatureDrift d = nulls.isPresent()
                    ? calibrated(reference.names().get(k), methods[k], sortedRef[k], cur, nulls.get()[k])
                    : feature(reference.names().get(k), sortedRef[k], cur);
            out.add(d);
            if (d.drifted()) {
                drifted++;
            }
        }
        double share = out.isEmpty() ? 0 : (double) drifted / out.size();
        return new DriftSummary(referenceId, share, config.shareThreshold(), out);
    }

    private String method(int referenceRows) {
        String method = config.method();
        if (method.equals("auto")) {
            method = referenceRows <= config.ksSampleLimit() ? "ks" : "wasserstein";
        }
        return method;
    }

    private Optional<double[][]> calibration(FeatureTable reference, float[][] sortedRef, String[] methods,
                                             int windowRows) {
        CalibrationKey key = new CalibrationKey(reference,
                DriftCalibration.windowBlocks(windowRows, config.blockRows()));
        synchronized (calibrations) {
            Optional<double[][]> cached = calibrations.get(key);
            if (cached != null) {
                return cached;
            }
        }
        Optional<double[][]> computed = DriftCalibration.nullStatistics(reference, sortedRef, methods, windowRows,
                config);
        if (computed.isEmpty()) {
            LOG.warn("Drift reference of {} rows is too short to calibrate thresholds for a {}-row window "
                    + "(its {}-row blocks give fewer than {} distinct sub-windows); using the fixed thresholds",
                    reference.rows(), windowRows, config.blockRows(), Math.round(1 / config.calibrationLevel()));
        }
        synchronized (calibrations) {
            calibrations.put(key, computed);
        }
        return computed;
    }

    private FeatureDrift calibrated(String name, String method, float[] ref, float[] cur, double[] sortedNull) {
        double observed = DriftCalibration.statistic(method, ref, cur, config.psiBins());
        double p = DriftCalibration.pValue(sortedNull, observed);
        return new FeatureDrift(name, method + "/subsample", p, config.calibrationLevel(),
                p < config.calibrationLevel());
    }

    private FeatureDrift feature(String name, float[] ref, float[] cur) {
        String method = method(ref.length);
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
