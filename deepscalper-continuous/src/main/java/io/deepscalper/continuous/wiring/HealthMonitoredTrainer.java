package io.deepscalper.continuous.wiring;

import io.deepscalper.api.health.HealthReport;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.train.EpisodeEvent;
import io.deepscalper.api.train.EvaluationEvent;
import io.deepscalper.api.train.TrainingControl;
import io.deepscalper.api.train.TrainingListener;
import io.deepscalper.api.train.UpdateEvent;
import io.deepscalper.continuous.ModelTrainer;
import io.deepscalper.continuous.TrainingJob;
import io.deepscalper.continuous.TrainingOutcome;
import io.deepscalper.monitoring.health.HealthConfig;
import io.deepscalper.monitoring.health.ModelHealthMonitor;
import java.util.function.Consumer;

/**
 * Runs the monitoring module's {@link ModelHealthMonitor} on every training run (a fresh monitor per
 * run, so that each run may act on its own critical report) and hands each report on, to the
 * orchestrator's {@code onHealth}: a critical report stops the run and the champion stays.
 */
public final class HealthMonitoredTrainer implements ModelTrainer {
    private final ModelTrainer delegate;
    private final HealthConfig config;
    private final Consumer<HealthReport> reports;

    /**
     * @param delegate the trainer
     * @param config   health thresholds and the critical action
     * @param reports  receives every report
     */
    public HealthMonitoredTrainer(ModelTrainer delegate, HealthConfig config, Consumer<HealthReport> reports) {
        this.delegate = delegate;
        this.config = config;
        this.reports = reports;
    }

    @Override
    public NetworkConfig network() {
        return delegate.network();
    }

    @Override
    public long fullSteps() {
        return delegate.fullSteps();
    }

    @Override
    public long seed() {
        return delegate.seed();
    }

    @Override
    public TrainingOutcome train(TrainingJob job, TrainingListener listener) {
        ModelHealthMonitor monitor = new ModelHealthMonitor(config, null, null, 0, reports);
        return delegate.train(job, new TrainingListener() {
            @Override
            public void onUpdate(UpdateEvent e, TrainingControl c) {
                listener.onUpdate(e, c);
                monitor.onUpdate(e, c);
            }

            @Override
            public void onEpisode(EpisodeEvent e, TrainingControl c) {
                listener.onEpisode(e, c);
                monitor.onEpisode(e, c);
            }

            @Override
            public void onEvaluation(EvaluationEvent e, TrainingControl c) {
                listener.onEvaluation(e, c);
                monitor.onEvaluation(e, c);
            }

            @Override
            public void onTrainingEnd(long step, String reason) {
                listener.onTrainingEnd(step, reason);
                monitor.onTrainingEnd(step, reason);
            }
        });
    }
}
