package io.deepscalper.monitoring.store;

/**
 * One custom scalar from the {@code custom_metrics} table.
 *
 * @param step            environment steps when measured
 * @param timestampMillis epoch millis
 * @param name            metric name
 * @param value           value (NaN when it was NaN or missing)
 */
public record MetricPoint(long step, long timestampMillis, String name, double value) {
}
