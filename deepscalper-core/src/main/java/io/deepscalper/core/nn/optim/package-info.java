/**
 * Engine-neutral, allocation-free optimiser arithmetic on flat {@code float[]} parameter vectors: Adam, the soft
 * target update and per-parameter norms. Written as plain loops that the JIT vectorises, so one update touches each
 * parameter a handful of times instead of once per engine operation.
 */
@API(status = INTERNAL, since = "0.1.0")
package io.deepscalper.core.nn.optim;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
