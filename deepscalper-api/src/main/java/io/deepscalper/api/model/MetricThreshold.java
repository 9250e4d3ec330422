package io.deepscalper.api.model;

import java.util.Objects;

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
        if (metric == null || metric.isBlank()) {
            throw new IllegalArgumentException("MetricThreshold: metric must be a non-empty metric name");
        }
        Objects.requireNonNull(direction, () -> "MetricThreshold " + metric + ": direction is required "
                + "(HIGHER_IS_BETTER or LOWER_IS_BETTER)");
        if (threshold == null && minAbsoluteChange == null && minRelativeChange == null) {
            throw new IllegalArgumentException("MetricThreshold " + metric + ": set at least one of threshold, "
                    + "minAbsoluteChange, minRelativeChange");
        }
        if (threshold != null && !Double.isFinite(threshold)) {
            throw new IllegalArgumentException("MetricThreshold " + metric + ": threshold must be finite but was "
                    + threshold);
        }
        requireNonNegative(metric, "minAbsoluteChange", minAbsoluteChange);
        requireNonNegative(metric, "minRelativeChange", minRelativeChange);
    }

    /** @return a criterion with only an absolute bound */
    public static MetricThreshold atLeast(String metric, double bound) {
        return new MetricThreshold(metric, MetricDirection.HIGHER_IS_BETTER, bound, null, null);
    }

    /** @return a lower-is-better criterion with only an absolute bound */
    public static MetricThreshold atMost(String metric, double bound) {
        return new MetricThreshold(metric, MetricDirection.LOWER_IS_BETTER, bound, null, null);
    }

    private static void requireNonNegative(String metric, String field, Double v) {
        if (v != null && !(v >= 0 && Double.isFinite(v))) {
            throw new IllegalArgumentException("MetricThreshold " + metric + ": " + field
                    + " must be a finite value >= 0 (an improvement in the metric's direction) but was " + v);
        }
    }
}
