package io.deepscalper.monitoring.store;

import io.deepscalper.api.train.EvaluationEvent;

/**
 * A stored evaluation report.
 *
 * @param id           row id (increases with insertion order)
 * @param modelVersion registry version, or null for the model that was in training
 * @param event        the evaluation itself
 */
public record EvaluationRecord(long id, String modelVersion, EvaluationEvent event) {
}
