package io.deepscalper.api.features;

import io.deepscalper.api.features.Indicators;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.SessionSeries;
import java.util.List;
import java.util.Objects;

/**
 * The scale-free per-bar features, computed once per series into one row-major {@code float[]} of
 * shape {@code [bars, FEATURE_COUNT]}. Row {@code i} depends only on bars {@code <= i}: there is no
 * look-ahead. None of the features depends on the price level (each is a ratio of prices, of volumes
 * or a bounded oscillator).
 *
 * <p>The exact list, in column order ({@code S = }{@value #PRICE_SCALE}, so that one-minute price
 * ratios of a few basis points land near unit range; windows are truncated at the start of the data;
 * {@code c, o, h, l, v} are close, open, high, low, volume):
 * <ol start="0">
 *   <li>{@code open}: {@code S * (o_i / c_i - 1)}</li>
 *   <li>{@code high}: {@code S * (h_i / c_i - 1)}</li>
 *   <li>{@code low}: {@code S * (l_i / c_i - 1)}</li>
 *   <li>{@code return}: {@code S * (c_i / c_{i-1} - 1)}, 0 at bar 0 (reaches across the overnight gap)</li>
 *   <li>{@code ma5} .. {@code ma30} (six columns, k = 5, 10, 15, 20, 25, 30):
 *       {@code S * (mean(c_{i-k+1..i}) / c_i - 1)}</li>
 *   <li>{@code volume}: {@code ln((v_i + 1) / (mean(v_{i-29..i}) + 1))}, volume over its 30-bar rolling mean on
 *       a log scale (so a 10x burst is 2.3, not 10, and zero volume stays finite)</li>
 *   <li>{@code rsi}: RSI(14) mapped to [-1, 1]: {@code 2 * G / (G + L) - 1} with {@code G}, {@code L} the sums of
 *       close-to-close gains and losses over the last 14 changes; 0 when there was no change</li>
 *   <li>{@code mfi}: MFI(14) mapped to [-1, 1]: {@code 2 * P / (P + N) - 1} with {@code P}, {@code N} the
 *       typical-price money flows ({@code tp = (h + l + c) / 3}, flow {@code tp * v}) of bars whose {@code tp}
 *       rose, resp. fell, over the last 14 bars; 0 when both are 0</li>
 *   <li>{@code bollinger}: {@code (c_i - mean20) / (2 * std20)} (population std over 20 closes), so the bands
 *       are at -1 and +1; 0 when the std is 0</li>
 *   <li>{@code atr}: {@code S * ATR14_i / c_i}, the simple-mean 14-bar average true range over close</li>
 * </ol>
 * Every feature is finally clipped to [-{@value #CLIP}, {@value #CLIP}] so that a data glitch cannot
 * blow up the network's input.
 */
public final class FeatureMatrix {
    /** Multiplier on price ratios; one-minute moves of a few basis points become values near 1. */
    public static final double PRICE_SCALE = 1000.0;
    /** Every feature is clipped to {@code [-CLIP, CLIP]}. */
    public static final double CLIP = 20.0;
    /** The column names, in order; documented on the type. */
    public static final List<String> FEATURE_NAMES = List.of("open", "high", "low", "return", "ma5", "ma10",
            "ma15", "ma20", "ma25", "ma30", "volume", "rsi", "mfi", "bollinger", "atr");
    /** Number of feature columns. */
    public static final int FEATURE_COUNT = FEATURE_NAMES.size();

    private static final int[] MA_WINDOWS = {5, 10, 15, 20, 25, 30};
    private static final int VOLUME_WINDOW = 30;
    private static final int OSCILLATOR_WINDOW = 14;
    private static final int BOLLINGER_WINDOW = 20;

    private final float[] data;
    private final int rows;

    private FeatureMatrix(float[] data, int rows) {
        this.data = data;
        this.rows = rows;
    }

    /** @return the features of every bar of {@code series} (regular-hours bars, all sessions back to back) */
    public static FeatureMatrix compute(SessionSeries series) {
        return compute(Objects.requireNonNull(series, "series").bars());
    }

    /** @return the features of every bar of {@code bars} */
    public static FeatureMatrix compute(BarSeries bars) {
        int n = bars.size();
        int f = FEATURE_COUNT;
        float[] out = new float[n * f];
        double[] o = bars.openColumn();
        double[] h = bars.highColumn();
        double[] l = bars.lowColumn();
        double[] c = bars.closeColumn();
        double[] v = bars.volumeColumn();
        double[] atr = Indicators.atr(bars, OSCILLATOR_WINDOW);
        double[] volumeMean = Indicators.trailingMean(v, VOLUME_WINDOW);
        for (int i = 0; i < n; i++) {
            int row = i * f;
            double close = c[i];
            out[row] = clip(PRICE_SCALE * (o[i] / close - 1));
            out[row + 1] = clip(PRICE_SCALE * (h[i] / close - 1));
            out[row + 2] = clip(PRICE_SCALE * (l[i] / close - 1));
            out[row + 3] = i == 0 ? 0f : clip(PRICE_SCALE * (close / c[i - 1] - 1));
            for (int m = 0; m < MA_WINDOWS.length; m++) {
                out[row + 4 + m] = clip(PRICE_SCALE * (mean(c, i, MA_WINDOWS[m]) / close - 1));
            }
            out[row + 10] = clip(Math.log((v[i] + 1) / (volumeMean[i] + 1)));
            out[row + 11] = clip(rsi(c, i));
            out[row + 12] = clip(mfi(h, l, c, v, i));
            out[row + 13] = clip(bollinger(c, i));
            out[row + 14] = clip(PRICE_SCALE * atr[i] / close);
        }
        return new FeatureMatrix(out, n);
    }

    /** @return number of rows (bars) */
    public int rows() {
        return rows;
    }

    /** @return number of feature columns, {@link #FEATURE_COUNT} */
    public int featureCount() {
        return FEATURE_COUNT;
    }

    /** @return the backing row-major array (read only; shared for speed) */
    public float[] data() {
        return data;
    }

    /** @return feature {@code column} of bar {@code row} */
    public float get(int row, int column) {
        Objects.checkIndex(row, rows);
        Objects.checkIndex(column, FEATURE_COUNT);
        return data[row * FEATURE_COUNT + column];
    }

    private static float clip(double x) {
        return (float) Math.max(-CLIP, Math.min(CLIP, x));
    }

    private static double mean(double[] x, int i, int k) {
        int from = Math.max(0, i - k + 1);
        double sum = 0;
        for (int j = from; j <= i; j++) {
            sum += x[j];
        }
        return sum / (i - from + 1);
    }

    private static double rsi(double[] c, int i) {
        double gains = 0;
        double losses = 0;
        for (int j = Math.max(1, i - OSCILLATOR_WINDOW + 1); j <= i; j++) {
            double d = c[j] - c[j - 1];
            if (d > 0) {
                gains += d;
            } else {
                losses -= d;
            }
        }
        double total = gains + losses;
        return total == 0 ? 0 : 2 * gains / total - 1;
    }

    private static double mfi(double[] h, double[] l, double[] c, double[] v, int i) {
        double positive = 0;
        double negative = 0;
        for (int j = Math.max(1, i - OSCILLATOR_WINDOW + 1); j <= i; j++) {
            double tp = (h[j] + l[j] + c[j]) / 3;
            double previous = (h[j - 1] + l[j - 1] + c[j - 1]) / 3;
            if (tp > previous) {
                positive += tp * v[j];
            } else if (tp < previous) {
                negative += tp * v[j];
            }
        }
        double total = positive + negative;
        return total == 0 ? 0 : 2 * positive / total - 1;
    }

    private static double bollinger(double[] c, int i) {
        int from = Math.max(0, i - BOLLINGER_WINDOW + 1);
        double mean = mean(c, i, BOLLINGER_WINDOW);
        double ss = 0;
        for (int j = from; j <= i; j++) {
            double d = c[j] - mean;
            ss += d * d;
        }
        double std = Math.sqrt(ss / (i - from + 1));
        return std == 0 ? 0 : (c[i] - mean) / (2 * std);
    }
}
