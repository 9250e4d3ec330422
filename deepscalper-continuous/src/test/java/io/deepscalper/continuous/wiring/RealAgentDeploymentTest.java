package io.deepscalper.continuous.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.continuous.ContinuousTrainingConfig;
import io.deepscalper.api.metrics.TriggerEvent;
import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.GateCheck;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersionId;
import io.deepscalper.api.spi.ProviderOptions;
import io.deepscalper.continuous.ContinuousTrainer;
import io.deepscalper.continuous.CycleReport;
import io.deepscalper.continuous.Probation;
import io.deepscalper.continuous.RetrainReport;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.data.pipeline.DataPipeline;
import io.deepscalper.data.pipeline.DataPipelineConfig;
import io.deepscalper.monitoring.store.MetricsStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deployment scenarios end to end with the real agent: the quick-start profile (DJL trainer,
 * backtest evaluator, the library's gate), the synthetic source through the real data pipeline, the
 * file-system registry and the SQLite metrics store, on the simulated market clock. Fixed seeds; each
 * retrain is the quick start's 8,000 steps. The rollback to a predecessor is covered with fakes
 * ({@code ContinuousTrainerGateTest}): whether a real retrained candidate is promoted and then does worse cannot
 * be fixed in advance; the withdrawal of a first champion that the regime change makes lose can.
 */
@Tag("integration")
class RealAgentDeploymentTest {
    private static final LocalDate START = LocalDate.of(2025, 3, 3);

    @TempDir
    Path dir;

    /** @return the quick start's market (its default seed) with another planted signal */
    private static DataPipelineConfig market(double signal) {
        return QuickStartProfile.data().toBuilder().sourceOptions(ProviderOptions.empty()
                .with("signal", String.valueOf(signal))).build();
    }

    /** @return the market after a change: another signal, and other innovations (another seed) */
    private static DataPipelineConfig changedMarket(double signal) {
        return QuickStartProfile.data().toBuilder().sourceOptions(ProviderOptions.empty()
                .with("signal", String.valueOf(signal)).with("seed", "1001")).build();
    }

    /** Only the performance trigger and the first scheduled retrain (of a fresh directory) decide. */
    private static ContinuousTrainingConfig loop(int retrainHours) {
        return QuickStartProfile.continuous().toBuilder().retrainIntervalHours(retrainHours)
                .disabledTriggers(Set.of("data_drift", "model_health")).build();
    }

    private ContinuousTrainer trainer(RegimeChangeFeed feed, SimulatedMarketClock clock, ModelStore models,
                                      MetricsStore metrics, ContinuousTrainingConfig loop) {
        EnvConfig env = QuickStartProfile.env();
        DqnModelTrainer dqn = new DqnModelTrainer(env, QuickStartProfile.training());
        return ContinuousTrainer.builder().workdir(dir).clock(clock).config(loop).feed(feed).models(models)
                .metrics(metrics).trainer(dqn).evaluator(new BacktestEvaluator(dqn.network(), env, 1))
                .gate(QuickStartProfile.gate()).splitter(new NyseSessions()).analyzer(
                        new MannKendallAnalyzer(0.01, loop.trendWindow())).beforeCycle(feed::updateNow).build();
    }

    private RegimeChangeFeed feed(SimulatedMarketClock clock, double before, double after) {
        DataPipeline a = Feeds.open(market(before), dir, clock);
        DataPipeline b = Feeds.open(changedMarket(after), dir.resolve("changed-market"), clock);
        return new RegimeChangeFeed(a, b);
    }

    @Test
    void aMarketWithoutEdgeEndsWithNoActiveModel() {
        SimulatedMarketClock clock = SimulatedMarketClock.afterSession(START, 0);
        ModelStore models = TrainerAssembly.openRegistry(dir, clock);
        try (RegimeChangeFeed feed = feed(clock, 0.0, 0.0); MetricsStore metrics = MetricsStore.inWorkingDirectory(dir)) {
            ContinuousTrainer ct = trainer(feed, clock, models, metrics, loop(100_000));
            ct.start();
            try {
                // one retrain (about 20 s under load): the test stays under a minute; the fakes' test runs three
                RetrainReport r = ct.runCycle().retrain().orElseThrow();
                assertThat(r.outcome()).isEqualTo(RetrainReport.Outcome.REGISTERED);
                assertThat(r.promoted()).as(r.message()).isFalse();
                GateCheck flat = check(r, GateCheck.BEATS_FLAT);
                assertThat(flat.decision()).isEqualTo(GateCheck.FAIL);
                assertThat(flat.sessions()).isEqualTo(10);
                assertThat(flat.reason()).contains("has not beat flat on 10 held-out sessions");
                assertThat(models.aliases()).doesNotContainKeys(Alias.ACTIVE, Alias.CHAMPION);
                assertThat(models.find(ModelRef.of(Alias.ACTIVE))).isEmpty();
                assertThat(models.list()).hasSize(1);
            } finally {
                ct.close();
            }
        }
    }

    @Test
    void aPlantedEdgeIsDeployedAndWhenItFlipsThePerformanceTriggerRetrains() {
        SimulatedMarketClock clock = SimulatedMarketClock.afterSession(START, 0);
        ModelStore models = TrainerAssembly.openRegistry(dir, clock);
        try (RegimeChangeFeed feed = feed(clock, QuickStartProfile.SYNTHETIC_SIGNAL, -QuickStartProfile.SYNTHETIC_SIGNAL);
             MetricsStore metrics = MetricsStore.inWorkingDirectory(dir)) {
            ContinuousTrainer ct = trainer(feed, clock, models, metrics, loop(100_000));
            ct.start();
            try {
                RetrainReport first = ct.runCycle().retrain().orElseThrow();
                assertThat(first.promoted()).as(first.message()).isTrue();
                ModelVersionId champion = first.version();
                GateCheck flat = check(first, GateCheck.BEATS_FLAT);
                assertThat(flat.decision()).isEqualTo(GateCheck.PASS);
                assertThat(flat.sessions()).isGreaterThanOrEqualTo(10);
                assertThat(flat.probability()).isGreaterThanOrEqualTo(0.95);
                assertThat(flat.candidate()).as("mean session return, flat's is 0").isGreaterThan(0);
                assertThat(models.aliases()).containsEntry(Alias.ACTIVE, champion);

                // one more session of the same market: the champion's record starts from its validation sessions
                clock.nextSession();
                CycleReport same = ct.runCycle();
                assertThat(same.fired()).as(same.triggers().toString()).isEmpty();

                feed.changeAfter(clock.instant());  // from the next session on, the momentum is mean reversion
                List<String> reasons = new ArrayList<>();
                RetrainReport retrain = null;
                for (int cycle = 1; cycle <= 5 && retrain == null; cycle++) {
                    clock.nextSession();
                    CycleReport r = ct.runCycle();
                    TriggerEvent perf = r.triggers().stream().filter(e -> e.trigger().equals("performance"))
                            .findFirst().orElseThrow();
                    reasons.add(perf.reason());
                    if (perf.fired()) {
                        retrain = r.retrain().orElseThrow();
                    }
                }
                assertThat(retrain).as("the performance trigger fired within 5 sessions of the flip: %s", reasons)
                        .isNotNull();
                assertThat(retrain.trigger()).isEqualTo("performance");
                assertThat(retrain.outcome()).isEqualTo(RetrainReport.Outcome.REGISTERED);
                assertThat(reasons.get(reasons.size() - 1)).contains("CUSUM detected a drop");
                assertThat(models.metadata(ModelRef.of(champion)).validation().passed()).isTrue();
            } finally {
                ct.close();
            }
        }
    }

    @Test
    void aChampionThatTheFlippedEdgeMakesLoseIsWithdrawnAfterItsProbation() {
        SimulatedMarketClock clock = SimulatedMarketClock.afterSession(START, 0);
        ModelStore models = TrainerAssembly.openRegistry(dir, clock);
        try (RegimeChangeFeed feed = feed(clock, QuickStartProfile.SYNTHETIC_SIGNAL, -QuickStartProfile.SYNTHETIC_SIGNAL);
             MetricsStore metrics = MetricsStore.inWorkingDirectory(dir)) {
            // only the probation decides here: no trigger retrains after the first, scheduled one
            ContinuousTrainingConfig loop = loop(100_000).toBuilder()
                    .disabledTriggers(Set.of("data_drift", "model_health", "performance")).build();
            ContinuousTrainer ct = trainer(feed, clock, models, metrics, loop);
            ct.start();
            try {
                RetrainReport first = ct.runCycle().retrain().orElseThrow();
                assertThat(first.promoted()).as(first.message()).isTrue();
                feed.changeAfter(clock.instant());  // every session after the gated ones is mean-reverting
                Probation decided = null;
                for (int cycle = 1; cycle <= 12 && decided == null; cycle++) {
                    clock.nextSession();
                    CycleReport r = ct.runCycle();
                    assertThat(r.retrain()).as("cycle %d", cycle).isEmpty();
                    decided = r.probation().orElse(null);
                }
                assertThat(decided).as("decided once 10 new sessions exist").isNotNull();
                assertThat(decided.status()).as(decided.action()).isEqualTo(Probation.Status.ROLLED_BACK);
                assertThat(decided.champion()).isEqualTo(first.version().value());
                assertThat(decided.evidence().sessions()).isEqualTo(10);
                assertThat(decided.evidence().reason()).contains("flat").contains("significantly worse");
                assertThat(decided.action()).contains("nothing deployed");
                assertThat(models.aliases()).doesNotContainKeys(Alias.ACTIVE, Alias.CHAMPION);
            } finally {
                ct.close();
            }
        }
    }

    private static GateCheck check(RetrainReport r, String kind) {
        return r.gate().checks().stream().filter(c -> c.kind().equals(kind)).findFirst().orElseThrow();
    }
}
