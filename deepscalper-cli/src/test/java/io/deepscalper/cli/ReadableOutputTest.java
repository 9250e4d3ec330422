package io.deepscalper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.metrics.RunStart;
import io.deepscalper.api.train.EpisodeEvent;
import io.deepscalper.api.train.UpdateEvent;
import io.deepscalper.cli.command.Times;
import io.deepscalper.monitoring.store.MetricsStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What people read: named status fields, local times, blank cells, suggestions, one-line date errors. */
class ReadableOutputTest {
    private static final long T = Instant.parse("2024-06-03T19:42:07.123Z").toEpochMilli();

    @TempDir
    Path dir;

    private void someTraining() {
        try (MetricsStore m = MetricsStore.inWorkingDirectory(dir)) {
            m.logRunStart(new RunStart("run_7_1", "INCREMENTAL", "schedule", "v_20240603_000000", 3, T));
            m.logUpdate(new UpdateEvent(131, 70, 2e-4, 1e-4, 0.1, 0.05, 500, 3e-4, 1, Map.of(), Map.of(), 0, T));
            m.logEpisode(new EpisodeEvent(132, 1, "SPY", LocalDate.of(2024, 6, 3), -0.0125, 0, 390, 4, 0.05, T));
            m.logUpdate(new UpdateEvent(132, 71, 2e-4, 1e-4, 0.1, 0.05, 500, 3e-4, 1, Map.of(), Map.of(), 0, T));
        }
    }

    @Test
    void statusPrintsNamedFieldsAndTheLastTrainingRowInWords() throws Exception {
        Files.createDirectories(dir);
        someTraining();
        Cli.Result r = Cli.run(dir, "status", "--detailed");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("trainer:", "not running", "working directory:", "champion:", "none",
                        "pending run:", "queued commands:")
                .contains("last training: update at step 132 of run run_7_1 (version v_20240603_000000): "
                        + "loss 0.0002, epsilon 0.0500, " + Times.local(Instant.ofEpochMilli(T)))
                .doesNotContain("{", "=", "NaN", "2024-06-03T");
        assertThat(Cli.run(dir, "status", "--json").out()).as("scripts keep the machine names")
                .contains("\"running\" : false", "\"queuedCommands\" : 0");
    }

    @Test
    void metricsTableLeavesColumnsThatDoNotApplyBlank() throws Exception {
        Files.createDirectories(dir);
        someTraining();
        Cli.Result r = Cli.run(dir, "metrics");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("NaN").contains(Times.local(Instant.ofEpochMilli(T)))
                .contains("run_7_1", "-0.0125");
        String episode = r.out().lines().filter(l -> l.contains("episode")).findFirst().orElseThrow();
        // the episode row has no loss: blank, the columns still aligned under their headers
        String header = r.out().lines().findFirst().orElseThrow();
        assertThat(episode.indexOf("-0.0125")).isEqualTo(header.indexOf("raw_return"));
    }

    @Test
    void mistypedCommandsAndOptionsGetSuggestions() {
        Cli.Result command = Cli.run(dir, "stat");
        assertThat(command.exitCode()).isEqualTo(2);
        assertThat(command.err()).contains("Did you mean: deepscalper status");
        Cli.Result option = Cli.run(dir, "metrics", "--expor", "x.csv");
        assertThat(option.exitCode()).isEqualTo(2);
        assertThat(option.err()).contains("Possible solutions: --export");
    }

    @Test
    void aBadDateIsOneLineWithoutJavaClassNames() {
        for (String[] args : new String[][] {{"backtest", "--from", "2024-13-01"}, {"backtest", "--to", "soon"},
            {"start", "--from", "2024-02-30"}}) {
            Cli.Result r = Cli.run(dir, args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            String first = r.err().lines().findFirst().orElseThrow();
            assertThat(first).startsWith("error: Invalid value for option '" + args[1] + "': '" + args[2]
                    + "' is not a date; use YYYY-MM-DD");
            assertThat(r.err()).doesNotContain("java.", "Exception", "LocalDate");
            assertThat(r.err().lines().count()).as("the error and the hint to --help").isEqualTo(2);
        }
    }

    @Test
    void aBadProgressModeIsAUsageError() {
        Cli.Result r = Cli.run(dir, "start", "--progress", "fancy");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--progress must be auto, bar, lines or none but was 'fancy'");
    }
}
