package io.deepscalper.continuous.wiring;

import io.deepscalper.api.metrics.MetricsWriter;
import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.train.EvaluationEvent;
import io.deepscalper.monitoring.perf.RegressionMonitor;

/**
 * Feeds the regression monitor the champion's evaluations only: the orchestrator also evaluates every candidate,
 * and a trend over candidates and champion mixed would say nothing about the deployed model. An evaluation
 * counts when its version is the champion at the time it arrives (re-evaluations on new data, and the champion's
 * side of each gate comparison).
 */
final class ChampionAlerts implements MetricsWriter {
    private final RegressionMonitor monitor;
    private final ModelStore models;

    ChampionAlerts(RegressionMonitor monitor, ModelStore models) {
        this.monitor = monitor;
        this.models = models;
    }

    @Override
    public void onEvaluation(String modelVersion, EvaluationEvent event) {
        if (modelVersion == null || !"validation".equals(event.split())) {
            return;
        }
        boolean champion = models.find(ModelRef.of(Alias.CHAMPION))
                .map(v -> v.id().value().equals(modelVersion)).orElse(false);
        if (champion) {
            monitor.onEvaluation(modelVersion, event);
        }
    }
}
