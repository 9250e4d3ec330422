package io.deepscalper.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.market.BundledData;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.core.backtest.PerformanceReport;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A short training run on the bundled real SPY month: train on the first 15 sessions, evaluate the
 * greedy agent on the last 5 next to every baseline, print the table. Profit is not asserted: one
 * short run on one month says little, and the point is that the whole pipeline runs on real data.
 */
@Tag("learning")
class RealSpyTrainingRunTest {

    @Test
    void trainsOnFifteenSessionsAndReportsTheLastFiveAgainstTheBaselines() {
        SessionSeries spy = BundledData.spyJanuary2011();
        assertThat(spy.sessions()).hasSize(20);
        EnvConfig env = EnvConfig.builder().lookback(30).rewardScale(100).build();
        TrainConfig train = TrainConfig.builder().totalSteps(6000).batchSize(64).bufferCapacity(50_000)
                .warmupSteps(1000).epsilonDecaySteps(4000).learningRate(3e-4).trunkSizes(List.of(128, 128))
                .headHidden(64).auxHidden(32).threads(1).evalIntervalSteps(0).checkpointIntervalSteps(0).seed(3)
                .build();
        long t0 = System.nanoTime();
        List<PerformanceReport> reports;
        try (Trainer trainer = Trainer.builder(spy, env, train).trainSessions(0, 15).evalSessions(15, 20).build()) {
            TrainingResult r = trainer.run();
            assertThat(r.steps()).isEqualTo(6000);
            reports = trainer.evaluate();
        }
        System.out.printf("SPY 2011-01, train sessions 1-15, %d steps in %.1f s, held-out sessions 16-20:%n%s%n",
                train.totalSteps(), (System.nanoTime() - t0) / 1e9, PerformanceReport.comparisonTable(reports));
        assertThat(reports).extracting(PerformanceReport::policy)
                .containsExactly("dqn", "flat", "buy_and_hold", "random", "momentum");
        assertThat(reports.get(0).sessions()).isEqualTo(5);
        assertThat(reports.get(0).toMetricMap().values()).allMatch(Double::isFinite);
    }
}
