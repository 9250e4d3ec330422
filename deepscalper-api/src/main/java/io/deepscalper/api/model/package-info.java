/**
 * Engine-neutral model registry types: version ids and references, metadata, the validation gate and
 * its result, retention and the {@link io.deepscalper.api.model.ModelStore} operations that the
 * orchestrator and the CLI use through the {@link io.deepscalper.api.spi.ModelRegistry} SPI.
 */
package io.deepscalper.api.model;
