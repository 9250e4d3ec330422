package io.deepscalper.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.core.backtest.Backtester;
import io.deepscalper.core.backtest.PerformanceReport;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.nn.djl.DjlQNetwork;
import io.deepscalper.core.policy.DqnPolicy;
import io.deepscalper.core.policy.RandomPolicy;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The other half of learning: on a market with no edge (a random walk, AR coefficient 0) the trained agent,
 * with its snapshot chosen on validation sessions, must trade far less than random and lose less than 0.5 %
 * over 20 held-out sessions. The same seeded settings as {@link AgentLearnsPlantedSignalTest}.
 */
@Tag("learning")
class AgentStaysOutOfNoSignalMarketTest {

    @Test
    void tradesFarLessThanRandomAndLosesLessThanHalfAPercent() {
        SessionSeries market = SyntheticMarket.generate(2025, 40, 100, 0.0, 0.002);
        EnvConfig env = EnvConfig.builder().lookback(4).rewardScale(100).build();
        TrainConfig train = TrainConfig.builder().totalSteps(8000).batchSize(64).bufferCapacity(20_000)
                .warmupSteps(500).epsilonDecaySteps(4000).learningRate(1e-3).gamma(0.9).tau(0.01)
                .hindsightWeight(0.1).hindsightHorizon(2).trunkSizes(List.of(64, 64)).headHidden(32).auxHidden(16)
                .threads(1).evalIntervalSteps(1000).checkpointIntervalSteps(0).seed(7).build();
        long t0 = System.nanoTime();
        PerformanceReport agent;
        PerformanceReport last;
        Backtester bt = new Backtester(market, env);
        try (Trainer trainer = Trainer.builder(market, env, train).trainSessions(0, 15).evalSessions(15, 20)
                .selectOnValidation().build()) {
            trainer.run();
            SelectedModel s = trainer.selection();
            try (DjlQNetwork net = DjlQNetwork.of(trainer.network().config(), s.parameters(), 1)) {
                agent = bt.run(new DqnPolicy(net), 20, 40);
            }
            last = bt.run(new DqnPolicy(trainer.network()), 20, 40);
            System.out.printf("no-signal market, 8000 steps in %.1f s; kept %s%n", (System.nanoTime() - t0) / 1e9,
                    s.flat() ? "flat" : "step " + s.step());
        }
        PerformanceReport random = bt.run(new RandomPolicy(1), 20, 40);
        System.out.printf("selected: %.4f %% with %d trades; last snapshot: %.4f %% with %d trades; random: %.4f %% "
                        + "with %d trades%n", 100 * agent.totalReturn(), agent.trades(), 100 * last.totalReturn(),
                last.trades(), 100 * random.totalReturn(), random.trades());
        assertThat(agent.sessions()).isEqualTo(20);
        assertThat(agent.totalReturn()).isGreaterThan(-0.005);
        assertThat((double) agent.trades()).isLessThan(random.trades() / 10.0);
    }
}
