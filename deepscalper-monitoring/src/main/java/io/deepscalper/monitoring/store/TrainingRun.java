package io.deepscalper.monitoring.store;

/**
 * One row of {@code training_runs}: a retrain, from its start to the version it produced.
 *
 * @param runId          the orchestrator's run id; rows written before runs were recorded are grouped as
 *                       {@code legacy-1}, {@code legacy-2}, ... by the schema migration (one per step reset)
 * @param mode           {@code FULL}, {@code INCREMENTAL}, or {@code UNKNOWN} for a legacy run
 * @param trigger        the trigger that started it, null when unknown
 * @param parentVersion  the version an incremental run continued, null for a full or legacy run
 * @param modelVersion   the version it produced; while it runs (or when it registered none) the continued one
 * @param cycle          the orchestrator cycle it ran in, -1 when unknown
 * @param startedMillis  epoch millis of its first start
 * @param endedMillis    epoch millis of its end, -1 while it runs
 * @param outcome        {@code REGISTERED}, {@code ABORTED}, {@code INTERRUPTED}, {@code LEGACY}; null while it runs
 * @param steps          environment steps trained, -1 while it runs
 */
public record TrainingRun(String runId, String mode, String trigger, String parentVersion, String modelVersion,
                          long cycle, long startedMillis, long endedMillis, String outcome, long steps) {
}
