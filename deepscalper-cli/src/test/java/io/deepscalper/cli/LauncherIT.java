package io.deepscalper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.model.Alias;
import io.deepscalper.cli.config.Workdir;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code ./deepscalper} launcher on the packaged app (runs after {@code package}, through
 * failsafe): every subcommand, bad input with its exit code, and inspection while a detached trainer
 * runs in another process.
 */
@Tag("integration")
class LauncherIT {
    private static final Path ROOT = Path.of(System.getProperty("deepscalper.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path dir;

    record Run(int code, String out) {
    }

    private Run launch(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(ROOT.resolve("deepscalper").toString(), "--workdir", dir.toString()));
        cmd.addAll(List.of(args));
        Path log = Files.createTempFile(dir.getParent(), "launcher", ".log");
        Process p = new ProcessBuilder(cmd).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("launcher timed out: " + cmd);
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        return new Run(p.exitValue(), out);
    }

    @Test
    void helpAndBadInputThroughTheLauncher() throws Exception {
        Run help = launch("--help");
        assertThat(help.code()).as(help.out()).isZero();
        assertThat(help.out()).contains("Usage: deepscalper", "start", "backtest", "generate-completion");
        for (String c : List.of("start", "stop", "status", "metrics", "models", "retrain", "export", "config",
                "backtest")) {
            Run r = launch(c, "--help");
            assertThat(r.code()).as(c + ": " + r.out()).isZero();
            assertThat(r.out()).contains("Usage: deepscalper " + c);
        }
        Run unknown = launch("status", "--frobnicate");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.out()).contains("error: Unknown option: '--frobnicate'").doesNotContain("Exception");
        Run invalid = launch("config", "--set", "continuous.retrainIntervalHours=-5");
        assertThat(invalid.code()).isEqualTo(1);
        assertThat(invalid.out().strip()).isEqualTo("error: continuous.retrainIntervalHours must be a finite "
                + "number of hours > 0 but was -5.0");
        Run badId = launch("models", "--activate", "v_2026-01-01");
        assertThat(badId.code()).isEqualTo(1);
        assertThat(badId.out()).contains("invalid model version id 'v_2026-01-01'").doesNotContain("\tat ");
        assertThat(launch("--verbose", "models", "--activate", "nope").out()).contains("\tat ");
    }

    @Test
    void everySubcommandWorksAndInspectionWorksWhileATrainerRuns() throws Exception {
        TinyConfig.create().save(dir);
        assertThat(launch("config", "--set", "continuous.disabledTriggers=every_friday,data_drift,performance")
                .code()).isZero();
        Run start = launch("start", "--max-cycles", "1", "--no-progress");
        assertThat(start.code()).as(start.out()).isZero();
        assertThat(start.out()).contains("cycle 1: fired: scheduled; FULL retrain registered");
        assertThat(launch("status", "--detailed").out()).contains("retrains");
        assertThat(launch("metrics", "--last", "3", "--json").out()).contains("\"kind\"");
        Path png = dir.resolve("chart.png");
        assertThat(launch("metrics", "--plot", png.toString()).code()).isZero();
        assertThat(Files.size(png)).isGreaterThan(1000);
        assertThat(launch("models", "--list").out()).contains("FULL");
        // the active model exists only if the tiny learner's candidate beat flat; otherwise exporting it is refused
        Run exportActive = launch("export", "--format", "onnx", "--output", dir.resolve("m.onnx").toString());
        if (new Workdir(dir).models().aliases().containsKey(Alias.ACTIVE)) {
            assertThat(exportActive.code()).as(exportActive.out()).isZero();
        } else {
            assertThat(exportActive.code()).isEqualTo(1);
            assertThat(exportActive.out()).contains("nothing deployed: no candidate has beaten flat");
        }
        assertThat(launch("export", "--version", "latest", "--format", "onnx", "--output",
                dir.resolve("latest.onnx").toString()).code()).isZero();
        Run backtest = launch("backtest");
        assertThat(backtest.code()).as(backtest.out()).isZero();
        assertThat(backtest.out()).contains("buy_and_hold", "momentum");
        Run retrain = launch("retrain", "--no-progress");
        assertThat(retrain.out()).contains("retrain registered");

        Run detach = launch("start", "--detach");
        assertThat(detach.code()).as(detach.out()).isZero();
        assertThat(detach.out()).contains("trainer started in the background, pid");
        try {
            Run status = launch("status", "--json");
            assertThat(status.out()).contains("\"running\" : true");
            assertThat(launch("metrics", "--last", "2").code()).isZero();
            assertThat(launch("models").code()).isZero();
            Run queued = launch("retrain", "--full");
            assertThat(queued.out()).contains("retrain queued for the running trainer");
            assertThat(launch("start", "--max-cycles", "1").out()).contains("already runs in");
        } finally {
            Run stop = launch("stop", "--timeout", "240");
            assertThat(stop.code()).as(stop.out()).isZero();
            assertThat(stop.out()).contains("stopped");
        }
        assertThat(launch("status", "--json").out()).contains("\"running\" : false");
        assertThat(Files.readString(dir.resolve("trainer.log"))).contains("deepscalper trainer pid");
    }
}
