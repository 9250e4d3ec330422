package io.deepscalper.continuous;

import io.deepscalper.api.continuous.PerformanceSignal;
import io.deepscalper.api.continuous.PerformanceTrend;
import io.deepscalper.api.stats.PageHinkley;
import java.util.List;
import java.util.Map;

/**
 * Default {@link PerformanceAnalyzer}: a Page-Hinkley test over the watched metric for a change
 * (a downward shift fires), and the sign of a least-squares slope over the window for the trend only
 * when the slope's t-statistic is beyond 2 (about 5% two-sided for the window sizes used), so that
 * noise is classified {@link PerformanceTrend#STABLE}.
 */
public final class ChangeDetectingAnalyzer implements PerformanceAnalyzer {
    private final double delta;
    private final double lambda;

    /**
     * @param delta  Page-Hinkley tolerated change
     * @param lambda Page-Hinkley alarm threshold
     */
    public ChangeDetectingAnalyzer(double delta, double lambda) {
        this.delta = delta;
        this.lambda = lambda;
    }

    /** @return an analyzer with delta 0.05 and lambda 1.0 (in units of the metric, e.g. Sharpe) */
    public static ChangeDetectingAnalyzer defaults() {
        return new ChangeDetectingAnalyzer(0.05, 1.0);
    }

    @Override
    public PerformanceSignal analyze(String metric, List<Map<String, Double>> evaluations) {
        double[] y = evaluations.stream().map(m -> m.get(metric)).filter(v -> v != null && Double.isFinite(v))
                .mapToDouble(Double::doubleValue).toArray();
        if (y.length < 3) {
            return new PerformanceSignal(PerformanceTrend.UNKNOWN, false, y.length + " evaluation(s) of " + metric);
        }
        PageHinkley ph = new PageHinkley(delta, lambda, 3);
        boolean decrease = false;
        for (double v : y) {
            decrease |= ph.update(v) == PageHinkley.Change.DECREASE;
        }
        int n = y.length;
        double mx = (n - 1) / 2.0;
        double my = 0;
        for (double v : y) {
            my += v / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (i - mx) * (y[i] - my);
            sxx += (i - mx) * (i - mx);
        }
        double slope = sxy / sxx;
        double sse = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - (my + slope * (i - mx));
            sse += r * r;
        }
        double se = Math.sqrt(sse / Math.max(1, n - 2) / sxx);
        double t = se == 0 ? (slope == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, slope)) : slope / se;
        PerformanceTrend trend = n < 4 ? PerformanceTrend.UNKNOWN
                : t <= -2 ? PerformanceTrend.DEGRADING : t >= 2 ? PerformanceTrend.IMPROVING : PerformanceTrend.STABLE;
        return new PerformanceSignal(trend, decrease, String.format(
                "%s slope %.4f per evaluation (t = %.2f, n = %d), Page-Hinkley %s", metric, slope, t, n,
                decrease ? "detected a drop" : "quiet"));
    }
}
