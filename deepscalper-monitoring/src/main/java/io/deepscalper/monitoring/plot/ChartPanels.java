package io.deepscalper.monitoring.plot;

import io.deepscalper.monitoring.store.StepSeries;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The panels of a {@link TrainingChart}: styling shared by both parts, and the per-run training panels. */
final class ChartPanels {
    /** Colours readable on white and by most colour-blind readers (Okabe-Ito), then darker variants. */
    private static final Color[] PALETTE = {new Color(0xD55E00), new Color(0x0072B2), new Color(0x009E73),
        new Color(0xE69F00), new Color(0xCC79A7), new Color(0x56B4E9), new Color(0x000000), new Color(0x8C3B00),
        new Color(0x004B75), new Color(0x00664B), new Color(0x996A00), new Color(0x8A5170)};

    private ChartPanels() {
    }

    /** @return colour number {@code i}, the same for a run in every panel */
    static Color colour(int i) {
        return PALETTE[i % PALETTE.length];
    }

    /** Loss and raw episode return over training steps, one series (and colour) per run, one legend entry per run. */
    static JFreeChart training(ChartData data) {
        XYSeriesCollection loss = new XYSeriesCollection();
        XYSeriesCollection returns = new XYSeriesCollection();
        for (ChartData.Run r : data.runs()) {
            loss.addSeries(series(r.label(), r.loss()));
            // a second collection may not hold the same key twice, but each collection holds each run once
            returns.addSeries(series(r.label(), r.rawReturn()));
        }
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new NumberAxis("training step (of each run)"));
        plot.setGap(12);
        plot.add(panel(loss, new NumberAxis("loss"), true, true, false), 1);
        // points as well as lines: a short run ends only a few episodes, and a single point has no line
        plot.add(panel(returns, new NumberAxis("episode return (raw)"), false, true, true), 1);
        String title = "deepscalper training: " + data.runs().size() + " run" + (data.runs().size() == 1 ? "" : "s")
                + (data.runsLeftOut() > 0 ? " (the latest; " + data.runsLeftOut() + " older not drawn)" : "");
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /**
     * @param y      the value axis
     * @param legend whether the series appear in the chart's legend (once per run is enough)
     * @param lines  whether points are joined (not for evaluations: one point per version, not a curve)
     * @param shapes whether points are marked
     */
    static XYPlot panel(XYDataset data, NumberAxis y, boolean legend, boolean lines, boolean shapes) {
        y.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(lines, shapes);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(1.2f));
            renderer.setSeriesPaint(i, colour(i));
            renderer.setSeriesShape(i, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
            renderer.setSeriesVisibleInLegend(i, legend);
        }
        XYPlot p = new XYPlot(data, null, y, renderer);
        p.setBackgroundPaint(Color.WHITE);
        p.setDomainGridlinePaint(Color.LIGHT_GRAY);
        p.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return p;
    }

    private static XYSeries series(String name, StepSeries s) {
        XYSeries out = new XYSeries(name, true, true);
        for (int i = 0; i < s.size(); i++) {
            if (Double.isFinite(s.values()[i])) {
                out.add(s.steps()[i], s.values()[i], false);
            }
        }
        return out;
    }
}
