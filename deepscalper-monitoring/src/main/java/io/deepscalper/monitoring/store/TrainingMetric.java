package io.deepscalper.monitoring.store;

import java.time.LocalDate;

/**
 * One row of the {@code training_metrics} table: either a learner update ({@link #UPDATE}) or a
 * finished episode ({@link #EPISODE}). Fields that the kind does not have are NaN (doubles), -1
 * (counters) or null (text). SQLite stores NaN as NULL, so a NaN loss of an update reads back as NaN.
 *
 * @param kind            {@link #UPDATE} or {@link #EPISODE}
 * @param step            environment steps so far
 * @param update          learner updates so far (updates only)
 * @param episode         episodes so far (episodes only)
 * @param timestampMillis epoch millis
 * @param loss            total loss
 * @param qLoss           TD loss
 * @param auxLoss         auxiliary volatility loss
 * @param rawReturn       episode return on raw reward
 * @param hindsightReturn episode return on hindsight-shaped reward
 * @param epsilon         exploration rate
 * @param bufferSize      replay size (updates only)
 * @param learningRate    learning rate (updates only)
 * @param gradNorm        global gradient norm before clipping (updates only)
 * @param wallTimeNanos   update wall time (updates only)
 * @param symbol          symbol (episodes only)
 * @param session         session date (episodes only)
 * @param episodeSteps    steps in the episode (episodes only)
 * @param trades          fills in the episode (episodes only)
 * @param runId           the training run that wrote the row, null for rows written outside a run
 * @param modelVersion    the registry version the run produced or (until it registered one) continued; null
 *                        for a full run before its registration, or a run that registered nothing
 */
public record TrainingMetric(String kind, long step, long update, long episode, long timestampMillis, double loss,
                             double qLoss, double auxLoss, double rawReturn, double hindsightReturn,
                             double epsilon, long bufferSize, double learningRate, double gradNorm,
                             long wallTimeNanos, String symbol, LocalDate session, long episodeSteps,
                             long trades, String runId, String modelVersion) {

    /** Kind of a learner-update row. */
    public static final String UPDATE = "update";
    /** Kind of an episode row. */
    public static final String EPISODE = "episode";

    /** @return true for a learner-update row */
    public boolean isUpdate() {
        return UPDATE.equals(kind);
    }
}
