/**
 * Metric providers found by ServiceLoader and the training listener that feeds them.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.monitoring.provider;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
