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
 * reference is {@code ref = median of ln(high / low)} over the bar and up to {@value #WINDOW} bars either
 * side in the same session (a rolling window), at least a quarter of the batch's median range and at least
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
    /** A window of this many bars or fewer (a session's first bars of a tiny batch) uses the batch-wide median. */
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
        double[] scratch = new double[Math.max(n, 1)];
        int m = 0;
        for (int i = 0; i < n; i++) {
            range[i] = Math.log(c.bars.high(i) / c.bars.low(i));
            volume[i] = c.bars.volume(i);
            scratch[m++] = range[i];
        }
        double globalRange = m == 0 ? 0 : RobustStats.median(scratch, m);
        int mv = 0;
        for (int i = 0; i < n; i++) {
            if (volume[i] > 0) {
                scratch[mv++] = volume[i];
            }
        }
        double globalVolume = mv == 0 ? 0 : RobustStats.median(scratch, mv);
        double floor = Math.max(MIN_REF, globalRange / 4);
        SortedWindow ranges = new SortedWindow(2 * WINDOW + 1);
        SortedWindow volumes = new SortedWindow(2 * WINDOW + 1);
        int highs = 0;
        int lows = 0;
        int clipped = 0;
        int volumeOutliers = 0;
        double maxRangeRatio = 0;
        double maxVolumeRatio = 0;
        int runStart = 0;
        int runEnd = 0;
        for (int i = 0; i < n; i++) {
            if (i == runEnd) {
                // a new session run: its window starts with the first WINDOW + 1 bars
                runStart = i;
                runEnd = i + 1;
                while (runEnd < n && c.session[runEnd] == c.session[i]) {
                    runEnd++;
                }
                ranges.clear();
                volumes.clear();
                for (int j = i; j < Math.min(runEnd, i + WINDOW + 1); j++) {
                    ranges.add(range[j]);
                    volumes.add(volume[j]);
                }
            } else {
                int in = i + WINDOW;
                int out = i - WINDOW - 1;
                if (out >= runStart) {
                    ranges.remove(range[out]);
                    volumes.remove(volume[out]);
                }
                if (in < runEnd) {
                    ranges.add(range[in]);
                    volumes.add(volume[in]);
                }
            }
            // the window holds the bar itself: one absurd value moves a median of up to 31 by half a rank
            boolean enough = ranges.size() > MIN_NEIGHBOURS;
            double ref = Math.max(floor, enough ? ranges.median() : globalRange);
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
            double typical = enough ? volumes.median() : globalVolume;
            if (typical <= 0) {
                typical = globalVolume;
            }
            if (typical > 0) {
                maxVolumeRatio = Math.max(maxVolumeRatio, v / typical);
                if (v > config.volumeOutlierK() * typical) {
                    volumeOutliers++;
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
        issues.put(Checks.VOLUME_OUTLIERS, volumeOutliers);
        fixes.put(Checks.CLIPPED_RANGE, clipped);
        fixes.put(Checks.CLIPPED_VOLUME, volumeOutliers);
        return new Extremes(maxRangeRatio, maxVolumeRatio);
    }
}
