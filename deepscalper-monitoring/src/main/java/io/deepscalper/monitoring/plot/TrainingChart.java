package io.deepscalper.monitoring.plot;

import io.deepscalper.api.io.AtomicFiles;
import io.deepscalper.monitoring.store.EvaluationRecord;
import io.deepscalper.monitoring.store.MetricsStore;
import io.deepscalper.monitoring.store.StepSeries;
import io.deepscalper.monitoring.store.TrainingSeries;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A PNG chart of a training run: three stacked panels over training steps sharing one axis — loss,
 * episode returns (raw and hindsight) and evaluation Sharpe per split. Rendered off-screen
 * ({@code java.awt.headless} is set when nobody set it, so that no display is needed), written
 * atomically (temp file, fsync, rename).
 */
public final class TrainingChart {
    /** Default number of points per series: enough for a 1600-pixel-wide chart. */
    public static final int DEFAULT_POINTS = 2000;

    /** Colours readable on white and by most colour-blind readers (Okabe-Ito). */
    private static final Color[] PALETTE = {new Color(0xD55E00), new Color(0x0072B2), new Color(0x009E73),
        new Color(0xE69F00), new Color(0xCC79A7), new Color(0x56B4E9), new Color(0x000000)};

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private TrainingChart() {
    }

    /**
     * Reads the run from a store and writes the chart.
     *
     * @param store  the metrics store
     * @param target PNG file to write
     * @param width  pixels, at least 200
     * @param height pixels, at least 200
     * @return points plotted, by panel
     */
    public static Map<String, Integer> write(MetricsStore store, Path target, int width, int height) {
        StepSeries loss = store.series(TrainingSeries.LOSS, DEFAULT_POINTS);
        StepSeries raw = store.series(TrainingSeries.RAW_RETURN, DEFAULT_POINTS);
        StepSeries hindsight = store.series(TrainingSeries.HINDSIGHT_RETURN, DEFAULT_POINTS);
        List<EvaluationRecord> evals = store.evaluations(null, null, null);
        return write(loss, raw, hindsight, evals, target, width, height);
    }

    /**
     * Writes the chart from series already in memory.
     *
     * @return points plotted, by panel
     */
    public static Map<String, Integer> write(StepSeries loss, StepSeries rawReturn, StepSeries hindsightReturn,
                                             List<EvaluationRecord> evaluations, Path target, int width,
                                             int height) {
        if (width < 200 || height < 200 || width > 10_000 || height > 10_000) {
            throw new IllegalArgumentException("chart size must be within 200..10000 pixels per side but was "
                    + width + "x" + height);
        }
        XYSeriesCollection lossData = new XYSeriesCollection(toSeries("loss", loss));
        XYSeriesCollection returnData = new XYSeriesCollection();
        returnData.addSeries(toSeries("raw return", rawReturn));
        returnData.addSeries(toSeries("hindsight return", hindsightReturn));
        Map<String, XYSeries> bySplit = new LinkedHashMap<>();
        for (EvaluationRecord r : evaluations) {
            Double sharpe = r.event().metrics().get("sharpe");
            if (sharpe != null && Double.isFinite(sharpe)) {
                bySplit.computeIfAbsent(r.event().split(), s -> new XYSeries("Sharpe (" + s + ")", true, true))
                        .add(r.event().step(), sharpe);
            }
        }
        XYSeriesCollection sharpeData = new XYSeriesCollection();
        bySplit.values().forEach(sharpeData::addSeries);

        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new NumberAxis("training step"));
        plot.setGap(12);
        plot.add(panel(lossData, "loss", false, 0), 1);
        plot.add(panel(returnData, "episode return", false, 1), 1);
        plot.add(panel(sharpeData, "evaluation Sharpe", true, 3), 1);
        JFreeChart chart = new JFreeChart("deepscalper training", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        writePng(chart.createBufferedImage(width, height), target);
        Map<String, Integer> points = new LinkedHashMap<>();
        points.put("loss", loss.size());
        points.put("return", rawReturn.size() + hindsightReturn.size());
        points.put("sharpe", bySplit.values().stream().mapToInt(XYSeries::getItemCount).sum());
        return points;
    }

    private static XYPlot panel(XYSeriesCollection data, String label, boolean shapes, int firstColour) {
        NumberAxis y = new NumberAxis(label);
        y.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, shapes);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(1.2f));
            renderer.setSeriesPaint(i, PALETTE[(firstColour + i) % PALETTE.length]);
        }
        XYPlot p = new XYPlot(data, null, y, renderer);
        p.setBackgroundPaint(Color.WHITE);
        p.setDomainGridlinePaint(Color.LIGHT_GRAY);
        p.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return p;
    }

    private static XYSeries toSeries(String name, StepSeries s) {
        XYSeries out = new XYSeries(name, true, true);
        for (int i = 0; i < s.size(); i++) {
            if (Double.isFinite(s.values()[i])) {
                out.add(s.steps()[i], s.values()[i], false);
            }
        }
        return out;
    }

    private static void writePng(BufferedImage image, Path target) {
        try {
            AtomicFiles.write(target, out -> ChartUtils.writeBufferedImageAsPNG(out, image));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write chart " + target.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }
}
