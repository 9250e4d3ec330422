/**
 * The built-in {@link io.deepscalper.api.spi.RetrainTrigger}s: scheduled, performance degradation,
 * data drift, model health and manual. They are registered in
 * {@code META-INF/services/io.deepscalper.api.spi.RetrainTrigger} like any user trigger.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.continuous.trigger;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
