/**
 * Continuous training: the {@link io.deepscalper.continuous.ContinuousTrainer} loop (data
 * events, triggers, incremental or full retrain, validation against the champion, registration,
 * retention, metrics), its config, the working-directory lock and the command queue through which
 * the CLI talks to a running trainer.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.continuous;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
