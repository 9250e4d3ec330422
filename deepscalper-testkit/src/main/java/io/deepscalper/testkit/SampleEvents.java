package io.deepscalper.testkit;

import io.deepscalper.api.health.HealthFinding;
import io.deepscalper.api.health.HealthReport;
import io.deepscalper.api.health.HealthSeverity;
import io.deepscalper.api.metrics.AlertEvent;
import io.deepscalper.api.metrics.DataReport;
import io.deepscalper.api.metrics.MetricsWriter;
import io.deepscalper.api.metrics.TriggerEvent;
import io.deepscalper.api.train.EpisodeEvent;
import io.deepscalper.api.train.EvaluationEvent;
import io.deepscalper.api.train.TrainingControl;
import io.deepscalper.api.train.TrainingEnd;
import io.deepscalper.api.train.UpdateEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One realistic instance of every event the library produces, and the edge cases it also produces
 * (NaN losses and alert values, empty maps, a {@code null} model version), for the contract kits and
 * for sink tests that check what was written.
 */
public final class SampleEvents {
    private SampleEvents() {
    }

    /** @return a learner update: step 100, update 50, loss 0.25 (q 0.2, aux 0.5), grad norm 1.5 */
    public static UpdateEvent update() {
        return new UpdateEvent(100, 50, 0.25, 0.2, 0.5, 0.9, 1000, 3e-4, 1.5, Map.of(), Map.of(), 2_000_000, 1);
    }

    /** @return an episode: step 390, SPY on 2024-01-02, raw return 0.01, hindsight return 0.02 */
    public static EpisodeEvent episode() {
        return new EpisodeEvent(390, 1, "SPY", LocalDate.of(2024, 1, 2), 0.01, 0.02, 390, 7, 0.9, 2);
    }

    /** @return a validation evaluation with Sharpe 1.25 and a flat baseline */
    public static EvaluationEvent evaluation() {
        return new EvaluationEvent(400, "validation", LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 4),
                Map.of("sharpe", 1.25), Map.of("flat", Map.of("sharpe", 0.0)), 3);
    }

    /**
     * Feeds one of every event to {@code w}: an update, an episode, an evaluation of version
     * {@code v_20240105_093000}, a health report, an alert, a trigger event, a drift report and a custom
     * metric {@code example.q_share}.
     */
    public static void feed(MetricsWriter w) {
        w.onUpdate(update(), TrainingControl.NONE);
        w.onEpisode(episode(), TrainingControl.NONE);
        w.onEvaluation("v_20240105_093000", evaluation());
        w.onHealth(HealthReport.of(400, 60, 4, List.of(new HealthFinding("activation.dead", "trunk.0", 0.7, 0.5,
                HealthSeverity.WARNING, "70% dead")), Map.of()));
        w.onAlert(new AlertEvent(5, 400, "anomaly", HealthSeverity.WARNING, "sharpe", -3, "robust z -5"));
        w.onTrigger(new TriggerEvent(6, "schedule", true, "daily", "retrain", Map.of()));
        w.onDataReport(new DataReport(7, DataReport.DRIFT, "csv", "SPY", LocalDate.of(2024, 1, 2),
                LocalDate.of(2024, 1, 4), true, Map.of("psi", 0.05), List.of()));
        w.onMetric(400, 8, "example.q_share", 0.8);
    }

    /** @return a learner update whose losses and gradient norm are NaN, as a diverging run reports them */
    public static UpdateEvent nanUpdate() {
        return new UpdateEvent(101, 51, Double.NaN, Double.NaN, Double.NaN, 0.9, 1000, 3e-4, Double.NaN,
                Map.of("trunk.0.weight", Double.NaN), Map.of("trunk.0.weight", Double.POSITIVE_INFINITY), 0, 9);
    }

    /** @return an update at step 0 with every number zero (no division by the loss is safe) */
    public static UpdateEvent zeroUpdate() {
        return new UpdateEvent(0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of(), Map.of(), 0, 0);
    }

    /**
     * Feeds what the library sends in unusual moments: NaN losses, a NaN alert value (the orchestrator's
     * {@code training.aborted} alert), NaN and infinite custom metrics, evaluations with empty metric maps and
     * a {@code null} version (a training-time evaluation), a health report and a data report without findings,
     * a trigger event without details, and the end of training.
     */
    public static void feedEdgeCases(MetricsWriter w) {
        w.onUpdate(zeroUpdate(), TrainingControl.NONE);
        w.onUpdate(nanUpdate(), TrainingControl.NONE);
        w.onEpisode(new EpisodeEvent(0, 0, "SPY", LocalDate.of(2024, 1, 2), Double.NaN, Double.NaN, 0, 0, 0, 10),
                TrainingControl.NONE);
        EvaluationEvent empty = new EvaluationEvent(0, "validation", LocalDate.of(2024, 1, 3),
                LocalDate.of(2024, 1, 3), Map.of(), Map.of(), 11);
        w.onEvaluation(null, empty);
        w.onEvaluation(empty, TrainingControl.NONE);
        w.onEvaluation("v_20240105_093000", new EvaluationEvent(0, "validation", LocalDate.of(2024, 1, 3),
                LocalDate.of(2024, 1, 3), Map.of("sharpe", Double.NaN), Map.of("flat", Map.of()), 12));
        w.onHealth(HealthReport.of(0, 0, 13, List.of(), Map.of("loss", Double.NaN)));
        w.onAlert(new AlertEvent(14, 0, "training.aborted", HealthSeverity.CRITICAL, "health", Double.NaN,
                "retrain stopped and discarded"));
        w.onTrigger(new TriggerEvent(15, "manual", false, "", "none", Map.of()));
        w.onDataReport(new DataReport(16, DataReport.QUALITY, "", "SPY", LocalDate.of(2024, 1, 2),
                LocalDate.of(2024, 1, 2), false, Map.of(), List.of()));
        w.onMetric(0, 17, "example.nan", Double.NaN);
        w.onMetric(0, 18, "example.inf", Double.NEGATIVE_INFINITY);
        w.onTrainingEnd(101, TrainingEnd.stopped("loss is NaN"));
    }
}
