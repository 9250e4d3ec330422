/**
 * Continuous training: the {@link io.deepscalper.continuous.ContinuousTrainer} loop (data
 * events, triggers, incremental or full retrain, validation against the champion, registration,
 * retention, metrics), its config, the working-directory lock and the command queue through which
 * the CLI talks to a running trainer.
 */
package io.deepscalper.continuous;
