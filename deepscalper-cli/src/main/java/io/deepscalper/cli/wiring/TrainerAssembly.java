package io.deepscalper.cli.wiring;

import io.deepscalper.cli.Workdir;
import io.deepscalper.cli.config.Sections;
import io.deepscalper.cli.config.WorkdirConfig;
import io.deepscalper.core.continuous.ContinuousTrainer;
import io.deepscalper.core.continuous.ContinuousTrainerBuilder;
import io.deepscalper.core.continuous.ModelTrainer;
import io.deepscalper.core.data.DataFeed;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.model.ModelStore;
import io.deepscalper.core.train.TrainConfig;
import io.deepscalper.core.train.TrainingListener;
import io.deepscalper.data.pipeline.DataPipeline;
import io.deepscalper.monitoring.store.MetricsStore;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * Everything a running trainer needs, opened from a working directory and its config: the SQLite
 * metrics store, the file-system registry, the data pipeline of the configured source, the DJL trainer
 * watched by the model-health monitor, and the backtest evaluator, bound into a {@link ContinuousTrainer}. Closing it closes them in reverse.
 */
public final class TrainerAssembly implements AutoCloseable {
    private final MetricsStore metrics;
    private final ModelStore models;
    private final DataFeed feed;
    private final ContinuousTrainer trainer;

    private TrainerAssembly(MetricsStore metrics, ModelStore models, DataFeed feed, ContinuousTrainer trainer) {
        this.metrics = metrics;
        this.models = models;
        this.feed = feed;
        this.trainer = trainer;
    }

    /**
     * Opens the parts; the trainer is built but not started.
     *
     * @param workdir   the working directory
     * @param config    its config
     * @param clock     the orchestrator's clock
     * @param feed      the data feed (see {@link Feeds})
     * @param listeners extra training listeners (progress bar)
     * @param progress  true to draw progress bars for fetching and training
     * @return the assembly
     */
    public static TrainerAssembly open(Workdir workdir, WorkdirConfig config, Clock clock, DataPipeline feed,
                                       List<TrainingListener> listeners, boolean progress) {
        UnaryOperator<ModelTrainer> decorate = progress ? ProgressTrainer::new : t -> t;
        EnvConfig env = config.section(Sections.ENV);
        TrainConfig train = config.section(Sections.TRAIN);
        MetricsStore metrics = workdir.writeMetrics();
        try {
            ModelStore models = workdir.models();
            DqnModelTrainer dqn = new DqnModelTrainer(env, train);
            AtomicReference<ContinuousTrainer> self = new AtomicReference<>();
            ModelTrainer monitored = new HealthMonitoredTrainer(dqn, config.section(Sections.HEALTH),
                    report -> self.get().onHealth(report));
            ContinuousTrainerBuilder b = ContinuousTrainer.builder().workdir(workdir.dir()).clock(clock)
                    .config(config.section(Sections.CONTINUOUS)).feed(feed).models(models).metrics(metrics)
                    .trainer(decorate.apply(monitored)).evaluator(new BacktestEvaluator(dqn.network(), env, train.threads()))
                    .gate(config.section(Sections.GATE))
                    .splitter(new NyseSessions()).analyzer(new MannKendallAnalyzer(0.05))
                    .configTree(config.tree()).listener(metrics)
                    .beforeCycle(progress ? new FetchProgress(feed) : feed::updateNow);
            listeners.forEach(b::listener);
            ContinuousTrainer trainer = b.build();
            self.set(trainer);
            return new TrainerAssembly(metrics, models, feed, trainer);
        } catch (RuntimeException e) {
            metrics.close();
            throw e;
        }
    }

    /** @return the orchestrator */
    public ContinuousTrainer trainer() {
        return trainer;
    }

    /** @return the registry */
    public ModelStore models() {
        return models;
    }

    /** @return the metrics store */
    public MetricsStore metrics() {
        return metrics;
    }

    /** @return the data feed */
    public DataFeed feed() {
        return feed;
    }

    @Override
    public void close() {
        try {
            trainer.close();
        } finally {
            try {
                feed.close();
            } finally {
                metrics.close();
            }
        }
    }
}
