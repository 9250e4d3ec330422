package io.deepscalper.continuous.wiring;

import io.deepscalper.api.health.HealthReport;
import io.deepscalper.api.train.TrainingListener;
import io.deepscalper.api.train.TrainingListeners;
import io.deepscalper.continuous.ForwardingModelTrainer;
import io.deepscalper.continuous.ModelTrainer;
import io.deepscalper.continuous.TrainingJob;
import io.deepscalper.continuous.TrainingOutcome;
import io.deepscalper.monitoring.health.HealthConfig;
import io.deepscalper.monitoring.health.ModelHealthMonitor;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the monitoring module's {@link ModelHealthMonitor} on every training run (a fresh monitor per
 * run, so that each run may act on its own critical report) and hands each report on, to the
 * orchestrator's {@code onHealth}: a critical report stops the run and the champion stays.
 */
public final class HealthMonitoredTrainer extends ForwardingModelTrainer {
    private final HealthConfig config;
    private final Consumer<HealthReport> reports;

    /**
     * @param delegate the trainer
     * @param config   health thresholds and the critical action
     * @param reports  receives every report
     */
    public HealthMonitoredTrainer(ModelTrainer delegate, HealthConfig config, Consumer<HealthReport> reports) {
        super(delegate);
        this.config = config;
        this.reports = reports;
    }

    @Override
    public TrainingOutcome train(TrainingJob job, TrainingListener listener) {
        ModelHealthMonitor monitor = new ModelHealthMonitor(config, null, null, 0, reports);
        // the run's own listener first, then the monitor: the order the events always reached them in
        return delegate.train(job, TrainingListeners.composite(List.of(listener, monitor)));
    }
}
