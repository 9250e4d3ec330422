package io.deepscalper.core.train;

import io.deepscalper.api.train.EvaluationEvent;
import io.deepscalper.api.train.TrainingEnd;

/**
 * How a training run ended.
 *
 * @param steps          environment steps done in total (resumed runs included)
 * @param updates        learner updates done in total
 * @param episodes       finished episodes in total
 * @param end            why it ended (completed, stopped or rolled back) and who asked
 * @param lastEvaluation the last held-out evaluation, or null when none ran
 */
public record TrainingResult(long steps, long updates, long episodes, TrainingEnd end, EvaluationEvent lastEvaluation) {
}
