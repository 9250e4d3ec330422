package io.deepscalper.continuous.wiring;

import io.deepscalper.api.data.DataFeed;
import io.deepscalper.api.metrics.MetricsWriter;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.spi.MetricProvider;
import io.deepscalper.api.spi.ModelRegistry;
import io.deepscalper.api.spi.Providers;
import io.deepscalper.api.train.TrainingListener;
import io.deepscalper.continuous.ContinuousTrainer;
import io.deepscalper.continuous.ContinuousTrainerBuilder;
import io.deepscalper.continuous.ModelTrainer;
import io.deepscalper.data.pipeline.DataPipeline;
import io.deepscalper.monitoring.config.MetricsConfig;
import io.deepscalper.monitoring.perf.RegressionMonitor;
import io.deepscalper.monitoring.provider.MetricProviderListener;
import io.deepscalper.monitoring.sink.CompositeMetricsWriter;
import io.deepscalper.monitoring.sink.PrometheusMetricsSink;
import io.deepscalper.monitoring.store.MetricsStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Everything a running trainer needs, opened from a working directory and its config: the SQLite
 * metrics store, the file-system registry, the data pipeline of the configured source, the DJL trainer
 * watched by the model-health monitor, and the backtest evaluator, bound into a {@link ContinuousTrainer}. Closing it closes them in reverse.
 */
public final class TrainerAssembly implements AutoCloseable {
    private final MetricsStore metrics;
    private final MetricsWriter writer;
    private final CompositeMetricsWriter sinks;
    private final ModelStore models;
    private final DataFeed feed;
    private final ContinuousTrainer trainer;

    private TrainerAssembly(MetricsStore metrics, MetricsWriter writer, CompositeMetricsWriter sinks, ModelStore models,
                            DataFeed feed, ContinuousTrainer trainer) {
        this.metrics = metrics;
        this.writer = writer;
        this.sinks = sinks;
        this.models = models;
        this.feed = feed;
        this.trainer = trainer;
    }

    /** The registry provider used for {@code <workdir>/models}. */
    public static final String REGISTRY = "filesystem";

    /**
     * Opens the parts with no progress display; the trainer is built but not started.
     *
     * @param workdir the working directory (metrics store, {@code models/}, checkpoints, state)
     * @param setup   the typed settings
     * @param clock   the orchestrator's clock
     * @param feed    the data feed (see {@link Feeds})
     * @return the assembly
     */
    public static TrainerAssembly open(Path workdir, AgentSetup setup, Clock clock, DataPipeline feed) {
        return open(workdir, setup, clock, feed, List.of(), UnaryOperator.identity(), DataPipeline::updateNow);
    }

    /**
     * Opens the parts; the trainer is built but not started.
     *
     * @param workdir     the working directory (metrics store, {@code models/}, checkpoints, state)
     * @param setup       the typed settings
     * @param clock       the orchestrator's clock
     * @param feed        the data feed (see {@link Feeds})
     * @param listeners   extra training listeners
     * @param decorate    wraps the model trainer, e.g. with a progress display
     * @param beforeCycle run at the start of every cycle with the feed; {@link DataPipeline#updateNow()} fetches
     * @return the assembly
     */
    public static TrainerAssembly open(Path workdir, AgentSetup setup, Clock clock, DataPipeline feed,
                                       List<TrainingListener> listeners, UnaryOperator<ModelTrainer> decorate,
                                       Consumer<DataPipeline> beforeCycle) {
        MetricsStore metrics = MetricsStore.inWorkingDirectory(workdir);
        CompositeMetricsWriter sinks = null;
        try {
            // the trainer's clock: version ids and registration times agree with the cycle times (simulated or wall)
            ModelStore models = openRegistry(workdir, clock);
            sinks = openSinks(workdir, setup.metrics(), models, metrics);
            MetricsWriter writer = new MetricsFanOut(metrics, sinks);
            DqnModelTrainer dqn = new DqnModelTrainer(setup.env(), setup.train());
            AtomicReference<ContinuousTrainer> self = new AtomicReference<>();
            ModelTrainer monitored = new HealthMonitoredTrainer(dqn, setup.health(),
                    report -> self.get().onHealth(report));
            ContinuousTrainerBuilder b = ContinuousTrainer.builder().workdir(workdir).clock(clock)
                    .config(setup.continuous()).feed(feed).models(models).metrics(writer)
                    .trainer(decorate.apply(monitored))
                    .evaluator(new BacktestEvaluator(dqn.network(), setup.env(), setup.train().threads()))
                    .gate(setup.gate())
                    .splitter(new NyseSessions()).analyzer(new MannKendallAnalyzer(0.01, setup.continuous().trendWindow()))
                    .configTree(setup.configTree()).listener(writer)
                    .beforeCycle(() -> beforeCycle.accept(feed));
            List<MetricProvider> providers = providers(setup.metrics());
            if (!providers.isEmpty()) {
                b.listener(new MetricProviderListener(providers, writer));
            }
            listeners.forEach(b::listener);
            ContinuousTrainer trainer = b.build();
            self.set(trainer);
            return new TrainerAssembly(metrics, writer, sinks, models, feed, trainer);
        } catch (RuntimeException e) {
            if (sinks != null) {
                try {
                    sinks.close();
                } catch (RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            metrics.close();
            throw e;
        }
    }

    /**
     * The configured sinks other than the store, and the regression monitor when alerts are on (its alerts go
     * to the store and the sinks, like every other alert).
     */
    private static CompositeMetricsWriter openSinks(Path workdir, MetricsConfig config, ModelStore models,
                                                    MetricsStore store) {
        CompositeMetricsWriter opened = CompositeMetricsWriter.open(workdir, config.extraSinks(),
                Map.of("prometheus", config.prometheus().options()));
        if (!config.alerts()) {
            return opened;
        }
        List<MetricsWriter> all = new ArrayList<>(opened.writers());
        AtomicReference<CompositeMetricsWriter> self = new AtomicReference<>();
        RegressionMonitor monitor = new RegressionMonitor(config.regression(), alert -> {
            store.onAlert(alert);
            self.get().onAlert(alert);
        });
        all.add(new ChampionAlerts(monitor, models));
        CompositeMetricsWriter withAlerts = new CompositeMetricsWriter(all);
        self.set(withAlerts);
        return withAlerts;
    }

    /** @return the configured metric providers, found by name on the classpath */
    private static List<MetricProvider> providers(MetricsConfig config) {
        List<MetricProvider> out = new ArrayList<>();
        for (String name : config.providers()) {
            out.add(Providers.byName(MetricProvider.class, name));
        }
        return out;
    }

    /**
     * @param workdir the working directory
     * @return the {@value #REGISTRY} registry in {@code workdir/models}, found through {@link ModelRegistry}
     */
    public static ModelStore openRegistry(Path workdir) {
        return Providers.byName(ModelRegistry.class, REGISTRY).open(workdir.resolve("models"));
    }

    /**
     * @param workdir the working directory
     * @param clock   the clock that stamps registrations and names new versions
     * @return the {@value #REGISTRY} registry in {@code workdir/models} on {@code clock}
     */
    public static ModelStore openRegistry(Path workdir, Clock clock) {
        return Providers.byName(ModelRegistry.class, REGISTRY).open(workdir.resolve("models"), clock);
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

    /** @return the writer the trainer reports to: the store, then the configured sinks */
    public MetricsWriter writer() {
        return writer;
    }

    /** @return the Prometheus scrape URL when the {@code prometheus} sink is on, e.g. {@code http://127.0.0.1:9464/metrics} */
    public Optional<String> prometheusEndpoint() {
        for (MetricsWriter w : sinks.writers()) {
            if (w instanceof PrometheusMetricsSink.PrometheusWriter p) {
                return Optional.of("http://" + p.bind() + ":" + p.port() + "/metrics");
            }
        }
        return Optional.empty();
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
                writer.close();
            }
        }
    }
}
