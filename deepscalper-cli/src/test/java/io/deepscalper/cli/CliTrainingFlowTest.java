package io.deepscalper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersionId;
import io.deepscalper.cli.config.Workdir;
import io.deepscalper.monitoring.store.MetricsStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** start, then every inspection command on what it produced, through picocli's API (tiny config). */
@Tag("integration")
class CliTrainingFlowTest {
    @TempDir
    Path dir;

    @Test
    void startThenInspectExportBacktestAndRetrain() throws Exception {
        TinyConfig.create().save(dir);
        // only the schedule: the data module's detector and the performance trigger have their own tests
        assertThat(Cli.run(dir, "config", "--set", "continuous.disabledTriggers=every_friday,data_drift,performance")
                .exitCode()).isZero();
        // a risk limit no candidate can meet, so that the flow sees the nothing-deployed state whatever the tiny
        // learner finds
        assertThat(Cli.run(dir, "config", "--set", "gate.criteria=[{\"metric\":\"trades\",\"direction\":"
                + "\"HIGHER_IS_BETTER\",\"threshold\":1e12}]").exitCode()).isZero();
        Cli.Result start = Cli.run(dir, "start", "--max-cycles", "2", "--no-progress", "--retrain-interval", "20");
        assertThat(start.exitCode()).as(start.err()).isZero();
        assertThat(start.out()).contains("cycle 1: fired: scheduled; FULL retrain registered v_")
                .contains("cycle 2: fired: scheduled; FULL retrain registered v_").contains("rejected by the gate")
                .contains("nothing deployed: no candidate has beaten flat").contains("stopped");
        assertThat(dir.resolve("trainer.lock")).exists();
        assertThat(dir.resolve("trainer.pid")).doesNotExist();

        Cli.Result status = Cli.run(dir, "status", "--detailed");
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).contains("not running", "retrains", "recent triggers:", "scheduled",
                "recent evaluations:", "probation: none")
                .contains("nothing deployed: no candidate has beaten flat on 10 held-out sessions at level 5 %");
        assertThat(Cli.run(dir, "status", "--json").out()).contains("\"retrains\" : 2", "\"versions\" : 2",
                "\"deployed\" : false");
        Path refused = dir.resolve("out/refused.onnx");
        Cli.Result noActive = Cli.run(dir, "export", "--version", "active", "--format", "onnx", "--output",
                refused.toString());
        assertThat(noActive.exitCode()).isEqualTo(1);
        assertThat(noActive.err()).contains("nothing deployed: no candidate has beaten flat on 10 held-out sessions");
        assertThat(refused).doesNotExist();
        Cli.Result flatBacktest = Cli.run(dir, "backtest");
        assertThat(flatBacktest.exitCode()).as(flatBacktest.err()).isZero();
        assertThat(flatBacktest.out()).contains("nothing deployed", "active (nothing deployed: flat)");

        Cli.Result metrics = Cli.run(dir, "metrics", "--last", "5");
        assertThat(metrics.exitCode()).isZero();
        assertThat(metrics.out()).contains("loss", "epsilon").contains("update");
        Path csv = dir.resolve("out/metrics.csv");
        Files.createDirectories(csv.getParent());
        assertThat(Cli.run(dir, "metrics", "--export", csv.toString()).exitCode()).isZero();
        assertThat(Files.readAllLines(csv).size()).isGreaterThan(10);
        assertThat(Cli.run(dir, "metrics", "--last", "0").exitCode()).isEqualTo(2);

        Cli.Result models = Cli.run(dir, "models", "--list");
        assertThat(models.out()).contains("FULL", "version", "sharpe", "held_out", "FAILED", "reason",
                "does not satisfy >= 1.0E12");
        assertThat(Cli.run(dir, "models", "--json").out()).contains("\"kind\" : \"FULL\"", "\"gateReason\"");
        ModelStore store = new Workdir(dir).models();
        String a = store.list().get(0).id().value();
        String b = store.list().get(1).id().value();
        Cli.Result compare = Cli.run(dir, "models", "--compare", a, b);
        assertThat(compare.exitCode()).as(compare.err()).isZero();
        assertThat(compare.out()).contains("evaluated now on the same 10 session(s)", "difference = A - B",
                "sharpe", "probability that A is better");
        Cli.Result forced = Cli.run(dir, "models", "--activate", a, "--force", "--reason", "test override");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        ModelVersionId activeBefore = store.aliases().get(Alias.ACTIVE);
        assertThat(activeBefore.value()).isEqualTo(a);
        assertThat(Cli.run(dir, "models", "--activate", b, "--force", "--reason", "test override").exitCode()).isZero();
        assertThat(store.aliases().get(Alias.ACTIVE).value()).isEqualTo(b);
        Cli.Result rollback = Cli.run(dir, "models", "--rollback");
        assertThat(rollback.exitCode()).as(rollback.err()).isZero();
        assertThat(store.aliases().get(Alias.ACTIVE)).isEqualTo(activeBefore);
        assertThat(Cli.run(dir, "models", "--cleanup").out()).contains("registry is clean");
        assertThat(Cli.run(dir, "models", "--rollback", "--cleanup").exitCode()).as("exclusive actions").isEqualTo(2);

        Path onnx = dir.resolve("out/model.onnx");
        Cli.Result export = Cli.run(dir, "export", "--version", "latest", "--format", "onnx", "--output",
                onnx.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(onnx).exists();
        assertThat(Cli.run(dir, "export", "--version", "latest", "--format", "onnx", "--output", onnx.toString())
                .exitCode()).as("no overwrite without --force").isEqualTo(1);
        for (String format : new String[] {"djl", "pytorch"}) {
            Path target = dir.resolve("out/model-" + format);
            Cli.Result r = Cli.run(dir, "export", "--version", "active", "--format", format, "--output",
                    target.toString());
            assertThat(r.exitCode()).as(format + ": " + r.err()).isZero();
            assertThat(r.out()).contains("as " + format);
            assertThat(target).exists();
        }

        Cli.Result backtest = Cli.run(dir, "backtest", "--version", "latest");
        assertThat(backtest.exitCode()).as(backtest.err()).isZero();
        assertThat(backtest.out()).contains(b, "flat", "buy_and_hold", "random", "momentum");
        assertThat(Cli.run(dir, "backtest", "--from", "2025-03-10", "--to", "2025-03-01").exitCode()).isEqualTo(2);

        Cli.Result retrain = Cli.run(dir, "retrain", "--no-progress");
        assertThat(retrain.out() + retrain.err()).contains("retrain registered v_");
        assertThat(store.list()).hasSize(3);
        assertThat(store.aliases()).containsKey(Alias.ACTIVE);

        try (MetricsStore m = MetricsStore.openReadOnly(dir.resolve("metrics.db"))) {
            assertThat(m.metric("orchestrator.phase", 0, Long.MAX_VALUE)).isNotEmpty();
            assertThat(m.recentTriggerEvents(100)).isNotEmpty();
        }
    }
}
