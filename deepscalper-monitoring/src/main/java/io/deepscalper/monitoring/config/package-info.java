/**
 * The {@code metrics} section of a working directory's configuration: which sinks receive the metrics, the
 * Prometheus endpoint's port and address, the metric-provider plug-ins and the regression alerts.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.monitoring.config;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
