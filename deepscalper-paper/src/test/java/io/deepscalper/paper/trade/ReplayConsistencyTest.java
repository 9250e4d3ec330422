package io.deepscalper.paper.trade;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.BundledData;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterInit;
import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.core.backtest.Backtester;
import io.deepscalper.core.backtest.PerformanceReport;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.env.Observations;
import io.deepscalper.paper.decide.Decider;
import io.deepscalper.paper.journal.SessionRecord;
import io.deepscalper.paper.journal.TradingJournal;
import io.deepscalper.paper.sim.ReplayPace;
import io.deepscalper.paper.sim.SimulatedConnection;
import io.deepscalper.registry.export.OnnxModelBuilder;
import io.deepscalper.registry.onnx.OnnxInference;
import io.deepscalper.registry.onnx.OnnxPolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One model, the same real sessions: the paper-trading loop through the simulated broker ends with exactly the
 * backtester's equity, session by session, to the last bit.
 */
class ReplayConsistencyTest {
    @TempDir
    Path dir;

    @Test
    void simulatedBrokerGivesExactlyTheBacktestersPnlOnRealSessions() {
        // hurdle 0 so that an untrained network trades often: equality then covers fills, fees and liquidations
        EnvConfig env = EnvConfig.builder().costHurdle(0).build();
        assertSameAsBacktest(env, 13);
    }

    @Test
    void withTheCostHurdleAndAVolumeCapTheyStillAgree() {
        EnvConfig env = EnvConfig.builder().lookback(8).maxVolumeFraction(0.01).maxPositionPct(0.5).build();
        assertSameAsBacktest(env, 5);
    }

    private void assertSameAsBacktest(EnvConfig env, long seed) {
        SessionSeries series = BundledData.spyJanuary2011();
        NetworkConfig net = NetworkConfig.defaults(Observations.size(env));
        ParameterSet params = ParameterInit.kaimingUniform(net, seed);
        byte[] onnx = OnnxModelBuilder.build(net, params, Map.of());
        int from = 1;
        int to = 4;
        PerformanceReport expected;
        try (OnnxPolicy policy = new OnnxPolicy(OnnxInference.open(onnx, net, 1), "m")) {
            expected = new Backtester(series, env).run(policy, from, to);
        }
        BarSeries warmUp = series.bars().slice(0, series.sessions().get(from).start());
        PaperRun run;
        try (OnnxPolicy policy = new OnnxPolicy(OnnxInference.open(onnx, net, 1), "m");
             SimulatedConnection broker = new SimulatedConnection(series, from, to, Duration.ofMinutes(1), env,
                     ReplayPace.MAX);
             TradingJournal journal = TradingJournal.open(dir, "consistency-" + seed, Clock.systemUTC())) {
            run = PaperTrader.builder(broker, journal, series.symbol()).warmUp(warmUp)
                    .champion(new Decider(policy, env, "m"), null, Double.NaN).build().run();
            assertThat(journal.count("paper_decisions")).isEqualTo(3L * 389);
            assertThat(expected.trades()).as("the model trades, so equality means something").isGreaterThan(0);
            assertThat(journal.count("paper_fills")).isEqualTo(expected.trades());
        }
        List<Double> returns = run.champion().stream().map(SessionRecord::sessionReturn).toList();
        assertThat(run.champion()).hasSize(3);
        assertThat(returns).isEqualTo(expected.dailyReturns());
        assertThat(run.endEquity()).isEqualTo(expected.finalEquity());
        assertThat(run.champion().stream().mapToInt(SessionRecord::fills).sum()).isEqualTo(expected.trades());
        assertThat(run.finalPosition()).isZero();
        assertThat(run.openOrders()).isZero();
    }
}
