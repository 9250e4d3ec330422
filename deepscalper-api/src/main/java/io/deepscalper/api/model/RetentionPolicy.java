package io.deepscalper.api.model;

import io.deepscalper.api.config.ConfigChecks;

/**
 * How many versions to keep. Retention never deletes the active version, the champion, the challenger,
 * the version a rollback would return to, or the best version by {@code bestMetric}; those count
 * towards {@code keepAtMost}, and the newest other versions fill the remaining places.
 *
 * @param keepAtMost     the most versions to keep (at least 1); protected versions may exceed it
 * @param bestMetric     the metric that defines the protected best version
 * @param bestDirection  whether higher or lower {@code bestMetric} is better
 */
public record RetentionPolicy(int keepAtMost, String bestMetric, MetricDirection bestDirection) {

    /** Validates the policy. */
    public RetentionPolicy {
        ConfigChecks.positive("retention.keepAtMost", keepAtMost);
        ConfigChecks.notNull("retention.bestMetric", bestMetric, "a metric name");
        ConfigChecks.notNull("retention.bestDirection", bestDirection, "HIGHER_IS_BETTER or LOWER_IS_BETTER");
    }

    /** @return keep at most {@code n}, protecting the best Sharpe */
    public static RetentionPolicy keep(int n) {
        return new RetentionPolicy(n, "sharpe", MetricDirection.HIGHER_IS_BETTER);
    }
}
