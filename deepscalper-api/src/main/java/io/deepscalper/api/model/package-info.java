/**
 * Engine-neutral model registry types: version ids and references, metadata, the validation gate and
 * its result, retention and the {@link io.deepscalper.api.model.ModelStore} operations that the
 * orchestrator and the CLI use through the {@link io.deepscalper.api.spi.ModelRegistry} SPI.
 */
@API(status = STABLE, since = "0.1.0")
package io.deepscalper.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
