package io.deepscalper.continuous;

import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.nn.ParameterSet;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link ModelEvaluator} whose scores a test decides: each model (parameter set) it has not seen before
 * gets the next scripted Sharpe ratio, or {@link #DEFAULT_SHARPE} when the script is used up, and keeps that
 * score whenever it is evaluated again, so the champion scores the same in every comparison.
 */
final class ScriptedEvaluator implements ModelEvaluator {
    /** The score of models the script does not cover. */
    static final double DEFAULT_SHARPE = 1.0;

    private final Deque<Double> script = new ArrayDeque<>();
    private final Map<ParameterSet, Map<String, Double>> scores = new HashMap<>();
    private int calls;

    /** Queues the Sharpe ratios of the next new models, in the order they are first evaluated. */
    ScriptedEvaluator thenScores(double... sharpes) {
        for (double s : sharpes) {
            script.add(s);
        }
        return this;
    }

    /** @return how many evaluations ran */
    int calls() {
        return calls;
    }

    @Override
    public Map<String, Double> evaluate(ParameterSet parameters, List<SessionSeries> heldOut) {
        if (heldOut.isEmpty()) {
            throw new IllegalArgumentException("the orchestrator must hand over held-out sessions");
        }
        calls++;
        return scores.computeIfAbsent(parameters, p -> metrics(script.isEmpty() ? DEFAULT_SHARPE : script.poll()));
    }

    /** @return the metric map of a model with Sharpe {@code sharpe} (drawdown 5 %, return sharpe / 100) */
    static Map<String, Double> metrics(double sharpe) {
        return Map.of("sharpe", sharpe, "max_drawdown", 0.05, "total_return", sharpe / 100);
    }
}
