package io.deepscalper.monitoring.sink;

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
import io.deepscalper.api.train.UpdateEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Feeds one of every event to a writer. */
final class SinkEvents {
    private SinkEvents() {
    }

    static void feed(MetricsWriter w) {
        w.onUpdate(new UpdateEvent(100, 50, 0.25, 0.2, 0.5, 0.9, 1000, 3e-4, 1.5, Map.of(), Map.of(), 2_000_000, 1),
                TrainingControl.NONE);
        w.onEpisode(new EpisodeEvent(390, 1, "SPY", LocalDate.of(2024, 1, 2), 0.01, 0.02, 390, 7, 0.9, 2),
                TrainingControl.NONE);
        w.onEvaluation("v_20240105_093000", new EvaluationEvent(400, "validation", LocalDate.of(2024, 1, 3),
                LocalDate.of(2024, 1, 4), Map.of("sharpe", 1.25), Map.of("flat", Map.of("sharpe", 0.0)), 3));
        w.onHealth(HealthReport.of(400, 60, 4, List.of(new HealthFinding("activation.dead", "trunk.0", 0.7, 0.5,
                HealthSeverity.WARNING, "70% dead")), Map.of()));
        w.onAlert(new AlertEvent(5, 400, "anomaly", HealthSeverity.WARNING, "sharpe", -3, "robust z -5"));
        w.onTrigger(new TriggerEvent(6, "schedule", true, "daily", "retrain", Map.of()));
        w.onDataReport(new DataReport(7, DataReport.DRIFT, "csv", "SPY", LocalDate.of(2024, 1, 2),
                LocalDate.of(2024, 1, 4), true, Map.of("psi", 0.05), List.of()));
        w.onMetric(400, 8, "example.q_share", 0.8);
    }
}
