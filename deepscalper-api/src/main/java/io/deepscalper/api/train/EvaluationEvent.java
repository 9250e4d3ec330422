package io.deepscalper.api.train;

import java.time.LocalDate;
import java.util.Map;

/**
 * A periodic evaluation of the greedy policy on held-out sessions, with the raw reward.
 *
 * @param step            environment steps when evaluated
 * @param split           which sessions: {@code "validation"} or {@code "test"}
 * @param from            first session evaluated
 * @param to              last session evaluated
 * @param metrics         the agent's performance metrics by name (see {@code PerformanceReport#toMetricMap})
 * @param baselines       each baseline policy's metrics, by policy name
 * @param timestampMillis epoch millis when the evaluation finished
 */
public record EvaluationEvent(long step, String split, LocalDate from, LocalDate to, Map<String, Double> metrics,
                              Map<String, Map<String, Double>> baselines, long timestampMillis) {
}
