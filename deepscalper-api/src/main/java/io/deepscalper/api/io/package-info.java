/**
 * Small file utilities shared by checkpoints, parameter files, caches and the registry: atomic replacement
 * ({@link io.deepscalper.api.io.AtomicFiles}) and the project's Jackson configurations
 * ({@link io.deepscalper.api.io.Json}).
 */
@API(status = STABLE, since = "0.1.0")
package io.deepscalper.api.io;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
