package io.deepscalper.api.model;

import io.deepscalper.api.config.ConfigChecks;
import io.deepscalper.api.config.InvalidConfigException;

/**
 * One metric criterion of a {@link ValidationGate}, modelled on MLflow's {@code MetricThreshold}.
 *
 * <ul>
 *   <li>{@code threshold}: the candidate must be at least (higher-is-better) or at most (lower-is-better)
 *       this absolute value, e.g. Sharpe &ge; 0.5, maximum drawdown &le; 0.1;</li>
 *   <li>{@code minAbsoluteChange}: the candidate must improve on the champion by at least this much, in
 *       the metric's direction;</li>
 *   <li>{@code minRelativeChange}: the improvement over the champion divided by {@code |champion|} must be
 *       at least this fraction (0.05 = 5 %). When the champion's value is 0 the relative check passes
 *       exactly when the improvement is positive.</li>
 * </ul>
 * A {@code null} criterion is not checked; at least one must be set. The two change criteria are
 * skipped (and say so) when there is no champion yet.
 *
 * @param metric            metric name, as in the evaluation's metric map (e.g. {@code sharpe})
 * @param direction         whether larger values are better
 * @param threshold         absolute bound, or null
 * @param minAbsoluteChange minimum improvement over the champion (&ge; 0), or null
 * @param minRelativeChange minimum relative improvement over the champion (&ge; 0), or null
 */
public record MetricThreshold(String metric, MetricDirection direction, Double threshold, Double minAbsoluteChange,
                              Double minRelativeChange) {

    /** Validates the criterion with messages that name the field. */
    public MetricThreshold {
        ConfigChecks.nonBlank("gate.criteria.metric", metric);
        String key = "gate." + metric;
        ConfigChecks.notNull(key + ".direction", direction, "HIGHER_IS_BETTER or LOWER_IS_BETTER");
        if (threshold == null && minAbsoluteChange == null && minRelativeChange == null) {
            throw new InvalidConfigException(key, key + ": set at least one of threshold, minAbsoluteChange, "
                    + "minRelativeChange");
        }
        if (threshold != null) {
            ConfigChecks.finite(key + ".threshold", threshold);
        }
        requireNonNegative(key + ".minAbsoluteChange", minAbsoluteChange);
        requireNonNegative(key + ".minRelativeChange", minRelativeChange);
    }

    /** @return a criterion with only an absolute bound */
    public static MetricThreshold atLeast(String metric, double bound) {
        return new MetricThreshold(metric, MetricDirection.HIGHER_IS_BETTER, bound, null, null);
    }

    /** @return a lower-is-better criterion with only an absolute bound */
    public static MetricThreshold atMost(String metric, double bound) {
        return new MetricThreshold(metric, MetricDirection.LOWER_IS_BETTER, bound, null, null);
    }

    private static void requireNonNegative(String key, Double v) {
        if (v != null) {
            ConfigChecks.require(v >= 0 && Double.isFinite(v), key, v,
                    "a finite value >= 0 (an improvement in the metric's direction)");
        }
    }
}
