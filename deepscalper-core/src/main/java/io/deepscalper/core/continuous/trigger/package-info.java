/**
 * The built-in {@link io.deepscalper.core.spi.RetrainTrigger}s: scheduled, performance degradation,
 * data drift, model health and manual. They are registered in
 * {@code META-INF/services/io.deepscalper.core.spi.RetrainTrigger} like any user trigger.
 */
package io.deepscalper.core.continuous.trigger;
