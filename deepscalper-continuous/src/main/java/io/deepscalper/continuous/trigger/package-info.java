/**
 * The built-in {@link io.deepscalper.api.spi.RetrainTrigger}s: scheduled, performance degradation,
 * data drift, model health and manual. They are registered in
 * {@code META-INF/services/io.deepscalper.api.spi.RetrainTrigger} like any user trigger.
 */
package io.deepscalper.continuous.trigger;
