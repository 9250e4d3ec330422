package io.deepscalper.api.model;

import io.deepscalper.api.config.ConfigChecks;

/**
 * How many versions to keep. Retention never deletes the active version, the champion, the challenger,
 * the version a rollback would return to (the previous champion), the best version by {@code bestMetric}
 * and, unless {@code keepEverActive} is false, any version that was ever active (users backtest early
 * champions); those count towards {@code keepAtMost}, and the newest other versions fill the remaining places.
 *
 * @param keepAtMost     the most versions to keep (at least 1); protected versions may exceed it
 * @param bestMetric     the metric that defines the protected best version
 * @param bestDirection  whether higher or lower {@code bestMetric} is better
 * @param keepEverActive protect every version that was ever active or champion (the default)
 */
public record RetentionPolicy(int keepAtMost, String bestMetric, MetricDirection bestDirection,
                              boolean keepEverActive) {

    /** A policy that keeps every version that was ever active. */
    public RetentionPolicy(int keepAtMost, String bestMetric, MetricDirection bestDirection) {
        this(keepAtMost, bestMetric, bestDirection, true);
    }

    /** Validates the policy. */
    public RetentionPolicy {
        ConfigChecks.positive("retention.keepAtMost", keepAtMost);
        ConfigChecks.notNull("retention.bestMetric", bestMetric, "a metric name");
        ConfigChecks.notNull("retention.bestDirection", bestDirection, "HIGHER_IS_BETTER or LOWER_IS_BETTER");
    }

    /** @return a copy that lets retention delete formerly active versions (never the current or previous one) */
    public RetentionPolicy allowDeletingFormerChampions() {
        return new RetentionPolicy(keepAtMost, bestMetric, bestDirection, false);
    }

    /** @return keep at most {@code n}, protecting the best Sharpe and every version that was ever active */
    public static RetentionPolicy keep(int n) {
        return new RetentionPolicy(n, "sharpe", MetricDirection.HIGHER_IS_BETTER);
    }
}
