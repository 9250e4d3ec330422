/**
 * deepscalper-monitoring: the durable SQLite metrics store ({@code store}), model health
 * ({@code health}), performance trends, anomalies and change points ({@code perf}), metric sinks and
 * Prometheus export ({@code sink}), custom metric providers ({@code provider}) and PNG charts
 * ({@code plot}). Depends on deepscalper-core only.
 */
package io.deepscalper.monitoring;
