package io.deepscalper.continuous;

import io.deepscalper.api.continuous.PerformanceSignal;
import io.deepscalper.api.continuous.PerformanceTrend;
import io.deepscalper.api.stats.PageHinkley;

/**
 * Default {@link PerformanceAnalyzer}: a Page-Hinkley test for a drop in the mean of the champion's
 * per-session returns, and a least-squares slope whose t-statistic must pass {@code -3} (about 0.2 %
 * one-sided) before the trend counts as degrading, so that noise is {@link PerformanceTrend#STABLE}.
 *
 * <p>The returns are divided by their own standard deviation first, so {@code delta} and {@code lambda}
 * are in units of one session's spread and one setting serves any volatility. The defaults
 * ({@code delta} 0.5, {@code lambda} 2) were chosen with the trigger-calibration benchmark
 * ({@code docs/triggers.md}): about 1 % of cycles fire on an unchanged market, and a profitable signal
 * whose sign flipped is flagged a median of two sessions later; {@code lambda} 3 missed the 3-cycle
 * target more often, 1.5 fired in over 4 % of unchanged cycles.
 */
public final class ChangeDetectingAnalyzer implements PerformanceAnalyzer {
    /** Sessions needed before any verdict. */
    public static final int MIN_SESSIONS = 5;
    private static final double SLOPE_T = -3;
    private final double delta;
    private final double lambda;

    /**
     * @param delta  Page-Hinkley tolerated change, in standard deviations of a session's return
     * @param lambda Page-Hinkley alarm threshold, in standard deviations
     */
    public ChangeDetectingAnalyzer(double delta, double lambda) {
        if (!(delta >= 0) || !(lambda > 0)) {
            throw new IllegalArgumentException("Page-Hinkley needs delta >= 0 and lambda > 0 but got delta "
                    + delta + ", lambda " + lambda);
        }
        this.delta = delta;
        this.lambda = lambda;
    }

    /** @return an analyzer with delta 0.5 and lambda 2 standard deviations */
    public static ChangeDetectingAnalyzer defaults() {
        return new ChangeDetectingAnalyzer(0.5, 2.0);
    }

    @Override
    public PerformanceSignal analyze(double[] sessionReturns) {
        double[] y = finite(sessionReturns);
        if (y.length < MIN_SESSIONS) {
            return new PerformanceSignal(PerformanceTrend.UNKNOWN, false, y.length
                    + " session return(s) of the champion; the tests need " + MIN_SESSIONS);
        }
        String drop = drop(y);
        int n = y.length;
        double mx = (n - 1) / 2.0;
        double my = mean(y);
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
        double t = se == 0 ? 0 : slope / se;
        PerformanceTrend trend = t <= SLOPE_T ? PerformanceTrend.DEGRADING
                : t >= -SLOPE_T ? PerformanceTrend.IMPROVING : PerformanceTrend.STABLE;
        return new PerformanceSignal(trend, drop != null, String.format(
                "%d session returns, mean %.5f; slope %.6f per session (t = %.2f); %s", n, my, slope, t,
                drop != null ? drop : pageHinkleyQuiet()));
    }

    /**
     * Runs Page-Hinkley over the standardised returns.
     *
     * @return a sentence on the first drop, or null when none
     */
    String drop(double[] y) {
        double sd = sd(y);
        if (sd == 0) {
            return null; // a constant series (e.g. a model that never trades) cannot have dropped
        }
        PageHinkley ph = new PageHinkley(delta, lambda, MIN_SESSIONS);
        for (int i = 0; i < y.length; i++) {
            if (ph.update(y[i] / sd) == PageHinkley.Change.DECREASE) {
                return String.format("Page-Hinkley detected a drop at session %d of %d (cumulative shortfall "
                        + "above lambda %.1f standard deviations of %.5f)", i + 1, y.length, lambda, sd);
            }
        }
        return null;
    }

    private String pageHinkleyQuiet() {
        return String.format("Page-Hinkley quiet (delta %.2f, lambda %.1f standard deviations)", delta, lambda);
    }

    static double[] finite(double[] v) {
        return java.util.Arrays.stream(v).filter(Double::isFinite).toArray();
    }

    static double mean(double[] y) {
        double s = 0;
        for (double v : y) {
            s += v;
        }
        return s / y.length;
    }

    static double sd(double[] y) {
        double m = mean(y);
        double ss = 0;
        for (double v : y) {
            ss += (v - m) * (v - m);
        }
        return Math.sqrt(ss / Math.max(1, y.length - 1));
    }
}
