package io.deepscalper.monitoring.plot;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.metrics.RunEnd;
import io.deepscalper.api.metrics.RunStart;
import io.deepscalper.api.train.EpisodeEvent;
import io.deepscalper.api.train.EvaluationEvent;
import io.deepscalper.api.train.UpdateEvent;
import io.deepscalper.monitoring.store.MetricsStore;
import io.deepscalper.monitoring.store.StoreConfig;
import io.deepscalper.monitoring.store.TrainingFilter;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs are drawn apart (a series and a colour each), evaluations over cycles or, without cycles, over time. */
class RunChartTest {
    @TempDir
    Path dir;

    private static void run(MetricsStore s, int n, String version, long cycle) {
        String id = "run_" + n;
        s.logRunStart(new RunStart(id, n == 1 ? "FULL" : "INCREMENTAL", "schedule", n == 1 ? null : "v" + (n - 1),
                cycle, n * 1000L));
        for (long step = 0; step < 300; step++) {
            // each run at its own loss level, so that averaging them at the same step would be visibly wrong
            s.logUpdate(new UpdateEvent(step, step, n + 1.0 / (step + 1), 0.5, 0.1, 0.5, 100, 3e-4, 1, Map.of(),
                    Map.of(), 0, n * 1000L + step));
            if (step % 100 == 99) {
                s.logEpisode(new EpisodeEvent(step, step / 100, "SPY", LocalDate.of(2024, 1, 2), -0.01 * n, 0, 100, 3,
                        0.5, n * 1000L + step));
            }
        }
        s.logRunEnd(new RunEnd(id, version, "REGISTERED", 300, n * 1000L + 400));
        s.logEvaluation(version, cycle, new EvaluationEvent(300, "validation", LocalDate.of(2024, 2, 1),
                LocalDate.of(2024, 2, 20), Map.of("sharpe", 0.5 * n), Map.of(), n * 1000L + 500));
    }

    private MetricsStore store() {
        return MetricsStore.open(dir.resolve(MetricsStore.FILE_NAME), StoreConfig.builder().flushIntervalMillis(0).build());
    }

    @Test
    void eachRunIsItsOwnSeriesAndColourAndEvaluationsSitAtTheirCycle() throws Exception {
        try (MetricsStore s = store()) {
            for (int n = 1; n <= 3; n++) {
                run(s, n, "v" + n, 2L * n);
            }
            Path png = dir.resolve("runs.png");
            Map<String, Integer> points = TrainingChart.write(s, png, 1200, 900);
            assertThat(points).containsEntry("runs", 3).containsEntry("sharpe", 3).containsEntry("return", 9)
                    .containsEntry("runsLeftOut", 0);
            BufferedImage img = ImageIO.read(png.toFile());
            for (int i = 0; i < 3; i++) {
                assertThat(pixels(img, ChartPanels.colour(i), 0, 600)).as("pixels of run %d's colour", i + 1)
                        .isGreaterThan(100);
            }

            ChartData data = ChartData.read(s, TrainingFilter.all(), 500);
            assertThat(data.runs()).extracting(ChartData.Run::label)
                    .containsExactly("run_1 (FULL, v1)", "run_2 (INCREMENTAL, v2)", "run_3 (INCREMENTAL, v3)");
            // not averaged: the first point of run 3 is run 3's own loss
            assertThat(data.runs().get(2).loss().values()[0]).isEqualTo(4.0);

            // the champion v3 re-evaluated in a later cycle is told apart from the candidates
            s.logEvaluation("v3", 9, new EvaluationEvent(300, "validation", LocalDate.of(2024, 3, 1),
                    LocalDate.of(2024, 3, 20), Map.of("sharpe", 0.1), Map.of(), 9_000));
            data = ChartData.read(s, TrainingFilter.all(), 500);
            EvaluationPanel evals = EvaluationPanel.of(data.evaluations(), data.producedIn());
            XYPlot plot = evals.chart().getXYPlot();
            assertThat(plot.getDomainAxis().getLabel()).isEqualTo("orchestrator cycle");
            XYDataset d = plot.getDataset();
            assertThat(d.getSeriesKey(0)).isEqualTo("Sharpe, candidate (validation)");
            assertThat(d.getSeriesKey(1)).isEqualTo("Sharpe, champion (validation)");
            assertThat(d.getXValue(1, 0)).isEqualTo(9);
            assertThat(d.getItemCount(0)).isEqualTo(3);
            assertThat(new double[] {d.getXValue(0, 0), d.getXValue(0, 1), d.getXValue(0, 2)})
                    .containsExactly(2, 4, 6);
        }
    }

    @Test
    void aRunFilterDrawsThatRunAndItsVersionsEvaluationsOnly() throws Exception {
        try (MetricsStore s = store()) {
            for (int n = 1; n <= 3; n++) {
                run(s, n, "v" + n, n);
            }
            Map<String, Integer> points = TrainingChart.write(s, TrainingFilter.run("run_2"), dir.resolve("r2.png"),
                    800, 600);
            assertThat(points).containsEntry("runs", 1).containsEntry("sharpe", 1).containsEntry("return", 3);
        }
    }

    @Test
    void moreRunsThanALegendHoldsDrawsTheLatestAndCountsTheRest() throws Exception {
        try (MetricsStore s = store()) {
            for (int n = 1; n <= ChartData.MAX_RUNS + 2; n++) {
                run(s, n, "v" + n, n);
            }
            Map<String, Integer> points = TrainingChart.write(s, dir.resolve("many.png"), 800, 600);
            assertThat(points).containsEntry("runs", ChartData.MAX_RUNS).containsEntry("runsLeftOut", 2);
            ChartData data = ChartData.read(s, TrainingFilter.all(), 100);
            assertThat(data.runs().get(0).label()).startsWith("run_3 ");
        }
    }

    @Test
    void evaluationsWithoutACycleArePlacedByTime() {
        try (MetricsStore s = store()) {
            s.logEvaluation(null, new EvaluationEvent(100, "validation", LocalDate.of(2024, 2, 1),
                    LocalDate.of(2024, 2, 20), Map.of("sharpe", 1.0), Map.of(), 1_700_000_000_000L));
            EvaluationPanel evals = EvaluationPanel.of(s.evaluations(null, null, null));
            XYPlot plot = evals.chart().getXYPlot();
            assertThat(plot.getDomainAxis().getLabel()).isEqualTo("time of evaluation");
            assertThat(plot.getDataset().getXValue(0, 0)).isEqualTo(1_700_000_000_000.0);
        }
    }

    private static int pixels(BufferedImage img, Color c, int fromY, int toY) {
        int n = 0;
        for (int y = fromY; y < Math.min(toY, img.getHeight()); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == (c.getRGB() & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }
}
