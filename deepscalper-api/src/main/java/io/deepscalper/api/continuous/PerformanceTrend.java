package io.deepscalper.api.continuous;

/** Direction of the recent evaluation metric, as classified by a significance test. */
public enum PerformanceTrend {
    /** Too few evaluations to say. */
    UNKNOWN,
    /** Significantly improving. */
    IMPROVING,
    /** No significant trend. */
    STABLE,
    /** Significantly degrading. */
    DEGRADING
}
