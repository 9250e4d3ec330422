package io.deepscalper.api.metrics;

import io.deepscalper.api.health.HealthSeverity;
import java.util.Objects;

/**
 * A detected performance problem: a significant degrading trend, an anomalous evaluation, a change
 * point in returns. Alerts are events, stored next to trigger events, and a retraining trigger may
 * act on them.
 *
 * @param timestampMillis epoch millis when detected
 * @param step            training step (or evaluation index) the alert refers to
 * @param kind            stable kind: {@code trend.degrading}, {@code anomaly}, {@code change_point}
 * @param severity        how bad (same scale as model health)
 * @param metric          the metric it concerns, e.g. {@code sharpe}
 * @param value           the value or statistic that crossed the line
 * @param message         a sentence for people: what, by which test, at what significance
 */
public record AlertEvent(long timestampMillis, long step, String kind, HealthSeverity severity, String metric,
                         double value, String message) {

    /** Rejects missing fields. */
    public AlertEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(message, "message");
    }
}
