/**
 * Small file utilities shared by checkpoints, parameter files, caches and the registry: atomic replacement
 * ({@link io.deepscalper.api.io.AtomicFiles}) and the project's Jackson configurations
 * ({@link io.deepscalper.api.io.Json}).
 */
package io.deepscalper.api.io;
