/**
 * Engine-neutral monitoring events and the {@link io.deepscalper.api.metrics.MetricsWriter} that
 * receives them. The orchestrator in core writes trigger events, alerts and data reports here, and
 * sinks found through {@link io.deepscalper.api.spi.MetricsSink} (the SQLite store, CSV, SLF4J,
 * Micrometer/Prometheus in the monitoring module, or a user's jar) store or publish them.
 */
@API(status = STABLE, since = "0.1.0")
package io.deepscalper.api.metrics;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
