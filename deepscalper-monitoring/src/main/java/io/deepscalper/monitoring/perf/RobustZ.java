package io.deepscalper.monitoring.perf;

import java.util.Arrays;

/**
 * Robust z-score anomaly detection (Iglewicz and Hoaglin's modified z):
 * <pre>
 * z = 0.6745 · (x − median) / MAD,     MAD = median(|x_i − median|)
 * </pre>
 * A value is anomalous when {@code |z| > threshold} (3.5 is the customary choice). Median and MAD
 * ignore the outliers they are looking for, unlike mean and standard deviation. When more than half
 * of the history is identical the MAD is 0; then the mean absolute deviation scaled by 1.2533
 * (√(π/2), equal to σ under normality, like MAD/0.6745) is used, and if that is 0 too, any value other
 * than the median scores infinity.
 */
public final class RobustZ {
    /** The customary anomaly threshold. */
    public static final double DEFAULT_THRESHOLD = 3.5;

    private RobustZ() {
    }

    /**
     * @param history reference values (NaN skipped); needs at least 3
     * @param x       the value to score
     * @return the robust z of {@code x} against {@code history}; NaN when the history is too short
     */
    public static double score(double[] history, double x) {
        double[] h = Arrays.stream(history).filter(v -> !Double.isNaN(v)).toArray();
        if (h.length < 3 || Double.isNaN(x)) {
            return Double.NaN;
        }
        double med = median(h);
        double[] dev = new double[h.length];
        double meanAbs = 0;
        for (int i = 0; i < h.length; i++) {
            dev[i] = Math.abs(h[i] - med);
            meanAbs += dev[i];
        }
        meanAbs /= h.length;
        double mad = median(dev);
        if (mad > 0) {
            return 0.6745 * (x - med) / mad;
        }
        if (meanAbs > 0) {
            return (x - med) / (1.2533 * meanAbs);
        }
        return x == med ? 0 : Math.copySign(Double.POSITIVE_INFINITY, x - med);
    }

    /** @return the median of {@code v} (sorts a copy) */
    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }
}
