package io.deepscalper.monitoring.sink;

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

/** A writer that passes every event to {@link #delegate()}; subclasses add lifecycle around it. */
abstract class ForwardingMetricsWriter implements MetricsWriter {

    /** @return the writer that receives the events */
    protected abstract MetricsWriter delegate();

    @Override
    public void onUpdate(UpdateEvent event, TrainingControl control) {
        delegate().onUpdate(event, control);
    }

    @Override
    public void onEpisode(EpisodeEvent event, TrainingControl control) {
        delegate().onEpisode(event, control);
    }

    @Override
    public void onEvaluation(String modelVersion, EvaluationEvent event) {
        delegate().onEvaluation(modelVersion, event);
    }

    @Override
    public void onEvaluation(String modelVersion, long cycle, EvaluationEvent event) {
        delegate().onEvaluation(modelVersion, cycle, event);
    }

    @Override
    public void onRunStart(RunStart run) {
        delegate().onRunStart(run);
    }

    @Override
    public void onRunEnd(RunEnd end) {
        delegate().onRunEnd(end);
    }

    @Override
    public void onTrainingEnd(long step, TrainingEnd end) {
        delegate().onTrainingEnd(step, end);
    }

    @Override
    public void onHealth(HealthReport report) {
        delegate().onHealth(report);
    }

    @Override
    public void onTrigger(TriggerEvent event) {
        delegate().onTrigger(event);
    }

    @Override
    public void onAlert(AlertEvent event) {
        delegate().onAlert(event);
    }

    @Override
    public void onDataReport(DataReport report) {
        delegate().onDataReport(report);
    }

    @Override
    public void onMetric(long step, long timestampMillis, String name, double value) {
        delegate().onMetric(step, timestampMillis, name, value);
    }

    @Override
    public void flush() {
        delegate().flush();
    }

    @Override
    public void close() {
        delegate().close();
    }
}
