/**
 * Engine-neutral model-health types: a {@link io.deepscalper.core.health.HealthReport} with its
 * {@link io.deepscalper.core.health.HealthSeverity}, produced by the monitoring module's health
 * listener and read by the orchestrator's health trigger without either naming the other.
 */
package io.deepscalper.core.health;
