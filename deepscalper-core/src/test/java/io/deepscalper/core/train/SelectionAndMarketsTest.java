package io.deepscalper.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.api.train.EpisodeEvent;
import io.deepscalper.api.train.EvaluationEvent;
import io.deepscalper.api.train.TrainingControl;
import io.deepscalper.api.train.TrainingListener;
import io.deepscalper.core.backtest.Backtester;
import io.deepscalper.core.backtest.PerformanceReport;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.nn.djl.DjlQNetwork;
import io.deepscalper.core.policy.DqnPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validation-based model selection, several markets in one run, and the cost-aware no-order prior. */
class SelectionAndMarketsTest {
    private static final SessionSeries OTHER = renamed(SyntheticMarket.generate(5, 6, 60, 0.5, 0.002), "OTH");

    @Test
    void theUntrainedNetworkWithTheNoOrderPriorPlacesNoOrder() {
        TrainConfig c = TrainerTest.small(1);
        try (Trainer t = Trainer.builder(TrainerTest.MARKET, TrainerTest.ENV, c).trainSessions(0, 4)
                .evalSessions(4, 6).build()) {
            assertThat(t.evaluate().get(0).trades()).isZero();
        }
        try (Trainer t = Trainer.builder(TrainerTest.MARKET, TrainerTest.ENV, c.toBuilder().noOrderPrior(0).build())
                .trainSessions(0, 4).evalSessions(4, 6).build()) {
            // the plain initialisation's random advantages do trade: the prior is what keeps the first agent flat
            assertThat(t.evaluate().get(0).trades()).isPositive();
        }
    }

    @Test
    void selectionKeepsAProfitableValidationSnapshotOrFlat() {
        TrainConfig c = TrainerTest.small(240).toBuilder().evalIntervalSteps(60).noOrderPrior(0).build();
        List<Double> agentReturns = new ArrayList<>();
        try (Trainer t = Trainer.builder(TrainerTest.MARKET, TrainerTest.ENV, c).trainSessions(0, 4)
                .evalSessions(4, 6).selectOnValidation(0).listener(new TrainingListener() {
                    @Override
                    public void onEvaluation(EvaluationEvent e, TrainingControl control) {
                        agentReturns.add(e.metrics().get("total_return"));
                    }
                }).build()) {
            t.run();
            SelectedModel s = t.selection();
            assertThat(s.candidates()).isEqualTo(4);
            assertThat(agentReturns).hasSize(4);
            double best = agentReturns.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            if (best > 0) {
                assertThat(s.flat()).isFalse();
                assertThat(s.validationReturn()).isPositive().isIn(agentReturns);
                assertThat(s.step() % 60).isZero();
                assertThat(s.beatsFlat()).isTrue();
            } else {
                assertThat(s.flat()).isTrue();
                assertThat(s.beatsFlat()).isFalse();
            }
            // the kept parameters replay to the same validation return
            assertThat(backtest(s.parameters(), t).totalReturn()).isEqualTo(s.validationReturn());
        }
    }

    @Test
    void theDefaultBarIsStudentsTForTheNumberOfValidationDays() {
        // 2 days: 1 degree of freedom, far stricter than the normal 1.645; many days: the normal point
        assertThat(SnapshotSelection.selectionBar(1.645, true, 2)).isEqualTo(6.314);
        assertThat(SnapshotSelection.selectionBar(1.645, true, 10)).isEqualTo(1.833);
        assertThat(SnapshotSelection.selectionBar(1.645, true, 200)).isEqualTo(1.645);
        // an explicit bar is taken as given
        assertThat(SnapshotSelection.selectionBar(0, false, 2)).isZero();
        assertThat(SnapshotSelection.selectionBar(1.645, false, 2)).isEqualTo(1.645);
        for (int df = 1; df < 40; df++) { // decreasing towards the normal point, never below it
            assertThat(OneSidedStudentT.fivePercent(df)).isGreaterThanOrEqualTo(OneSidedStudentT.fivePercent(df + 1))
                    .isGreaterThanOrEqualTo(1.645);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OneSidedStudentT.fivePercent(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("degrees of freedom");
    }

    @Test
    void aSnapshotNeedsEvidenceToBeatFlat() {
        assertThat(SnapshotSelection.tStatistic(List.of(0.01, 0.02, 0.03))).isCloseTo(0.02 / (0.01 / Math.sqrt(3)),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(SnapshotSelection.tStatistic(List.of(0.01))).isZero();
        TrainConfig c = TrainerTest.small(120).toBuilder().evalIntervalSteps(60).noOrderPrior(0).build();
        // no daily record can carry a t-statistic of 1e6 on two sessions: flat is kept, whatever the returns
        try (Trainer t = Trainer.builder(TrainerTest.MARKET, TrainerTest.ENV, c).trainSessions(0, 4)
                .evalSessions(4, 6).selectOnValidation(1e6).build()) {
            t.run();
            assertThat(t.selection().flat()).isTrue();
            assertThat(t.selection().candidates()).isEqualTo(2);
        }
        assertThatThrownBy(() -> Trainer.builder(TrainerTest.MARKET, TrainerTest.ENV, c).selectOnValidation(-1))
                .hasMessageContaining(">= 0");
    }

    @Test
    void theFlatCandidateNeverTrades() {
        try (Trainer t = Trainer.builder(TrainerTest.MARKET, TrainerTest.ENV,
                TrainerTest.small(1).toBuilder().noOrderPrior(0).build()).trainSessions(0, 4).build()) {
            PerformanceReport r = backtest(QuantityHead.flat(t.network().parameters()), t);
            assertThat(r.trades()).isZero();
            assertThat(r.totalReturn()).isZero();
        }
    }

    @Test
    void oneNetworkLearnsFromEveryMarketAndEvaluationReportsEachSymbol(@TempDir Path dir) {
        TrainConfig c = TrainerTest.small(400);
        Set<String> episodeSymbols = new HashSet<>();
        List<String> splits = new ArrayList<>();
        TrainingListener l = new TrainingListener() {
            @Override
            public void onEpisode(EpisodeEvent e, TrainingControl control) {
                episodeSymbols.add(e.symbol());
            }

            @Override
            public void onEvaluation(EvaluationEvent e, TrainingControl control) {
                splits.add(e.split());
            }
        };
        ParameterSet straight;
        try (Trainer t = Trainer.builder(TrainerTest.MARKET, TrainerTest.ENV, c).trainSessions(0, 4)
                .evalSessions(4, 6).addMarket(OTHER, 0, 4, 4, 6).listener(l).build()) {
            t.run();
            Map<String, List<PerformanceReport>> reports = t.evaluateAll();
            assertThat(reports.keySet()).containsExactly("SYN", "OTH");
            assertThat(splits).containsExactly("validation:SYN", "validation:OTH");
            straight = t.network().parameters();
        }
        assertThat(episodeSymbols).containsExactlyInAnyOrder("SYN", "OTH");
        // a checkpoint in an episode of either market resumes to the same parameters
        try (Trainer t = Trainer.builder(TrainerTest.MARKET, TrainerTest.ENV, c).trainSessions(0, 4)
                .evalSessions(4, 6).addMarket(OTHER, 0, 4, 4, 6).checkpointDirectory(dir).build()) {
            t.runUntil(250);
        }
        try (Trainer t = Trainer.builder(TrainerTest.MARKET, TrainerTest.ENV, c).trainSessions(0, 4)
                .evalSessions(4, 6).addMarket(OTHER, 0, 4, 4, 6).checkpointDirectory(dir)
                .resume(dir.resolve(Checkpoint.FILE_NAME)).build()) {
            t.run();
            assertThat(t.network().parameters()).isEqualTo(straight);
        }
    }

    @Test
    void badMarketsAndSelectionWithoutValidationAreRefused() {
        TrainConfig c = TrainerTest.small(10);
        assertThatThrownBy(() -> Trainer.builder(TrainerTest.MARKET, TrainerTest.ENV, c).trainSessions(0, 4)
                .addMarket(TrainerTest.MARKET, 0, 4, 4, 6).build()).hasMessageContaining("added twice");
        assertThatThrownBy(() -> Trainer.builder(TrainerTest.MARKET, TrainerTest.ENV, c).trainSessions(0, 4)
                .addMarket(OTHER, 0, 5, 4, 6).build()).hasMessageContaining("overlap").hasMessageContaining("OTH");
        assertThatThrownBy(() -> Trainer.builder(TrainerTest.MARKET, TrainerTest.ENV, c).trainSessions(0, 4)
                .evalSessions(4, 6).selectOnValidation().build()).hasMessageContaining("evalIntervalSteps");
        assertThatThrownBy(() -> Trainer.builder(TrainerTest.MARKET, TrainerTest.ENV,
                c.toBuilder().evalIntervalSteps(5).build()).trainSessions(0, 4).selectOnValidation().build())
                .hasMessageContaining("validation sessions");
    }

    private static PerformanceReport backtest(ParameterSet p, Trainer t) {
        try (DjlQNetwork net = DjlQNetwork.of(t.network().config(), p, 1)) {
            return new Backtester(TrainerTest.MARKET, TrainerTest.ENV).run(new DqnPolicy(net), 4, 6);
        }
    }

    private static SessionSeries renamed(SessionSeries s, String symbol) {
        BarSeries b = s.bars();
        return new SessionSeries(BarSeries.of(symbol, b.startEpochSecondsColumn(), b.openColumn(), b.highColumn(),
                b.lowColumn(), b.closeColumn(), b.volumeColumn()), s.sessions());
    }
}
