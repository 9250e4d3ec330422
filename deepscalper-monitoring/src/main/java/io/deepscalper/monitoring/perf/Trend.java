package io.deepscalper.monitoring.perf;

/** Direction of a metric over time, as decided by a significance test (never by a bare slope). */
public enum Trend {
    /** Significant monotonic change in the good direction. */
    IMPROVING,
    /** Significant monotonic change in the bad direction. */
    DEGRADING,
    /** No significant monotonic change at the chosen level (or too few points to tell). */
    STABLE
}
