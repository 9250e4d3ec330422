package io.deepscalper.api.health;

/**
 * How bad a health finding or report is, ordered from harmless to fatal so that
 * {@link #compareTo} and {@link #max} pick the worst.
 */
public enum HealthSeverity {
    /** Nothing unusual. */
    OK,
    /** Worth a look (e.g. many dead units, a gradient near the explosion threshold); training continues. */
    WARNING,
    /** Training is broken (NaN/Inf, exploding gradients); the trainer should stop or roll back. */
    CRITICAL;

    /** @return the worse of {@code this} and {@code other} */
    public HealthSeverity max(HealthSeverity other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
