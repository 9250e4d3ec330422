package io.deepscalper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.monitoring.store.MetricsStore;
import io.deepscalper.monitoring.store.TrainingRun;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 5-cycle run (one retrain per cycle), then {@code metrics} with its run and version filters, the run list,
 * the CSV columns and the per-run chart, which is kept under {@code target/metrics-plot/} to be looked at.
 */
@Tag("integration")
class MetricsCliTest {
    @TempDir
    Path dir;

    @Test
    void fiveCyclesAreFiveRunsThatMetricsTellsApart() throws Exception {
        TinyConfig.create().save(dir);
        assertThat(Cli.run(dir, "config", "--set", "continuous.disabledTriggers=every_friday,data_drift,performance")
                .exitCode()).isZero();
        // no --no-progress: the test has no terminal, so progress comes as plain lines
        Cli.Result start = Cli.run(dir, "start", "--max-cycles", "5", "--retrain-interval", "20");
        assertThat(start.exitCode()).as(start.err()).isZero();
        assertThat(start.out()).contains("full training run_", ": starting, 400 steps", ": completed at step 400/400")
                .doesNotContain("\r");

        List<TrainingRun> runs;
        try (MetricsStore m = MetricsStore.openReadOnly(dir.resolve(MetricsStore.FILE_NAME))) {
            runs = m.runs();
        }
        assertThat(runs).hasSize(5).allMatch(r -> "REGISTERED".equals(r.outcome()) && r.modelVersion() != null);
        assertThat(runs).extracting(TrainingRun::cycle).containsExactly(1L, 2L, 3L, 4L, 5L);

        Cli.Result list = Cli.run(dir, "metrics", "--runs");
        assertThat(list.exitCode()).as(list.err()).isZero();
        for (TrainingRun r : runs) {
            assertThat(list.out()).contains(r.runId(), r.modelVersion());
        }

        TrainingRun third = runs.get(2);
        Cli.Result one = Cli.run(dir, "metrics", "--run", third.runId(), "--last", "50");
        assertThat(one.exitCode()).as(one.err()).isZero();
        List<String> rows = dataLines(one.out());
        assertThat(rows).hasSize(50).allMatch(l -> l.contains(third.runId()) && l.contains(third.modelVersion()));
        assertThat(one.out()).doesNotContain("NaN");

        Cli.Result byVersion = Cli.run(dir, "metrics", "--version", runs.get(4).modelVersion(), "--json");
        assertThat(byVersion.exitCode()).as(byVersion.err()).isZero();
        assertThat(byVersion.out()).contains("\"runId\" : \"" + runs.get(4).runId() + "\"")
                .doesNotContain(runs.get(3).runId());

        Cli.Result unknown = Cli.run(dir, "metrics", "--run", "run_nope");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no run 'run_nope'", runs.get(0).runId());

        Path csv = dir.resolve("third.csv");
        assertThat(Cli.run(dir, "metrics", "--run", third.runId(), "--export", csv.toString()).exitCode()).isZero();
        List<String> lines = Files.readAllLines(csv);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        assertThat(header).contains("run_id", "model_version");
        int runColumn = header.indexOf("run_id");
        assertThat(lines.subList(1, lines.size())).isNotEmpty()
                .allMatch(l -> l.split(",", -1)[runColumn].equals(third.runId()));

        Cli.Result models = Cli.run(dir, "models", "--list");
        assertThat(models.exitCode()).as(models.err()).isZero();
        assertThat(models.out()).as("creation times to the second, local").doesNotContainPattern("\\d:\\d\\d\\.\\d")
                .doesNotContainPattern("\\dT\\d");

        Path png = Path.of("target", "metrics-plot", "five-cycles.png").toAbsolutePath();
        Files.createDirectories(png.getParent());
        Cli.Result plot = Cli.run(dir, "metrics", "--plot", png.toString());
        assertThat(plot.exitCode()).as(plot.err()).isZero();
        assertThat(plot.out()).contains("(5 run(s))");
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(1200);
    }

    /** @return the table's rows: the lines after the header and its rule */
    private static List<String> dataLines(String table) {
        List<String> all = table.lines().toList();
        return all.subList(2, all.size());
    }
}
