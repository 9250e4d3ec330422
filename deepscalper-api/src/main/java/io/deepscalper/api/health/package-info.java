/**
 * Engine-neutral model-health types: a {@link io.deepscalper.api.health.HealthReport} with its
 * {@link io.deepscalper.api.health.HealthSeverity}, produced by the monitoring module's health
 * listener and read by the orchestrator's health trigger without either naming the other.
 */
@API(status = STABLE, since = "0.1.0")
package io.deepscalper.api.health;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
