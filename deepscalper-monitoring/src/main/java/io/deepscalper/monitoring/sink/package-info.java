/**
 * {@link io.deepscalper.api.spi.MetricsSink} implementations: the SQLite store ({@code sqlite}),
 * CSV files ({@code csv}), SLF4J ({@code slf4j}), Micrometer's global registry ({@code micrometer})
 * and Prometheus with a loopback {@code /metrics} endpoint ({@code prometheus}).
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.monitoring.sink;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
