package io.deepscalper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.io.Json;
import io.deepscalper.api.model.GateCheck;
import io.deepscalper.cli.config.WorkdirConfig;
import io.deepscalper.continuous.CommandQueue;
import io.deepscalper.continuous.Probation;
import io.deepscalper.continuous.TrainerCommand;
import io.deepscalper.continuous.TrainerLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every subcommand's fast paths and bad input, through picocli's API. */
class CliCommandsTest {
    private static final List<String> COMMANDS = List.of("start", "stop", "status", "metrics", "models", "retrain",
            "export", "config", "backtest", "tune", "dashboard", "generate-completion");

    @TempDir
    Path dir;

    @Test
    void helpWorksEverywhere() {
        Cli.Result top = Cli.run(dir, "--help");
        assertThat(top.exitCode()).isZero();
        for (String c : COMMANDS) {
            assertThat(top.out()).contains(c);
            Cli.Result r = Cli.run(dir, c, "--help");
            assertThat(r.exitCode()).as(c).isZero();
            assertThat(r.out()).as(c).contains("Usage: deepscalper " + c);
        }
        assertThat(Cli.run(dir, "start", "--help").out()).contains("--symbols", "--source", "--data-dir",
                "--update-interval", "--retrain-interval", "--performance-threshold", "--max-cycles", "--detach", "--dashboard");
    }

    @Test
    void statusShowsAnAutomaticRollbackWithItsEvidence() throws Exception {
        GateCheck evidence = new GateCheck("session_return", GateCheck.PROBATION, -0.004, 0.0, -1.2, 0.003, 10,
                GateCheck.FAIL, false, "on 10 new session(s) the champion's mean session return -0.4 % vs flat 0 %: "
                + "significantly worse at level 5 %");
        Probation p = new Probation("v_20250303_210100", null, LocalDate.of(2025, 3, 3),
                Instant.parse("2025-03-03T21:01:00Z"), Probation.Status.ROLLED_BACK, evidence,
                Instant.parse("2025-03-17T21:01:00Z"), "deactivated v_20250303_210100: nothing deployed");
        Files.write(dir.resolve(Probation.FILE), Json.timeMapper().writeValueAsBytes(p));
        Cli.Result r = Cli.run(dir, "status", "--detailed");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("nothing deployed: champion v_20250303_210100 was withdrawn after its probation")
                .contains("probation: ROLLED_BACK v_20250303_210100 (no predecessor): deactivated v_20250303_210100")
                .contains("evidence: on 10 new session(s)").contains("significantly worse at level 5 %");
        assertThat(Cli.run(dir, "status", "--json").out()).contains("\"status\" : \"ROLLED_BACK\"",
                "\"deployed\" : false");
    }

    @Test
    void unknownFlagIsAUsageErrorOnOneLine() {
        Cli.Result r = Cli.run(dir, "status", "--bogus");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: Unknown option: '--bogus'").contains("Try 'deepscalper status --help'");
        assertThat(r.err().lines()).hasSize(2);
        assertThat(Cli.run(dir, "frobnicate").exitCode()).isEqualTo(2);
    }

    @Test
    void configShowSetValidateAndReset() throws Exception {
        Cli.Result show = Cli.run(dir, "config");
        assertThat(show.exitCode()).isZero();
        assertThat(show.out()).contains("continuous.retrainIntervalHours", "24", "continuous.performanceThreshold",
                "train.totalSteps", "env.lookback", "data.source", "synthetic",
                "health.explosionThreshold", "gate.criteria");

        Cli.Result set = Cli.run(dir, "config", "--set", "continuous.retrainIntervalHours=6", "--set",
                "data.symbols=SPY,QQQ");
        assertThat(set.exitCode()).isZero();
        WorkdirConfig saved = WorkdirConfig.load(dir);
        assertThat(saved.toJson()).contains("\"retrainIntervalHours\" : 6.0").contains("\"SPY\"", "\"QQQ\"");
        String before = Files.readString(dir.resolve("config.json"));

        Cli.Result invalid = Cli.run(dir, "config", "--set", "continuous.maxVersions=0");
        assertThat(invalid.exitCode()).isEqualTo(1);
        assertThat(invalid.err()).startsWith("error: ").contains("maxVersions must be >= 1 but was 0");
        assertThat(invalid.err().lines()).hasSize(1);
        assertThat(Files.readString(dir.resolve("config.json"))).isEqualTo(before);

        assertThat(Cli.run(dir, "config", "--set", "continuous.incremental=maybe").err())
                .contains("continuous.incremental must be true or false but was 'maybe'");
        assertThat(Cli.run(dir, "config", "--set", "continuous.maxVersions=ten").err())
                .contains("continuous.maxVersions must be a whole number but was 'ten'");
        assertThat(Cli.run(dir, "config", "--set", "continuous.nope=1").err())
                .contains("unknown key 'nope' in section 'continuous'").contains("maxVersions");
        assertThat(Cli.run(dir, "config", "--set", "nosection.x=1").err())
                .contains("unknown config section 'nosection'");
        assertThat(Cli.run(dir, "config", "--set", "train.learningRate=2").err()).contains("learningRate");
        assertThat(Cli.run(dir, "config", "--set", "justtext").err()).contains("must have the form section.key=value");
        assertThat(Cli.run(dir, "config", "--set", "gate.criteria=[{\"metric\":\"sharpe\",\"direction\":\"SIDEWAYS\"}]")
                .exitCode()).isEqualTo(1);
        assertThat(Cli.run(dir, "config", "--set", "continuous.validationSessions=3").err())
                .contains("continuous.validationSessions is 3 but the gate needs at least gate.minSessions = 10");
        assertThat(Cli.run(dir, "config", "--set", "gate.minSessions=2").err()).contains("gate.minSessions")
                .contains("noise");
        assertThat(Cli.run(dir, "config", "--set", "gate.minSessions=20").err())
                .as("the loop holds out 10").contains("gate.minSessions = 20");
        assertThat(Files.readString(dir.resolve("config.json"))).isEqualTo(before);

        Cli.Result gate = Cli.run(dir, "config", "--set",
                "gate.criteria=[{\"metric\":\"max_drawdown\",\"direction\":\"LOWER_IS_BETTER\",\"threshold\":0.1}]");
        assertThat(gate.exitCode()).as(gate.err()).isZero();
        assertThat(WorkdirConfig.load(dir).toJson()).contains("max_drawdown");
        assertThat(Cli.run(dir, "config", "--reset").exitCode()).isZero();
        assertThat(WorkdirConfig.load(dir).toJson()).contains("\"retrainIntervalHours\" : 24.0");
        assertThat(Cli.run(dir, "config", "--json").out()).contains("\"continuous\"");
    }

    @Test
    void aBrokenConfigFileIsReportedNotReplaced() throws Exception {
        Files.writeString(dir.resolve("config.json"), "{\"continuous\": {\"maxVersions\": -3}}");
        Cli.Result r = Cli.run(dir, "config");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("maxVersions must be >= 1 but was -3");
        Files.writeString(dir.resolve("config.json"), "{not json");
        assertThat(Cli.run(dir, "config").err()).contains("is not valid JSON").contains("config --reset");
    }

    @Test
    void inspectionCommandsOnAMissingOrEmptyDirectory() {
        Path missing = dir.resolve("nowhere");
        Cli.Result status = Cli.run(missing, "status");
        assertThat(status.exitCode()).isEqualTo(1);
        assertThat(status.err()).contains("does not exist").contains("deepscalper start");

        assertThat(Cli.run(dir, "config", "--set", "continuous.maxVersions=5").exitCode()).isZero();
        Cli.Result s = Cli.run(dir, "status", "--json");
        assertThat(s.exitCode()).isZero();
        assertThat(s.out()).contains("\"running\" : false", "\"versions\" : 0", "\"phase\" : \"stopped\"");
        assertThat(Cli.run(dir, "models").out()).contains("no model versions yet");
        Cli.Result metrics = Cli.run(dir, "metrics");
        assertThat(metrics.exitCode()).isEqualTo(1);
        assertThat(metrics.err()).contains("no metrics.db");
        Cli.Result stop = Cli.run(dir, "stop");
        assertThat(stop.exitCode()).isZero();
        assertThat(stop.out()).contains("no trainer is running");
    }

    @Test
    void badVersionIdsAndFormatsAreRefused() {
        assertThat(Cli.run(dir, "config", "--set", "continuous.maxVersions=5").exitCode()).isZero();
        Cli.Result bad = Cli.run(dir, "models", "--activate", "../../etc");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("invalid model version id '../../etc'").contains("v_YYYYMMDD_HHMMSS");
        assertThat(Cli.run(dir, "export", "--version", "v_2026", "--format", "djl", "--output", "x").err())
                .contains("invalid model version id 'v_2026'");
        Cli.Result fmt = Cli.run(dir, "export", "--format", "tensorflow", "--output", "x");
        assertThat(fmt.exitCode()).isEqualTo(2);
        assertThat(fmt.err()).contains("unknown --format 'tensorflow'").contains("onnx");
        Cli.Result none = Cli.run(dir, "export", "--format", "onnx", "--output", dir.resolve("out").toString());
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(Cli.run(dir, "backtest", "--version", "nope").err()).contains("invalid model version id 'nope'");
        assertThat(Cli.run(dir, "models", "--compare", "v_20260101_000000").exitCode()).isEqualTo(2);
        assertThat(Cli.run(dir, "start", "--clock", "sundial").exitCode()).isEqualTo(2);
    }

    @Test
    void retrainIsQueuedWhenATrainerRuns() {
        try (TrainerLock lock = TrainerLock.acquire(dir)) {
            Cli.Result r = Cli.run(dir, "retrain", "--full", "--symbol", "spy");
            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).contains("retrain queued for the running trainer (pid "
                    + ProcessHandle.current().pid());
            Cli.Result status = Cli.run(dir, "status", "--json");
            assertThat(status.out()).contains("\"running\" : true", "\"queuedCommands\" : 1");
        }
        List<TrainerCommand> queued = new CommandQueue(dir).drain();
        assertThat(queued).hasSize(1);
        assertThat(queued.get(0).retrain().full()).isTrue();
        assertThat(queued.get(0).retrain().symbol()).isEqualTo("SPY");
    }

    @Test
    void shellCompletionScriptIsGenerated() {
        Cli.Result r = Cli.run(dir, "generate-completion");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("complete -F").contains("deepscalper");
    }
}
