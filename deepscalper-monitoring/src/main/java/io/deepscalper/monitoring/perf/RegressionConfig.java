package io.deepscalper.monitoring.perf;

import io.deepscalper.api.config.ConfigChecks;
import io.deepscalper.api.config.Interval;

/**
 * Settings of a {@link RegressionMonitor}. Validated on construction.
 *
 * @param metric         the report metric whose trend and anomalies are watched, e.g. {@code sharpe}
 * @param higherIsBetter whether a rise of {@code metric} is good (false for drawdown)
 * @param returnMetric   the report metric that holds the period return, for the change detector
 * @param window         reports kept for the trend test and as the anomaly reference
 * @param minHistory     reports needed before any alert
 * @param alpha          significance level of the Mann-Kendall trend test
 * @param zThreshold     robust-z beyond which the newest value is an anomaly
 * @param changeDelta    Page-Hinkley tolerated change of the mean return (units of {@code returnMetric})
 * @param changeLambda   Page-Hinkley alarm threshold (cumulative deviation, units of {@code returnMetric})
 */
public record RegressionConfig(String metric, boolean higherIsBetter, String returnMetric, int window,
                               int minHistory, double alpha, double zThreshold, double changeDelta,
                               double changeLambda) {

    /** Validates every field, naming the one that is wrong. */
    public RegressionConfig {
        ConfigChecks.notNull("regression.metric", metric, "a metric name");
        ConfigChecks.notNull("regression.returnMetric", returnMetric, "a metric name");
        ConfigChecks.atLeast("regression.window", window, MannKendall.MIN_POINTS);
        ConfigChecks.require(minHistory >= 3 && minHistory <= window, "regression.minHistory", minHistory,
                "in [3, window=" + window + "]");
        ConfigChecks.inRange("regression.alpha", alpha, Interval.openClosed(0, 0.5));
        ConfigChecks.positive("regression.zThreshold", zThreshold);
        ConfigChecks.nonNegative("regression.changeDelta", changeDelta);
        ConfigChecks.positive("regression.changeLambda", changeLambda);
    }

    /**
     * @return Sharpe watched over 20 reports from the 8th on, alpha 0.05, robust z 3.5, Page-Hinkley on
     *         {@code total_return} with δ = 0.0005 and λ = 0.02 (returns per unit of initial equity)
     */
    public static RegressionConfig defaults() {
        return new RegressionConfig("sharpe", true, "total_return", 20, 8, 0.05, RobustZ.DEFAULT_THRESHOLD,
                0.0005, 0.02);
    }

    /** @return a builder starting from {@link #defaults()} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder for {@link RegressionConfig}. */
    public static final class Builder {
        private final RegressionConfig d = defaults();
        private String metric = d.metric;
        private boolean higherIsBetter = d.higherIsBetter;
        private String returnMetric = d.returnMetric;
        private int window = d.window;
        private int minHistory = d.minHistory;
        private double alpha = d.alpha;
        private double zThreshold = d.zThreshold;
        private double changeDelta = d.changeDelta;
        private double changeLambda = d.changeLambda;

        private Builder() {
        }

        /** @param name watched metric; @param higherBetter whether up is good */
        public Builder metric(String name, boolean higherBetter) {
            metric = name;
            higherIsBetter = higherBetter;
            return this;
        }

        /** @param v metric holding the period return */
        public Builder returnMetric(String v) {
            returnMetric = v;
            return this;
        }

        /** @param v reports in the window */
        public Builder window(int v) {
            window = v;
            return this;
        }

        /** @param v reports before the first alert */
        public Builder minHistory(int v) {
            minHistory = v;
            return this;
        }

        /** @param v significance level */
        public Builder alpha(double v) {
            alpha = v;
            return this;
        }

        /** @param v robust-z threshold */
        public Builder zThreshold(double v) {
            zThreshold = v;
            return this;
        }

        /** @param delta Page-Hinkley δ; @param lambda Page-Hinkley λ */
        public Builder changeDetector(double delta, double lambda) {
            changeDelta = delta;
            changeLambda = lambda;
            return this;
        }

        /** @return the validated config */
        public RegressionConfig build() {
            return new RegressionConfig(metric, higherIsBetter, returnMetric, window, minHistory, alpha, zThreshold,
                    changeDelta, changeLambda);
        }
    }
}
