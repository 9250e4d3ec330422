package io.deepscalper.continuous;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The champion's most recent evaluation metrics, oldest first, at most {@code window} of them: what the trend
 * triggers see in {@code TriggerContext.recentEvaluations}. Cleared when the champion changes or is rolled back,
 * so that a trend never mixes two models. Not thread-safe (the trainer's cycle owns it).
 */
final class EvaluationTrend {
    private final int window;
    private final List<Map<String, Double>> metrics = new ArrayList<>();

    /** @param window the most evaluations kept ({@code ContinuousTrainingConfig.trendWindow}) */
    EvaluationTrend(int window) {
        this.window = window;
    }

    /** Appends one evaluation, dropping the oldest beyond the window. */
    void add(Map<String, Double> evaluation) {
        metrics.add(evaluation);
        while (metrics.size() > window) {
            metrics.remove(0);
        }
    }

    /** Forgets every evaluation: a new or restored champion starts its own trend. */
    void clear() {
        metrics.clear();
    }

    /** @return the kept evaluations, oldest first (a live view; {@code TriggerContext} copies it) */
    List<Map<String, Double>> recent() {
        return metrics;
    }
}
