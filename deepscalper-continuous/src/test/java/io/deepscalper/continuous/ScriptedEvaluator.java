package io.deepscalper.continuous;

import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.model.ModelEvaluation;
import io.deepscalper.api.nn.ParameterSet;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A {@link ModelEvaluator} whose edges a test decides. Each model (parameter set) it has not seen before
 * gets the next scripted edge, or {@link #DEFAULT_EDGE} when the script is used up, and keeps it (until
 * {@link #changeEdge}) whenever it is evaluated again. On a set of sessions a model with edge {@code e}
 * returns {@code SCALE * (e + NOISE * z)} per session, with {@code z} seeded by the model and the date and
 * centred over the sessions, so the mean session return is exactly {@code SCALE * e}: edge 0 has no edge at
 * all, and two models are compared on the same sessions with noise that differs between them. The
 * {@code sharpe} metric is the edge itself, so that tests can read it back.
 */
final class ScriptedEvaluator implements ModelEvaluator {
    /** The edge of models the script does not cover. */
    static final double DEFAULT_EDGE = 1.0;
    /** Session return per unit of edge. */
    static final double SCALE = 0.001;
    /** Standard deviation of the session noise, in units of edge. */
    static final double NOISE = 0.2;

    private final Deque<Double> script = new ArrayDeque<>();
    private final Map<ParameterSet, Integer> ordinals = new HashMap<>();
    private final List<Double> edges = new ArrayList<>();
    private int calls;
    private Runnable beforeNext;

    /** Runs {@code action} once, at the start of the next model evaluation (e.g. a stop during validation). */
    ScriptedEvaluator beforeNextEvaluation(Runnable action) {
        beforeNext = action;
        return this;
    }

    /** Queues the edges of the next new models, in the order they are first evaluated. */
    ScriptedEvaluator thenScores(double... next) {
        for (double e : next) {
            script.add(e);
        }
        return this;
    }

    /** Gives the {@code ordinal}-th model seen (0 for the first) a new edge from now on: a regime change. */
    ScriptedEvaluator changeEdge(int ordinal, double edge) {
        edges.set(ordinal, edge);
        return this;
    }

    /** @return how many model evaluations ran (flat not counted) */
    int calls() {
        return calls;
    }

    @Override
    public ModelEvaluation evaluate(ParameterSet parameters, List<SessionSeries> heldOut) {
        if (heldOut.isEmpty()) {
            throw new IllegalArgumentException("the orchestrator must hand over held-out sessions");
        }
        calls++;
        if (beforeNext != null) {
            Runnable r = beforeNext;
            beforeNext = null;
            r.run();
        }
        int ordinal = ordinals.computeIfAbsent(parameters, p -> {
            edges.add(script.isEmpty() ? DEFAULT_EDGE : script.poll());
            return edges.size() - 1;
        });
        return evaluation(ordinal, edges.get(ordinal), ModelEvaluator.sessionDates(heldOut));
    }

    private static ModelEvaluation evaluation(int ordinal, double edge, List<LocalDate> dates) {
        double[] z = new double[dates.size()];
        double mean = 0;
        for (int i = 0; i < z.length; i++) {
            z[i] = new Random(ordinal * 1_000_003L + dates.get(i).toEpochDay()).nextGaussian();
            mean += z[i] / z.length;
        }
        List<Double> returns = new ArrayList<>();
        double total = 0;
        for (double v : z) {
            double r = SCALE * (edge + NOISE * (v - mean));
            returns.add(r);
            total += r;
        }
        return new ModelEvaluation(metrics(edge, total), dates, returns);
    }

    /** @return the metric map of a model with edge {@code edge} (drawdown 5 %) */
    static Map<String, Double> metrics(double edge, double totalReturn) {
        return Map.of("sharpe", edge, "max_drawdown", 0.05, "total_return", totalReturn);
    }
}
