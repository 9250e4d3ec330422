package io.deepscalper.monitoring.plot;

import io.deepscalper.api.io.AtomicFiles;
import io.deepscalper.monitoring.store.EvaluationRecord;
import io.deepscalper.monitoring.store.MetricsStore;
import io.deepscalper.monitoring.store.StepSeries;
import io.deepscalper.monitoring.store.TrainingFilter;
import io.deepscalper.monitoring.store.TrainingSeries;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/**
 * A PNG chart of a working directory's training: on top, loss and episode return over training steps with
 * one series per run (every run counts its steps from 0, so runs must be drawn apart, not averaged at the
 * same step); below, the evaluations' Sharpe per split over orchestrator cycles, or over time when the
 * evaluations carry no cycle. Rendered off-screen ({@code java.awt.headless} is set when nobody set it),
 * written atomically (temp file, fsync, rename).
 */
public final class TrainingChart {
    /** Default number of points per series: enough for a 1600-pixel-wide chart. */
    public static final int DEFAULT_POINTS = 2000;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private TrainingChart() {
    }

    /**
     * Reads every run from a store and writes the chart.
     *
     * @return points plotted, by panel ({@code loss}, {@code return}, {@code sharpe}) and the number of
     *         {@code runs} drawn
     */
    public static Map<String, Integer> write(MetricsStore store, Path target, int width, int height) {
        return write(store, TrainingFilter.all(), target, width, height);
    }

    /**
     * Reads the runs that pass {@code filter} (the latest {@link ChartData#MAX_RUNS} of them) and writes the chart.
     *
     * @param store  the metrics store
     * @param filter which runs or version
     * @param target PNG file to write
     * @param width  pixels, 200..10000
     * @param height pixels, 200..10000
     * @return points plotted, by panel, and the number of runs drawn
     */
    public static Map<String, Integer> write(MetricsStore store, TrainingFilter filter, Path target, int width,
                                             int height) {
        checkSize(width, height);
        return write(ChartData.read(store, filter, DEFAULT_POINTS), target, width, height);
    }

    /**
     * Writes the chart of a single series of each kind, e.g. of one run already in memory.
     *
     * @return points plotted, by panel
     */
    public static Map<String, Integer> write(StepSeries loss, StepSeries rawReturn, List<EvaluationRecord> evaluations,
                                             Path target, int width, int height) {
        checkSize(width, height);
        return write(new ChartData(List.of(new ChartData.Run("training", loss, rawReturn)), evaluations, 0, Map.of()),
                target, width, height);
    }

    private static Map<String, Integer> write(ChartData data, Path target, int width, int height) {
        JFreeChart top = ChartPanels.training(data);
        EvaluationPanel evals = EvaluationPanel.of(data.evaluations(), data.producedIn());
        JFreeChart bottom = evals.chart();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            int topHeight = height * 2 / 3;
            top.draw(g, new Rectangle2D.Double(0, 0, width, topHeight));
            bottom.draw(g, new Rectangle2D.Double(0, topHeight, width, height - topHeight));
        } finally {
            g.dispose();
        }
        writePng(image, target);
        Map<String, Integer> points = new LinkedHashMap<>();
        points.put("loss", data.runs().stream().mapToInt(r -> r.loss().size()).sum());
        points.put("return", data.runs().stream().mapToInt(r -> r.rawReturn().size()).sum());
        points.put("sharpe", evals.points());
        points.put("runs", data.runs().size());
        points.put("runsLeftOut", data.runsLeftOut());
        return points;
    }

    private static void checkSize(int width, int height) {
        if (width < 200 || height < 200 || width > 10_000 || height > 10_000) {
            throw new IllegalArgumentException("chart size must be within 200..10000 pixels per side but was "
                    + width + "x" + height);
        }
    }

    private static void writePng(BufferedImage image, Path target) {
        try {
            AtomicFiles.write(target, out -> ChartUtils.writeBufferedImageAsPNG(out, image));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write chart " + target.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** @return the series read for one run: its loss and raw episode return */
    static ChartData.Run run(MetricsStore store, String label, TrainingFilter filter, int points) {
        return new ChartData.Run(label, store.series(TrainingSeries.LOSS, filter, points),
                store.series(TrainingSeries.RAW_RETURN, filter, points));
    }
}
