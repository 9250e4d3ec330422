package io.deepscalper.continuous;

import io.deepscalper.api.continuous.ContinuousTrainingConfig;
import io.deepscalper.api.continuous.RetrainRequest;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ValidationGate;
import io.deepscalper.api.spi.ModelRegistry;
import io.deepscalper.api.spi.Providers;
import io.deepscalper.continuous.wiring.Feeds;
import io.deepscalper.continuous.wiring.NyseSessions;
import io.deepscalper.continuous.wiring.SimulatedMarketClock;
import io.deepscalper.data.pipeline.DataPipeline;
import io.deepscalper.data.pipeline.DataPipelineConfig;
import io.deepscalper.monitoring.store.MetricsStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A {@link ContinuousTrainer} on real, engine-free parts in a temporary working directory: the
 * {@code filesystem} registry, the SQLite metrics store, the data pipeline over the {@code synthetic}
 * source (symbol SYN, updated at the start of every cycle) and the simulated market clock, with a
 * {@link FakeTrainer} and a {@link ScriptedEvaluator} in place of the DQN learner and the backtester.
 * Only the {@code scheduled} and {@code manual} triggers are enabled, so a test decides when a retrain
 * happens. Closing it closes every trainer it built, then the feed and the store.
 */
final class TrainerHarness implements AutoCloseable {
    /** The gate of every test: the library's default (beat flat at 5 % on 10 sessions, better than the champion). */
    static final ValidationGate GATE = ValidationGate.defaults();

    final Path dir;
    final SimulatedMarketClock clock = SimulatedMarketClock.afterSession(LocalDate.of(2025, 3, 3), 0);
    final DataPipeline feed;
    final ModelStore models;
    final MetricsStore metrics;
    final FakeTrainer trainer = new FakeTrainer();
    final ScriptedEvaluator evaluator = new ScriptedEvaluator();
    private final List<ContinuousTrainer> built = new ArrayList<>();
    private ContinuousTrainingConfig config = ContinuousTrainingConfig.builder().retrainIntervalHours(48)
            .incrementalSteps(40).validationSessions(GATE.minSessions())
            .disabledTriggers(Set.of("performance", "data_drift", "model_health")).build();

    TrainerHarness(Path dir) {
        this.dir = dir;
        feed = Feeds.open(DataPipelineConfig.builder().symbols(List.of("SYN")).lookbackDays(30).source("synthetic")
                .build(), dir, clock);
        models = Providers.byName(ModelRegistry.class, "filesystem").open(dir.resolve("models"));
        metrics = MetricsStore.inWorkingDirectory(dir);
    }

    /** Replaces the loop settings of the trainers built from now on. */
    TrainerHarness config(ContinuousTrainingConfig c) {
        config = c;
        return this;
    }

    /** @return the loop settings */
    ContinuousTrainingConfig config() {
        return config;
    }

    /** @return a trainer over this harness's parts, not started */
    ContinuousTrainer build() {
        return build(models);
    }

    /** @return a trainer over this harness's parts with {@code registry} (e.g. one that fails on purpose), not started */
    ContinuousTrainer build(ModelStore registry) {
        ContinuousTrainer ct = ContinuousTrainer.builder().workdir(dir).clock(clock).config(config).feed(feed)
                .models(registry).metrics(metrics).listener(metrics).trainer(trainer).evaluator(evaluator).gate(GATE)
                .splitter(new NyseSessions()).beforeCycle(feed::updateNow).build();
        built.add(ct);
        return ct;
    }

    /** @return a started trainer (nothing was pending) */
    ContinuousTrainer start() {
        ContinuousTrainer ct = build();
        if (ct.start().isPresent()) {
            throw new IllegalStateException("a retrain was pending; use build().start() to see it");
        }
        return ct;
    }

    /** Queues a manual retrain the way the CLI does, moves to the next session and runs a cycle. */
    CycleReport retrainOnRequest(ContinuousTrainer ct, boolean full) {
        ct.commands().submit(TrainerCommand.retrain(new RetrainRequest(full, null, clock.instant(), "test")));
        clock.nextSession();
        return ct.runCycle();
    }

    @Override
    public void close() {
        try {
            built.forEach(ContinuousTrainer::close);
        } finally {
            try {
                feed.close();
            } finally {
                metrics.close();
            }
        }
    }
}
