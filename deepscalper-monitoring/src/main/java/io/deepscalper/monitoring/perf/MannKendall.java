package io.deepscalper.monitoring.perf;

import io.deepscalper.api.stats.StandardNormal;
import java.util.Arrays;

/**
 * The Mann-Kendall trend test with tie correction and the Theil-Sen slope.
 *
 * <pre>
 * S      = Σ_{i&lt;j} sign(x_j − x_i)
 * Var(S) = [n(n−1)(2n+5) − Σ_ties t(t−1)(2t+5)] / 18
 * Z      = (S − 1)/√Var(S) if S &gt; 0,  0 if S = 0,  (S + 1)/√Var(S) if S &lt; 0
 * p      = 2 · (1 − Φ(|Z|))            (two-sided)
 * </pre>
 * The series is classified as trending when {@code p < alpha}; the sign of S gives the direction,
 * which is improving or degrading depending on whether higher values are better. The normal
 * approximation is the usual one for {@code n >= 8}; below {@link #MIN_POINTS} points the test never
 * reports a trend. O(n²) in time, fine for the tens to hundreds of evaluation reports it is meant for.
 */
public final class MannKendall {
    /** Fewer points than this are always {@link Trend#STABLE}: the test has no power there. */
    public static final int MIN_POINTS = 4;

    private MannKendall() {
    }

    /**
     * @param values         the series in time order; NaN values are skipped
     * @param alpha          significance level in (0, 0.5], e.g. 0.05
     * @param higherIsBetter true for Sharpe or return, false for drawdown or loss
     * @return the test result
     */
    public static TrendResult test(double[] values, double alpha, boolean higherIsBetter) {
        if (!(alpha > 0 && alpha <= 0.5)) {
            throw new IllegalArgumentException("alpha must be in (0, 0.5] but was " + alpha);
        }
        double[] x = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        int n = x.length;
        if (n < MIN_POINTS) {
            return new TrendResult(Trend.STABLE, n, 0, 0, 1, 0, alpha);
        }
        long s = 0;
        double[] slopes = new double[n * (n - 1) / 2];
        int k = 0;
        for (int i = 0; i < n - 1; i++) {
            for (int j = i + 1; j < n; j++) {
                s += Double.compare(x[j], x[i]) > 0 ? 1 : x[j] == x[i] ? 0 : -1;
                slopes[k++] = (x[j] - x[i]) / (j - i);
            }
        }
        double var = (n * (n - 1.0) * (2 * n + 5) - tieTerm(x)) / 18.0;
        double z = var <= 0 ? 0 : s > 0 ? (s - 1) / Math.sqrt(var) : s < 0 ? (s + 1) / Math.sqrt(var) : 0;
        double p = Math.min(1.0, 2 * (1 - StandardNormal.cdf(Math.abs(z))));
        Arrays.sort(slopes);
        double sen = slopes.length % 2 == 1 ? slopes[slopes.length / 2]
                : 0.5 * (slopes[slopes.length / 2 - 1] + slopes[slopes.length / 2]);
        Trend trend = Trend.STABLE;
        if (p < alpha && s != 0) {
            trend = (s > 0) == higherIsBetter ? Trend.IMPROVING : Trend.DEGRADING;
        }
        return new TrendResult(trend, n, s, z, p, sen, alpha);
    }

    private static double tieTerm(double[] x) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        double sum = 0;
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j + 1 < sorted.length && sorted[j + 1] == sorted[i]) {
                j++;
            }
            long t = j - i + 1;
            if (t > 1) {
                sum += t * (t - 1.0) * (2 * t + 5);
            }
            i = j + 1;
        }
        return sum;
    }
}
