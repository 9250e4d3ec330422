package io.deepscalper.continuous;

import io.deepscalper.api.metrics.MetricsWriter;
import java.time.Clock;

/**
 * Publishes the orchestrator's status to the metrics store as {@code orchestrator.*} metrics, so that
 * {@code deepscalper status} in another process can read it while the trainer runs:
 * {@code orchestrator.phase} (a {@link Phase} code), {@code orchestrator.cycles},
 * {@code orchestrator.retrains}, {@code orchestrator.pid} and {@code orchestrator.last_retrain_ms}
 * (epoch millis, -1 before the first retrain). The metric's step is the cycle number.
 */
final class StatusPublisher {
    /** Metric name prefix. */
    static final String PREFIX = "orchestrator.";

    /** What the orchestrator is doing; the code is what the metrics store holds. */
    enum Phase {
        STOPPED(0), IDLE(1), TRAINING(2), VALIDATING(3);

        final int code;

        Phase(int code) {
            this.code = code;
        }
    }

    private final MetricsWriter metrics;
    private final Clock clock;

    StatusPublisher(MetricsWriter metrics, Clock clock) {
        this.metrics = metrics;
        this.clock = clock;
    }

    void publish(Phase phase, OrchestratorState state) {
        long now = clock.millis();
        long step = state.cycles();
        metrics.onMetric(step, now, PREFIX + "phase", phase.code);
        metrics.onMetric(step, now, PREFIX + "cycles", state.cycles());
        metrics.onMetric(step, now, PREFIX + "retrains", state.completedRetrains());
        metrics.onMetric(step, now, PREFIX + "pid", ProcessHandle.current().pid());
        metrics.onMetric(step, now, PREFIX + "last_retrain_ms",
                state.lastRetrain() == null ? -1 : state.lastRetrain().toEpochMilli());
        metrics.flush();
    }
}
