package io.deepscalper.continuous.wiring;

import io.deepscalper.api.continuous.PerformanceSignal;
import io.deepscalper.api.continuous.PerformanceTrend;
import io.deepscalper.continuous.ChangeDetectingAnalyzer;
import io.deepscalper.continuous.PerformanceAnalyzer;
import io.deepscalper.monitoring.perf.MannKendall;
import io.deepscalper.monitoring.perf.TrendResult;
import java.util.List;
import java.util.Map;

/**
 * The performance trigger's analysis with the monitoring module's tests: the Mann-Kendall trend test
 * at a stated level (5 %) for the trend, and core's Page-Hinkley detector for a change.
 */
public final class MannKendallAnalyzer implements PerformanceAnalyzer {
    private final double alpha;
    private final ChangeDetectingAnalyzer change = ChangeDetectingAnalyzer.defaults();

    /** @param alpha significance level of the trend test, e.g. 0.05 */
    public MannKendallAnalyzer(double alpha) {
        this.alpha = alpha;
    }

    @Override
    public PerformanceSignal analyze(String metric, List<Map<String, Double>> evaluations) {
        double[] y = evaluations.stream().map(m -> m.get(metric)).filter(v -> v != null && Double.isFinite(v))
                .mapToDouble(Double::doubleValue).toArray();
        PerformanceSignal ph = change.analyze(metric, evaluations);
        if (y.length < MannKendall.MIN_POINTS) {
            return new PerformanceSignal(PerformanceTrend.UNKNOWN, ph.changeDetected(),
                    y.length + " evaluation(s) of " + metric + ", Mann-Kendall needs " + MannKendall.MIN_POINTS);
        }
        TrendResult r = MannKendall.test(y, alpha, !metric.equals("max_drawdown"));
        PerformanceTrend trend = switch (r.trend()) {
            case IMPROVING -> PerformanceTrend.IMPROVING;
            case DEGRADING -> PerformanceTrend.DEGRADING;
            case STABLE -> PerformanceTrend.STABLE;
        };
        return new PerformanceSignal(trend, ph.changeDetected(), String.format(
                "Mann-Kendall on %s: S = %d, z = %.2f, p = %.4f (alpha %.2f, n = %d, Sen slope %.4f); %s", metric,
                r.s(), r.z(), r.pValue(), alpha, r.n(), r.senSlope(), ph.detail()));
    }
}
