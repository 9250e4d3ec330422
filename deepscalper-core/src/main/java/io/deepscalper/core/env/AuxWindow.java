package io.deepscalper.core.env;

/**
 * Which bars the auxiliary volatility target looks at (docs/algorithm.md, "Auxiliary task").
 */
public enum AuxWindow {
    /** The standard deviation of the log returns over the next {@code h} bars, as in the paper (default). */
    FUTURE,
    /** The standard deviation of the log returns over the past {@code h} bars, as in the original system. */
    PAST
}
