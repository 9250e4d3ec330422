package io.deepscalper.paper.trade;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.market.BundledData;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterInit;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.env.Observations;
import io.deepscalper.paper.decide.Decider;
import io.deepscalper.paper.journal.SessionRecord;
import io.deepscalper.paper.journal.TradingJournal;
import io.deepscalper.paper.risk.RiskLimits;
import io.deepscalper.paper.sim.ReplayPace;
import io.deepscalper.paper.sim.SimulatedConnection;
import io.deepscalper.registry.export.OnnxModelBuilder;
import io.deepscalper.registry.onnx.OnnxInference;
import io.deepscalper.registry.onnx.OnnxPolicy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daily-loss kill switch inside the loop: once a session's loss passes the limit the position is flattened,
 * every later order of that session is refused, the breach is recorded once, and the next session trades again.
 */
class KillSwitchInTheLoopTest {
    @TempDir
    Path dir;

    @Test
    void aTrippedKillSwitchFlattensAndHaltsUntilTheNextSession() throws Exception {
        EnvConfig env = EnvConfig.builder().costHurdle(0).build();
        SessionSeries series = BundledData.spyJanuary2011();
        NetworkConfig net = NetworkConfig.defaults(Observations.size(env));
        byte[] onnx = OnnxModelBuilder.build(net, ParameterInit.kaimingUniform(net, 13), Map.of());
        PaperRun run;
        try (OnnxPolicy policy = new OnnxPolicy(OnnxInference.open(onnx, net, 1), "m");
             SimulatedConnection broker = new SimulatedConnection(series, 1, 4, Duration.ofMinutes(1), env,
                     ReplayPace.MAX);
             TradingJournal journal = TradingJournal.open(dir, "kill", Clock.systemUTC())) {
            run = PaperTrader.builder(broker, journal, "SPY")
                    .warmUp(series.bars().slice(0, series.sessions().get(1).start()))
                    .champion(new Decider(policy, env, "m"), null, Double.NaN)
                    .options(PaperTradingOptions.defaults().withShadowMinSessions(0)
                            .withLimits(new RiskLimits(Long.MAX_VALUE, 0.001, 10, true, 0)))
                    .build().run();
        }
        List<String> trips = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("metrics.db"));
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT reason FROM paper_breaches WHERE limit_name = 'max_daily_loss'")) {
                while (rs.next()) {
                    trips.add(rs.getString(1));
                }
            }
            assertThat(trips).as("this network loses more than 0.1 % in a day").isNotEmpty()
                    .allSatisfy(r -> assertThat(r).contains("halting until the next session"));
            assertThat(trips.size()).as("at most one trip a session").isLessThanOrEqualTo(3);
            // after the first trip of a session, no decision of that session is allowed an order
            try (ResultSet rs = s.executeQuery("""
                    SELECT count(*) FROM paper_decisions d
                    WHERE d.allowed_shares != 0 AND EXISTS (
                      SELECT 1 FROM paper_breaches b WHERE b.limit_name = 'max_daily_loss'
                      AND b.ts_millis <= (strftime('%s', d.bar_start) + 60) * 1000
                      AND date(b.ts_millis / 1000, 'unixepoch', '-5 hours') = date(d.bar_start, '-5 hours'))""")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM paper_decisions WHERE allowed_shares != 0")) {
                rs.next();
                assertThat(rs.getLong(1)).as("it did trade before the trips").isPositive();
            }
        }
        assertThat(run.champion()).hasSize(3).allSatisfy(r -> assertThat(r.finalPosition()).isZero());
        double worst = run.champion().stream().mapToDouble(SessionRecord::sessionReturn).min().orElseThrow();
        assertThat(worst).as("the switch cut the losses well short of an unchecked day").isGreaterThan(-0.01);
    }
}
