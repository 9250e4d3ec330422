package io.deepscalper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.continuous.ContinuousTrainingConfig;
import io.deepscalper.api.continuous.RetrainRequest;
import io.deepscalper.api.health.HealthFinding;
import io.deepscalper.api.health.HealthReport;
import io.deepscalper.api.health.HealthSeverity;
import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersionId;
import io.deepscalper.api.spi.Providers;
import io.deepscalper.api.spi.RetrainTrigger;
import io.deepscalper.api.spi.TriggerDecision;
import io.deepscalper.api.train.TrainingControl;
import io.deepscalper.api.train.TrainingListener;
import io.deepscalper.api.train.UpdateEvent;
import io.deepscalper.cli.config.Sections;
import io.deepscalper.cli.config.Workdir;
import io.deepscalper.cli.config.WorkdirConfig;
import io.deepscalper.cli.testplugin.EveryFridayTrigger;
import io.deepscalper.continuous.ContinuousTrainer;
import io.deepscalper.continuous.CycleReport;
import io.deepscalper.continuous.RetrainReport;
import io.deepscalper.continuous.wiring.BacktestEvaluator;
import io.deepscalper.continuous.wiring.DqnModelTrainer;
import io.deepscalper.continuous.wiring.Feeds;
import io.deepscalper.continuous.wiring.NyseSessions;
import io.deepscalper.continuous.wiring.SimulatedMarketClock;
import io.deepscalper.data.pipeline.DataPipeline;
import io.deepscalper.monitoring.store.MetricsStore;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A critical health report stops the run and keeps the champion; plug-in and lambda triggers are used. */
@Tag("integration")
class HealthAndPluginTriggerTest {
    @TempDir
    Path dir;

    private ContinuousTrainer trainer(WorkdirConfig cfg, ContinuousTrainingConfig loop, SimulatedMarketClock clock,
                                      MetricsStore metrics, ModelStore models, TrainingListener extra) {
        DataPipeline feed = Feeds.open(cfg.section(Sections.DATA), dir, clock);
        DqnModelTrainer dqn = new DqnModelTrainer(cfg.section(Sections.ENV), cfg.section(Sections.TRAIN));
        return ContinuousTrainer.builder().workdir(dir).clock(clock).config(loop).feed(feed).models(models)
                .metrics(metrics).trainer(dqn).gate(cfg.section(Sections.GATE)).evaluator(new BacktestEvaluator(dqn.network(), cfg.section(Sections.ENV),
                        1)).splitter(new NyseSessions()).listener(extra).beforeCycle(feed::updateNow).build();
    }

    @Test
    void criticalHealthDuringTrainingStopsTheRunAndKeepsTheChampion() {
        WorkdirConfig cfg = TinyConfig.create();
        ContinuousTrainingConfig loop = cfg.section(Sections.CONTINUOUS).toBuilder()
                .disabledTriggers(Set.of("every_friday", "performance", "data_drift")).build();
        SimulatedMarketClock clock = SimulatedMarketClock.afterSession(LocalDate.of(2025, 3, 3), 0);
        ModelStore models = new Workdir(dir).models();
        AtomicReference<ContinuousTrainer> self = new AtomicReference<>();
        AtomicReference<Boolean> sabotage = new AtomicReference<>(false);
        TrainingListener monitor = new TrainingListener() {
            @Override
            public void onUpdate(UpdateEvent e, TrainingControl c) {
                if (sabotage.get() && e.update() == 20) {
                    self.get().onHealth(HealthReport.of(e.step(), e.update(), e.timestampMillis(), List.of(
                            new HealthFinding("nonfinite.loss", "*", Double.NaN, 0, HealthSeverity.CRITICAL,
                                    "loss is NaN")), Map.of()));
                }
            }
        };
        try (MetricsStore metrics = MetricsStore.inWorkingDirectory(dir)) {
            ContinuousTrainer ct = trainer(cfg, loop, clock, metrics, models, monitor);
            self.set(ct);
            ct.start();
            RetrainReport first = ct.runCycle().retrain().orElseThrow();
            // promoted only with evidence that it beats flat; the tiny learner may not, and then nothing is deployed
            assertThat(first.promoted()).isEqualTo(first.gate().passed());
            Map<Alias, ModelVersionId> before = models.aliases();

            sabotage.set(true);
            RetrainReport aborted = ct.retrainNow(new RetrainRequest(false, null, Instant.now(), "test"));
            assertThat(aborted.outcome()).isEqualTo(RetrainReport.Outcome.ABORTED);
            assertThat(aborted.message()).contains("model health critical").contains("nonfinite.loss");
            assertThat(models.aliases()).as("the champion (or nothing deployed) is kept").isEqualTo(before);
            assertThat(models.list()).hasSize(1);
            assertThat(dir.resolve("checkpoints/run.json")).doesNotExist();
            assertThat(metrics.recentAlerts(10)).anySatisfy(a -> assertThat(a.kind()).isEqualTo("training.aborted"));
            assertThat(metrics.recentHealthReports(10)).anySatisfy(h -> assertThat(h.isCritical()).isTrue());

            // the model-health trigger then asks for a full retrain from fresh parameters
            sabotage.set(false);
            clock.nextSession();
            CycleReport next = ct.runCycle();
            assertThat(next.fired()).contains("model_health");
            assertThat(next.retrain().orElseThrow().mode().name()).isEqualTo("FULL");
            ct.close();
        }
    }

    @Test
    void triggersFromServiceLoaderAndLambdasAreEvaluatedAndRecorded() {
        assertThat(Providers.names(RetrainTrigger.class)).contains(EveryFridayTrigger.NAME, "scheduled");
        WorkdirConfig cfg = TinyConfig.create();
        ContinuousTrainingConfig loop = cfg.section(Sections.CONTINUOUS).toBuilder().retrainIntervalHours(10_000)
                .disabledTriggers(Set.of("performance", "data_drift")).build();
        // 2025-03-06 is a Thursday
        SimulatedMarketClock clock = SimulatedMarketClock.afterSession(LocalDate.of(2025, 3, 6), 0);
        ModelStore models = new Workdir(dir).models();
        try (MetricsStore metrics = MetricsStore.inWorkingDirectory(dir)) {
            ContinuousTrainer ct = trainer(cfg, loop, clock, metrics, models, new TrainingListener() { });
            ct.addCustomTrigger("never", c -> TriggerDecision.hold("lambda says no"));
            assertThat(ct.triggers()).extracting(RetrainTrigger::name).contains(EveryFridayTrigger.NAME, "never");
            ct.start();
            assertThat(ct.runCycle().fired()).containsExactly("scheduled");
            clock.nextSession();
            assertThat(clock.instant().atZone(ZoneId.of("America/New_York")).getDayOfWeek())
                    .isEqualTo(DayOfWeek.FRIDAY);
            CycleReport friday = ct.runCycle();
            assertThat(friday.fired()).containsExactly(EveryFridayTrigger.NAME);
            assertThat(friday.retrain().orElseThrow().trigger()).isEqualTo(EveryFridayTrigger.NAME);
            ct.close();
            assertThat(metrics.recentTriggerEvents(100)).anySatisfy(e -> {
                assertThat(e.trigger()).isEqualTo(EveryFridayTrigger.NAME);
                assertThat(e.fired()).isTrue();
                assertThat(e.reason()).isEqualTo("it is Friday after the close");
            }).anySatisfy(e -> assertThat(e.reason()).isEqualTo("lambda says no"));
        }
    }
}
