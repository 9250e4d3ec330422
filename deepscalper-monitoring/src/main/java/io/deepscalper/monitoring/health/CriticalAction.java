package io.deepscalper.monitoring.health;

/** What the health monitor asks of the trainer when a report is critical. */
public enum CriticalAction {
    /** Restore the last good checkpoint and stop (the default: the current weights are suspect). */
    ROLLBACK,
    /** Stop and keep the current parameters unpromoted. */
    STOP,
    /** Only report. */
    NONE
}
