package io.deepscalper.core.dqn;

/** Per-branch TD loss. */
public enum TdLoss {
    /** Huber (smooth L1) with delta 1: quadratic within one unit of the target, linear beyond. The default. */
    HUBER,
    /** One half of the squared TD error. */
    HALF_SQUARED
}
