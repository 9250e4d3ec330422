package io.deepscalper.data.quality;

import java.util.Map;

/**
 * Absurd highs, lows and volumes: bars whose prices are valid OHLC but far outside what the
 * neighbouring bars trade (a high of 1e300, a high x1000 or a low /1000 of the close), or whose volume is
 * orders of magnitude above its neighbours'. Both measures are scale-free (log ratios, ratios to a
 * rolling median), so one setting fits a $5 and a $5,000 stock, a quiet and a busy minute.
 *
 * <h2>Prices</h2>
 * For bar {@code i} with previous close {@code p} in the same session ({@code p = open} for the
 * session's first bar), the excursions are {@code up = ln(high / max(close, p))} and
 * {@code down = ln(min(close, p) / low)}; the open may not escape either, because high bounds it. The
 * reference is {@code ref = median of ln(high / low)} over up to {@value #WINDOW} bars either side in the
 * same session (the bar itself excluded), at least a quarter of the batch's median range and at least
 * {@value #MIN_REF}. {@code up > k * ref} is a {@code high_outlier}, {@code down > k * ref} a
 * {@code low_outlier}, with {@code k = rangeOutlierK}. The repair clips the high to
 * {@code max(close, p) * e^ref} (and the open down to the new high), or the low to
 * {@code min(close, p) * e^-ref} (and the open up to it): a typical range for that place in the day,
 * never an invented close.
 *
 * <h2>Volume</h2>
 * {@code volume > volumeOutlierK * median volume} of the same neighbours is a {@code volume_outlier};
 * the repair replaces the volume by that median. A zero median (an illiquid stretch) falls back to the
 * batch's median positive volume; with none, volume is not judged.
 */
final class RangeOutliers {
    /** Neighbours on each side that set a bar's reference range and volume. */
    static final int WINDOW = 15;
    /** Fewer neighbours than this and the batch-wide median is used instead. */
    static final int MIN_NEIGHBOURS = 4;
    /** Smallest reference range (log units): keeps a run of flat bars from making every wick an outlier. */
    static final double MIN_REF = 1e-6;

    private RangeOutliers() {
    }

    /** The largest statistics of a scan, for measuring how far real data is from the thresholds. */
    record Extremes(double maxRangeRatio, double maxVolumeRatio) {
    }

    /** Counts and clips in place; only delivered (not filled) bars are judged or used as neighbours. */
    static Extremes repair(Columns c, QualityConfig config, Map<String, Integer> issues, Map<String, Integer> fixes) {
        int n = c.size();
        double[] range = new double[Math.max(n, 1)];
        double[] volume = new double[Math.max(n, 1)];
        double[] scratch = new double[Math.max(n, 2 * WINDOW + 1)];
        int m = 0;
        int mv = 0;
        for (int i = 0; i < n; i++) {
            range[i] = Math.log(c.bars.high(i) / c.bars.low(i));
            volume[i] = c.bars.volume(i);
            scratch[m++] = range[i];
        }
        double globalRange = m == 0 ? 0 : RobustStats.median(scratch, m);
        for (int i = 0; i < n; i++) {
            if (volume[i] > 0) {
                scratch[mv++] = volume[i];
            }
        }
        double globalVolume = mv == 0 ? 0 : RobustStats.median(scratch, mv);
        double floor = Math.max(MIN_REF, globalRange / 4);
        int highs = 0;
        int lows = 0;
        int clipped = 0;
        int volumes = 0;
        double maxRangeRatio = 0;
        double maxVolumeRatio = 0;
        int runStart = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && c.session[i] != c.session[i - 1]) {
                runStart = i;
            }
            int runEnd = i + 1;
            while (runEnd < n && runEnd <= i + WINDOW && c.session[runEnd] == c.session[i]) {
                runEnd++;
            }
            int lo = Math.max(runStart, i - WINDOW);
            double ref = Math.max(floor, neighbourMedian(range, lo, runEnd, i, scratch, globalRange));
            double o = c.bars.open(i);
            double h = c.bars.high(i);
            double l = c.bars.low(i);
            double cl = c.bars.close(i);
            double prev = i > runStart ? c.bars.close(i - 1) : o;
            double top = Math.max(cl, prev);
            double bottom = Math.min(cl, prev);
            double up = Math.log(h / top) / ref;
            double down = Math.log(bottom / l) / ref;
            maxRangeRatio = Math.max(maxRangeRatio, Math.max(up, down));
            boolean changed = false;
            if (up > config.rangeOutlierK()) {
                highs++;
                h = top * Math.exp(ref);
                o = Math.min(o, h);
                changed = true;
            }
            if (down > config.rangeOutlierK()) {
                lows++;
                l = bottom * Math.exp(-ref);
                o = Math.max(o, l);
                changed = true;
            }
            double v = volume[i];
            double typical = neighbourMedian(volume, lo, runEnd, i, scratch, globalVolume);
            if (typical <= 0) {
                typical = globalVolume;
            }
            if (typical > 0) {
                maxVolumeRatio = Math.max(maxVolumeRatio, v / typical);
                if (v > config.volumeOutlierK() * typical) {
                    volumes++;
                    v = typical;
                }
            }
            if (changed) {
                clipped++;
            }
            if (changed || v != volume[i]) {
                c.bars.set(i, c.bars.start(i), o, h, l, cl, v);
            }
        }
        issues.put(Checks.HIGH_OUTLIERS, highs);
        issues.put(Checks.LOW_OUTLIERS, lows);
        issues.put(Checks.VOLUME_OUTLIERS, volumes);
        fixes.put(Checks.CLIPPED_RANGE, clipped);
        fixes.put(Checks.CLIPPED_VOLUME, volumes);
        return new Extremes(maxRangeRatio, maxVolumeRatio);
    }

    /** @return the median of {@code values[lo, hi)} without index {@code self}, or {@code fallback} if too few */
    private static double neighbourMedian(double[] values, int lo, int hi, int self, double[] scratch,
                                          double fallback) {
        int k = 0;
        for (int j = lo; j < hi; j++) {
            if (j != self) {
                scratch[k++] = values[j];
            }
        }
        return k < MIN_NEIGHBOURS ? fallback : RobustStats.median(scratch, k);
    }
}
