package io.deepscalper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.continuous.ContinuousTrainingConfig;
import io.deepscalper.api.continuous.RetrainRequest;
import io.deepscalper.api.metrics.TriggerEvent;
import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.GateCheck;
import io.deepscalper.api.model.GateStatus;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersion;
import io.deepscalper.api.model.ModelVersionId;
import io.deepscalper.api.model.ValidationGate;
import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.cli.config.Sections;
import io.deepscalper.cli.config.Workdir;
import io.deepscalper.cli.config.WorkdirConfig;
import io.deepscalper.continuous.ContinuousTrainer;
import io.deepscalper.continuous.CycleReport;
import io.deepscalper.continuous.RetrainMode;
import io.deepscalper.continuous.RetrainReport;
import io.deepscalper.continuous.TrainerCommand;
import io.deepscalper.continuous.wiring.BacktestEvaluator;
import io.deepscalper.continuous.wiring.DqnModelTrainer;
import io.deepscalper.continuous.wiring.Feeds;
import io.deepscalper.continuous.wiring.NyseSessions;
import io.deepscalper.continuous.wiring.SimulatedMarketClock;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.data.pipeline.DataPipeline;
import io.deepscalper.monitoring.store.MetricsStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end-to-end scenario, with the simulated market clock (days pass in milliseconds), the
 * synthetic source, the real DJL trainer, the backtester, the file-system registry and the SQLite
 * metrics store. Bounded: tiny network and step counts.
 */
@Tag("integration")
class ContinuousTrainingEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void scheduleDriftIncrementalRejectionFullRetrainAndRetention() {
        WorkdirConfig cfg = TinyConfig.create();
        // the performance trigger has its own tests; here it would fire on the tiny model's weak Sharpe
        ContinuousTrainingConfig loop = cfg.section(Sections.CONTINUOUS).toBuilder().retrainIntervalHours(48)
                .disabledTriggers(java.util.Set.of("every_friday", "performance")).build();
        EnvConfig env = cfg.section(Sections.ENV);
        TrainConfig train = cfg.section(Sections.TRAIN);
        SimulatedMarketClock clock = SimulatedMarketClock.afterSession(LocalDate.of(2025, 3, 3), 0);
        DataPipeline source = Feeds.open(cfg.section(Sections.DATA), dir, clock);
        DriftInjectingFeed feed = new DriftInjectingFeed(source, clock);
        DqnModelTrainer dqn = new DqnModelTrainer(env, train);
        SabotagingTrainer trainer = new SabotagingTrainer(dqn);
        ValidationGate gate = cfg.section(Sections.GATE);
        ModelStore models = new Workdir(dir).models();
        List<RetrainReport> retrains = new ArrayList<>();
        try (MetricsStore metrics = MetricsStore.inWorkingDirectory(dir)) {
            ContinuousTrainer ct = ContinuousTrainer.builder().workdir(dir).clock(clock).config(loop).feed(feed)
                    .models(models).metrics(metrics).trainer(trainer)
                    .evaluator(new BacktestEvaluator(dqn.network(), env, 1)).gate(gate).splitter(new NyseSessions())
                    .configTree(cfg.tree()).listener(metrics).beforeCycle(source::updateNow).build();
            ct.start();

            // 1-3: the schedule fires on a fresh directory; trained, validated and promoted
            CycleReport c1 = ct.runCycle();
            assertThat(c1.fired()).containsExactly("scheduled");
            RetrainReport first = c1.retrain().orElseThrow();
            retrains.add(first);
            assertThat(first.outcome()).isEqualTo(RetrainReport.Outcome.REGISTERED);
            assertThat(first.mode()).isEqualTo(RetrainMode.FULL);
            assertThat(first.promoted()).as("promoted exactly when it beat flat").isEqualTo(first.gate().passed());
            assertThat(first.gate().checks()).anySatisfy(c -> {
                assertThat(c.kind()).isEqualTo(GateCheck.BEATS_FLAT);
                assertThat(c.sessions()).isEqualTo(10);
                assertThat(c.probability()).isBetween(0.0, 1.0);
            });
            if (!first.promoted()) {
                // nothing deployed; the rest exercises the loop's mechanics with a champion, so a person overrides
                // the gate, and the drift reference is what a promotion would have stored
                assertThat(models.aliases()).doesNotContainKeys(Alias.ACTIVE, Alias.CHAMPION);
                models.forceActivate(ModelRef.of(first.version()), "test: the loop's mechanics need a champion");
                source.setDriftReference(first.version().value(), List.of(source.trainingData("SYN").orElseThrow()));
            }
            assertThat(models.aliases().get(Alias.CHAMPION)).isEqualTo(first.version());
            assertThat(source.driftReferenceId()).contains(first.version().value());

            // a quiet day: 24 h of a 48 h interval, no drift, nothing fires
            clock.nextSession();
            assertThat(ct.runCycle().fired()).isEmpty();

            // 4-5: injected drift fires the drift trigger; the retrain continues the champion
            ParameterSet champion = models.load(ModelRef.of(Alias.CHAMPION)).parameters();
            feed.injectDrift("SYN");
            CycleReport c3 = ct.runCycle();
            assertThat(c3.fired()).containsExactly("data_drift");
            RetrainReport incremental = c3.retrain().orElseThrow();
            retrains.add(incremental);
            assertThat(incremental.mode()).isEqualTo(RetrainMode.INCREMENTAL);
            assertThat(incremental.parent()).isEqualTo(first.version());
            assertThat(incremental.initialParameters()).isEqualTo(champion);
            assertThat(models.load(ModelRef.of(incremental.version())).parameters()).isNotEqualTo(champion);
            assertThat(trainer.jobs().get(1).warmStart()).isEqualTo(champion);

            // 6: a worse candidate is rejected by the gate and the champion stays
            ModelVersionId championBefore = models.aliases().get(Alias.CHAMPION);
            trainer.sabotageNext();
            ct.commands().submit(TrainerCommand.retrain(new RetrainRequest(false, null, Instant.now(), "test")));
            clock.nextSession();
            CycleReport c4 = ct.runCycle();
            assertThat(c4.fired()).contains("manual");
            assertThat(c4.retrain().orElseThrow().trigger()).isEqualTo("manual");
            RetrainReport worse = c4.retrain().orElseThrow();
            retrains.add(worse);
            assertThat(worse.outcome()).isEqualTo(RetrainReport.Outcome.REGISTERED);
            assertThat(worse.promoted()).isFalse();
            assertThat(worse.gate().passed()).isFalse();
            assertThat(worse.gate().candidateMetrics().get("sharpe"))
                    .isLessThan(worse.gate().championMetrics().get("sharpe"));
            assertThat(models.aliases().get(Alias.CHAMPION)).isEqualTo(championBefore);
            assertThat(models.get(ModelRef.of(worse.version())).gate()).isEqualTo(GateStatus.FAILED);

            // 7: keep retraining on request; the 7th retrain is full
            while (retrains.size() < 11) {
                ParameterSet before = models.load(ModelRef.of(Alias.CHAMPION)).parameters();
                CycleReport c;
                if (retrains.size() < 10) {
                    ct.commands().submit(TrainerCommand.retrain(new RetrainRequest(false, null, Instant.now(), "test")));
                    clock.nextSession();
                    c = ct.runCycle();
                    assertThat(c.fired()).contains("manual");
                    assertThat(c.retrain().orElseThrow().trigger()).as("manual requests go first").isEqualTo("manual");
                } else {
                    // the last one comes from the schedule, once 48 h have passed since the previous retrain
                    Instant last = ct.state().lastRetrain();
                    do {
                        clock.nextSession();
                        c = ct.runCycle();
                    } while (c.fired().isEmpty());
                    assertThat(c.fired()).contains("scheduled");
                    assertThat(Duration.between(last, clock.instant())).isGreaterThanOrEqualTo(Duration.ofHours(48));
                }
                RetrainReport r = c.retrain().orElseThrow();
                retrains.add(r);
                assertThat(r.outcome()).isEqualTo(RetrainReport.Outcome.REGISTERED);
                if (retrains.size() == 7) {
                    assertThat(r.mode()).as("the 7th retrain").isEqualTo(RetrainMode.FULL);
                    assertThat(r.initialParameters()).isNotEqualTo(before);
                } else {
                    assertThat(r.mode()).as("retrain " + retrains.size()).isEqualTo(RetrainMode.INCREMENTAL);
                    assertThat(r.initialParameters()).isEqualTo(before);
                }
            }
            assertThat(ct.state().completedRetrains()).isEqualTo(11);

            // 8: retention keeps 10 versions, never the champion
            List<ModelVersion> kept = models.list();
            assertThat(kept).hasSize(10);
            assertThat(kept).extracting(ModelVersion::id).contains(models.aliases().get(Alias.CHAMPION));
            ct.close();

            // every firing is stored with its reason
            List<TriggerEvent> events = metrics.recentTriggerEvents(1000);
            assertThat(events).filteredOn(TriggerEvent::fired).extracting(TriggerEvent::trigger)
                    .contains("scheduled", "data_drift", "manual");
            assertThat(events).filteredOn(e -> e.trigger().equals("data_drift") && e.fired())
                    .allSatisfy(e -> assertThat(e.reason()).contains("SYN").contains("75%"));
            assertThat(events).noneMatch(e -> e.trigger().equals("every_friday"));
            assertThat(metrics.recentEvaluations(100)).extracting(r -> r.modelVersion())
                    .contains(first.version().value(), worse.version().value());
        }
    }
}
