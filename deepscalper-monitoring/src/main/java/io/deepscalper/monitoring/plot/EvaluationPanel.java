package io.deepscalper.monitoring.plot;

import io.deepscalper.monitoring.store.EvaluationRecord;
import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The evaluation part of a {@link TrainingChart}: Sharpe per split, one point per evaluation, the candidates
 * (a version evaluated in the cycle it was trained in) apart from the champions' re-evaluations. Versions'
 * evaluations are placed by the orchestrator cycle they were made in; when none carries a cycle (a store
 * written by a bare training loop, or one with training-time evaluations only) every evaluation is placed by
 * its time instead. The training step is never used: it restarts with every run.
 *
 * @param chart  the chart
 * @param points points drawn
 */
record EvaluationPanel(JFreeChart chart, int points) {

    static EvaluationPanel of(List<EvaluationRecord> evaluations) {
        return of(evaluations, Map.of());
    }

    /** @param producedIn the cycle each version was trained in (see {@link ChartData#producedIn()}) */
    static EvaluationPanel of(List<EvaluationRecord> evaluations, Map<String, Long> producedIn) {
        boolean byCycle = evaluations.stream().anyMatch(e -> e.cycle() >= 0);
        Map<String, XYSeries> bySplit = new LinkedHashMap<>();
        int points = 0;
        for (EvaluationRecord r : evaluations) {
            Double sharpe = r.event().metrics().get("sharpe");
            if (sharpe == null || !Double.isFinite(sharpe) || byCycle && r.cycle() < 0) {
                continue;
            }
            double x = byCycle ? r.cycle() : r.event().timestampMillis();
            bySplit.computeIfAbsent(label(r, byCycle, producedIn), s -> new XYSeries(s, true, true)).add(x, sharpe);
            points++;
        }
        XYSeriesCollection data = new XYSeriesCollection();
        bySplit.values().forEach(data::addSeries);
        XYPlot plot = ChartPanels.panel(data, new NumberAxis("Sharpe"), true, false, true);
        ValueAxis x;
        if (byCycle) {
            NumberAxis cycles = new NumberAxis("orchestrator cycle");
            cycles.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            cycles.setAutoRangeIncludesZero(false);
            x = cycles;
        } else {
            x = new DateAxis("time of evaluation");
        }
        plot.setDomainAxis(x);
        JFreeChart chart = new JFreeChart("evaluations of the versions (held-out sessions)",
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return new EvaluationPanel(chart, points);
    }

    /** @return e.g. {@code Sharpe, candidate (validation)}, or {@code Sharpe (validation)} when roles are unknown */
    private static String label(EvaluationRecord r, boolean byCycle, Map<String, Long> producedIn) {
        Long trainedIn = r.modelVersion() == null ? null : producedIn.get(r.modelVersion());
        if (!byCycle || trainedIn == null || !"validation".equals(r.event().split())) {
            return "Sharpe (" + r.event().split() + ")";
        }
        return "Sharpe, " + (trainedIn == r.cycle() ? "candidate" : "champion") + " (validation)";
    }
}
