package io.deepscalper.tuning;

import io.deepscalper.api.train.EvaluationEvent;
import io.deepscalper.api.train.TrainingControl;
import io.deepscalper.api.train.TrainingListener;
import io.deepscalper.api.train.UpdateEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Watches one trial's checkpoint evaluations: builds its validation curve (the mean over the symbols of the
 * greedy policy's total return), records its score at each rung, and stops it when successive halving's bar
 * for that rung is not reached or the wall-time budget is over.
 */
final class CheckpointWatch implements TrainingListener {
    private final int markets;
    private final Set<Long> rungs;
    private final Map<Long, Double> thresholds;
    private final long deadlineMillis;
    private final TreeMap<Long, double[]> pending = new TreeMap<>();
    private final List<CurvePoint> curve = new ArrayList<>();
    private final TreeMap<Long, Double> rungScores = new TreeMap<>();
    private double best = Double.NEGATIVE_INFINITY;
    private TrialStatus stoppedAs;
    private String stopReason;
    private long updates;

    CheckpointWatch(int markets, Set<Long> rungs, Map<Long, Double> thresholds, long deadlineMillis) {
        this.markets = markets;
        this.rungs = rungs;
        this.thresholds = thresholds;
        this.deadlineMillis = deadlineMillis;
    }

    @Override
    public void onEvaluation(EvaluationEvent event, TrainingControl control) {
        double[] acc = pending.computeIfAbsent(event.step(), s -> new double[2]);
        acc[0] += event.metrics().getOrDefault("total_return", 0.0);
        acc[1]++;
        if (acc[1] < markets) {
            return; // the other symbols' events of this checkpoint follow
        }
        pending.remove(event.step());
        double v = acc[0] / markets;
        curve.add(new CurvePoint(event.step(), v));
        // the best so far: what snapshot selection would hand in if the trial ended here
        best = Math.max(best, v);
        if (rungs.contains(event.step())) {
            rungScores.put(event.step(), best);
            Double bar = thresholds.get(event.step());
            if (bar != null && best < bar && stoppedAs == null) {
                stoppedAs = TrialStatus.STOPPED_EARLY;
                stopReason = String.format(java.util.Locale.ROOT,
                        "successive halving at step %d: best validation return %.6f below the bar %.6f", event.step(),
                        best, bar);
                control.requestStop(stopReason);
            }
        }
    }

    @Override
    public void onUpdate(UpdateEvent event, TrainingControl control) {
        // reading the clock every update would cost more than the check is worth
        if (deadlineMillis > 0 && ++updates % 64 == 0 && System.currentTimeMillis() > deadlineMillis
                && stoppedAs == null) {
            stoppedAs = TrialStatus.STOPPED_BUDGET;
            stopReason = "the search's wall-time budget ran out";
            control.requestStop(stopReason);
        }
    }

    List<CurvePoint> curve() {
        return curve;
    }

    Map<Long, Double> rungScores() {
        return rungScores;
    }

    double best() {
        return best;
    }

    TrialStatus stoppedAs() {
        return stoppedAs;
    }

    String stopReason() {
        return stopReason;
    }
}
