package io.deepscalper.api.model;

/**
 * Whether a larger value of a metric is better (Sharpe, total return) or worse (maximum drawdown,
 * fees), as MLflow's {@code greater_is_better}.
 */
public enum MetricDirection {
    /** Larger is better, e.g. {@code sharpe}. */
    HIGHER_IS_BETTER,
    /** Smaller is better, e.g. {@code max_drawdown}. */
    LOWER_IS_BETTER;

    /** @return true when {@code a} is strictly better than {@code b} in this direction */
    public boolean better(double a, double b) {
        return this == HIGHER_IS_BETTER ? a > b : a < b;
    }

    /** @return the improvement of {@code candidate} over {@code baseline}: positive means better */
    public double improvement(double candidate, double baseline) {
        return this == HIGHER_IS_BETTER ? candidate - baseline : baseline - candidate;
    }
}
