package io.deepscalper.api.features;

import io.deepscalper.api.market.BarSeries;

/**
 * Trailing technical indicators over a {@link BarSeries}. Every value at bar {@code i} uses bars
 * {@code <= i} only. Near the start of the data a window of {@code k} bars is truncated to the bars
 * that exist (so bar 0's 20-bar mean is its own close), which keeps every value finite and defined.
 *
 * <p>Windows are summed directly rather than with running sums: this runs once per series, and the
 * direct form has no floating-point drift, so identical prefixes give bit-identical values (which the
 * no-look-ahead test relies on).
 */
public final class Indicators {
    private Indicators() {
    }

    /**
     * True range: {@code max(high_i - low_i, |high_i - close_{i-1}|, |low_i - close_{i-1}|)}; bar 0 uses
     * {@code high_0 - low_0}.
     *
     * @return one value per bar
     */
    public static double[] trueRange(BarSeries bars) {
        int n = bars.size();
        double[] h = bars.highColumn();
        double[] l = bars.lowColumn();
        double[] c = bars.closeColumn();
        double[] tr = new double[n];
        for (int i = 0; i < n; i++) {
            double range = h[i] - l[i];
            if (i > 0) {
                range = Math.max(range, Math.max(Math.abs(h[i] - c[i - 1]), Math.abs(l[i] - c[i - 1])));
            }
            tr[i] = range;
        }
        return tr;
    }

    /**
     * Average true range: the simple mean of the true range over the last {@code period} bars
     * (truncated at the start of the data).
     *
     * @return one value per bar, in price units
     */
    public static double[] atr(BarSeries bars, int period) {
        return trailingMean(trueRange(bars), period);
    }

    /** @return the simple mean of {@code values[max(0, i-period+1) .. i]} for each {@code i} */
    public static double[] trailingMean(double[] values, int period) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be >= 1 but was " + period);
        }
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            int from = Math.max(0, i - period + 1);
            double sum = 0;
            for (int j = from; j <= i; j++) {
                sum += values[j];
            }
            out[i] = sum / (i - from + 1);
        }
        return out;
    }
}
