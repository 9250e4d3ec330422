package io.deepscalper.api.metrics;

import io.deepscalper.api.health.HealthReport;
import io.deepscalper.api.train.EvaluationEvent;
import io.deepscalper.api.train.TrainingControl;
import io.deepscalper.api.train.TrainingListener;

/**
 * An open metrics destination, made by a {@link io.deepscalper.api.spi.MetricsSink}. It is a
 * {@link TrainingListener}, so it can be added to a trainer directly; the other methods carry what
 * the orchestrator and the monitoring module produce outside the training loop. Every method has an
 * empty default, so a writer implements only what it stores.
 *
 * <p>Writers may buffer; {@link #flush()} makes everything written so far durable or visible, and
 * {@link #close()} flushes and releases resources. Unless an implementation says otherwise, a writer
 * is used from one thread at a time.
 */
public interface MetricsWriter extends TrainingListener, AutoCloseable {

    /**
     * A finished evaluation of a named model version (the registry's validation gate, a scheduled
     * re-evaluation). The {@link TrainingListener#onEvaluation} of a training run lands here with a
     * {@code null} version.
     *
     * @param modelVersion the registry version id, or {@code null} for the model still in training
     * @param event        the evaluation
     */
    default void onEvaluation(String modelVersion, EvaluationEvent event) {
    }

    /**
     * An evaluation of a named model version made by the orchestrator in a given cycle. Stores that keep
     * the cycle (so that evaluations can be charted over cycles, not over a training step that does not
     * apply to them) override this; the default drops the cycle and calls
     * {@link #onEvaluation(String, EvaluationEvent)}.
     *
     * @param modelVersion the registry version id, or {@code null} for the model still in training
     * @param cycle        the orchestrator cycle, at least 0
     * @param event        the evaluation
     */
    default void onEvaluation(String modelVersion, long cycle, EvaluationEvent event) {
        onEvaluation(modelVersion, event);
    }

    /**
     * A training run begins or resumes: the training rows that follow belong to it.
     *
     * @param run the run
     */
    default void onRunStart(RunStart run) {
    }

    /**
     * A training run ended; a store may now record which version its rows produced.
     *
     * @param end how it ended
     */
    default void onRunEnd(RunEnd end) {
    }

    /** Routes a training-time evaluation to {@link #onEvaluation(String, EvaluationEvent)} with no version. */
    @Override
    default void onEvaluation(EvaluationEvent event, TrainingControl control) {
        onEvaluation(null, event);
    }

    /** A model-health report. */
    default void onHealth(HealthReport report) {
    }

    /** A retraining trigger was evaluated (fired or not). */
    default void onTrigger(TriggerEvent event) {
    }

    /** A performance regression, anomaly or change point was detected. */
    default void onAlert(AlertEvent event) {
    }

    /** A data-quality or drift report. */
    default void onDataReport(DataReport report) {
    }

    /**
     * A custom scalar, e.g. from a {@link io.deepscalper.api.spi.MetricProvider}.
     *
     * @param step            environment steps when measured
     * @param timestampMillis epoch millis when measured
     * @param name            dot-separated metric name, e.g. {@code custom.q_spread}
     * @param value           the value
     */
    default void onMetric(long step, long timestampMillis, String name, double value) {
    }

    /** Makes everything written so far durable (stores) or visible (publishers). */
    default void flush() {
    }

    /** Flushes and releases resources; further writes are an error. */
    @Override
    default void close() {
    }
}
