package io.deepscalper.core.train;

import io.deepscalper.api.train.EvaluationEvent;
/**
 * How a training run ended.
 *
 * @param steps          environment steps done in total (resumed runs included)
 * @param updates        learner updates done in total
 * @param episodes       finished episodes in total
 * @param reason         why it ended: {@code "completed"}, {@code "stopped: ..."} or {@code "rolled back: ..."}
 * @param lastEvaluation the last held-out evaluation, or null when none ran
 */
public record TrainingResult(long steps, long updates, long episodes, String reason, EvaluationEvent lastEvaluation) {
}
