package io.deepscalper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersion;
import io.deepscalper.api.model.NewModelVersion;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterInit;
import io.deepscalper.cli.config.Sections;
import io.deepscalper.cli.config.WorkdirConfig;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.env.Observations;
import io.deepscalper.registry.fs.FileSystemModelRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trade --paper --broker simulated} on the bundled SPY sessions. */
class TradeCliTest {
    @TempDir
    Path dir;

    @Test
    void withoutPaperItRefusesAndNamesTheFlag() {
        Cli.Result r = Cli.run(dir, "trade", "--broker", "simulated");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--paper");
    }

    @Test
    void withNothingDeployedItTradesFlatAndSaysSo() throws Exception {
        WorkdirConfig.defaults().save(dir);
        Cli.Result r = Cli.run(dir, "trade", "--paper", "--broker", "simulated", "--from", "2011-01-03", "--to",
                "2011-01-04");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("nothing deployed").contains("flat (nothing deployed)")
                .contains("total: 2 session(s), equity 100000.00 -> 100000.00, P&L +0.00")
                .contains("final position 0, open orders 0");
    }

    @Test
    void theActiveModelsReplayEqualsTheBacktesterAndIsJournalled() throws Exception {
        WorkdirConfig config = WorkdirConfig.defaults();
        config.save(dir);
        EnvConfig env = config.section(Sections.ENV);
        NetworkConfig net = NetworkConfig.defaults(Observations.size(env));
        ModelStore store = new FileSystemModelRegistry().open(dir.resolve("models"));
        ModelVersion v = store.register(NewModelVersion.builder(ParameterInit.kaimingUniform(net, 3), net).build());
        store.forceActivate(ModelRef.of(v.id()), "test: an untrained network that trades");

        Cli.Result r = Cli.run(dir, "trade", "--paper", "--broker", "simulated", "--from", "2011-01-05", "--to",
                "2011-01-06", "--shadow-sessions", "0");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("with " + v.id().value()).contains("total: 2 session(s)")
                .contains("backtester, same model and sessions (DJL)").contains(": equal")
                .contains("final position 0, open orders 0");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("metrics.db"));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), min(model_version) FROM paper_decisions")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(2 * 389);
            assertThat(rs.getString(2)).isEqualTo(v.id().value());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("metrics.db"));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM paper_fills), "
                     + "(SELECT sum(fills) FROM paper_sessions)")) {
            rs.next();
            assertThat(rs.getLong(1)).as("every fill journalled once").isEqualTo(rs.getLong(2)).isPositive();
        }
        assertThat(Files.exists(dir.resolve("metrics.db"))).isTrue();
    }

    @Test
    void jsonHasTheRunAndTheBacktestOfTheSameSessions() throws Exception {
        WorkdirConfig.defaults().save(dir);
        Cli.Result r = Cli.run(dir, "trade", "--paper", "--from", "2011-01-10", "--to", "2011-01-10", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        com.fasterxml.jackson.databind.JsonNode json = io.deepscalper.api.io.Json.mapper().readTree(r.out());
        assertThat(json.at("/run/champion")).hasSize(1);
        assertThat(json.at("/run/endEquity").asDouble()).isEqualTo(json.at("/backtest/finalEquity").asDouble());
        assertThat(json.at("/run/finalPosition").asLong()).isZero();
    }
}
