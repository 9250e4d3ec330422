package io.deepscalper.monitoring.store;

import io.deepscalper.api.train.EvaluationEvent;

/**
 * A stored evaluation report.
 *
 * @param id           row id (increases with insertion order)
 * @param modelVersion registry version, or null for the model that was in training
 * @param event        the evaluation itself; its {@code step} is the training step only for evaluations made
 *                     during training (version null), its timestamp is when it finished
 * @param cycle        the orchestrator cycle it was made in, -1 for evaluations made during training or by
 *                     code that gives no cycle
 */
public record EvaluationRecord(long id, String modelVersion, EvaluationEvent event, long cycle) {
}
