/**
 * Model health: a {@link io.deepscalper.api.train.TrainingListener} that checks gradient and weight
 * norms, dead ReLU units and activation statistics on a fixed probe batch, and NaN/Inf, and turns them
 * into {@link io.deepscalper.api.health.HealthReport}s; a critical report can stop training or roll
 * it back to the last good checkpoint.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.monitoring.health;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
