package io.deepscalper.continuous.wiring;

import io.deepscalper.api.health.HealthReport;
import io.deepscalper.api.metrics.AlertEvent;
import io.deepscalper.api.metrics.DataReport;
import io.deepscalper.api.metrics.MetricsWriter;
import io.deepscalper.api.metrics.RunEnd;
import io.deepscalper.api.metrics.RunStart;
import io.deepscalper.api.metrics.TriggerEvent;
import io.deepscalper.api.train.EpisodeEvent;
import io.deepscalper.api.train.EvaluationEvent;
import io.deepscalper.api.train.TrainingControl;
import io.deepscalper.api.train.TrainingEnd;
import io.deepscalper.api.train.UpdateEvent;
import io.deepscalper.monitoring.sink.CompositeMetricsWriter;
import io.deepscalper.monitoring.store.MetricsStore;

/**
 * The trainer's metrics writer: every event goes to the store first, then to the other sinks. A failure of the
 * store propagates (the orchestrator's state lives in it, and a full disk must stop the run, not be logged and
 * forgotten); the other sinks are a {@link CompositeMetricsWriter}, so a broken dashboard sink is logged and
 * skipped. Closing closes the others, then the store.
 */
final class MetricsFanOut implements MetricsWriter {
    private final MetricsStore store;
    private final CompositeMetricsWriter others;

    MetricsFanOut(MetricsStore store, CompositeMetricsWriter others) {
        this.store = store;
        this.others = others;
    }

    @Override
    public void onUpdate(UpdateEvent event, TrainingControl control) {
        store.onUpdate(event, control);
        others.onUpdate(event, control);
    }

    @Override
    public void onEpisode(EpisodeEvent event, TrainingControl control) {
        store.onEpisode(event, control);
        others.onEpisode(event, control);
    }

    @Override
    public void onEvaluation(String modelVersion, EvaluationEvent event) {
        store.onEvaluation(modelVersion, event);
        others.onEvaluation(modelVersion, event);
    }

    @Override
    public void onEvaluation(String modelVersion, long cycle, EvaluationEvent event) {
        store.onEvaluation(modelVersion, cycle, event);
        others.onEvaluation(modelVersion, cycle, event);
    }

    @Override
    public void onRunStart(RunStart run) {
        store.onRunStart(run);
        others.onRunStart(run);
    }

    @Override
    public void onRunEnd(RunEnd end) {
        store.onRunEnd(end);
        others.onRunEnd(end);
    }

    @Override
    public void onTrainingEnd(long step, TrainingEnd end) {
        store.onTrainingEnd(step, end);
        others.onTrainingEnd(step, end);
    }

    @Override
    public void onHealth(HealthReport report) {
        store.onHealth(report);
        others.onHealth(report);
    }

    @Override
    public void onTrigger(TriggerEvent event) {
        store.onTrigger(event);
        others.onTrigger(event);
    }

    @Override
    public void onAlert(AlertEvent event) {
        store.onAlert(event);
        others.onAlert(event);
    }

    @Override
    public void onDataReport(DataReport report) {
        store.onDataReport(report);
        others.onDataReport(report);
    }

    @Override
    public void onMetric(long step, long timestampMillis, String name, double value) {
        store.onMetric(step, timestampMillis, name, value);
        others.onMetric(step, timestampMillis, name, value);
    }

    @Override
    public void flush() {
        store.flush();
        others.flush();
    }

    @Override
    public void close() {
        try {
            others.close();
        } finally {
            store.close();
        }
    }
}
