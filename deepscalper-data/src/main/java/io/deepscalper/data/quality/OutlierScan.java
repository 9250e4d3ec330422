package io.deepscalper.data.quality;

import java.util.Map;

/** Return outliers, volume spikes, stale runs and split-like jumps over the cleaned columns. */
final class OutlierScan {
    private OutlierScan() {
    }

    static void scan(Columns c, QualityConfig config, Map<String, Integer> issues) {
        int n = c.size();
        boolean[] split = splitLikeJumps(c, config, issues);
        double[] values = new double[Math.max(n, 1)];
        double[] scratch = new double[Math.max(n, 1)];

        // returns inside one session between two delivered (not filled) bars, computed once
        double[] returns = new double[Math.max(n, 1)];
        boolean[] usable = new boolean[Math.max(n, 1)];
        int m = 0;
        for (int i = 1; i < n; i++) {
            if (withinSession(c, i) && !split[i]) {
                returns[i] = Math.log(c.bars.close(i) / c.bars.close(i - 1));
                usable[i] = true;
                values[m++] = returns[i];
            }
        }
        double med = RobustStats.median(values, m);
        double sigma = RobustStats.sigma(values, m, med, scratch);
        int outliers = 0;
        if (sigma > 0) {
            double limit = config.returnOutlierZ() * sigma;
            boolean previousWasOutlier = false;
            double previousReturn = 0;
            for (int i = 1; i < n; i++) {
                if (!usable[i]) {
                    previousWasOutlier = false;
                    continue;
                }
                double r = returns[i];
                boolean outlier = Math.abs(r - med) > limit;
                // the way back from a bad print is not a second finding
                boolean reversal = outlier && previousWasOutlier && Math.signum(r) != Math.signum(previousReturn);
                if (outlier && !reversal) {
                    outliers++;
                }
                previousWasOutlier = outlier && !reversal;
                previousReturn = r;
            }
        }
        issues.put(Checks.RETURN_OUTLIERS, outliers);

        // volume against its local level: log(1 + v) minus the mean over up to 5 bars either side in the
        // same session, so the intraday U shape of volume is not mistaken for spikes
        double[] local = localVolumeDeviation(c, scratch);
        m = 0;
        for (int i = 0; i < n; i++) {
            if (!c.filled[i]) {
                values[m++] = local[i];
            }
        }
        med = RobustStats.median(values, m);
        sigma = RobustStats.sigma(values, m, med, scratch);
        int spikes = 0;
        if (sigma > 0) {
            for (int i = 0; i < n; i++) {
                if (!c.filled[i] && (local[i] - med) / sigma > config.volumeSpikeZ()) {
                    spikes++;
                }
            }
        }
        issues.put(Checks.VOLUME_SPIKES, spikes);
        issues.put(Checks.STALE_BARS, staleBars(c, config.staleRun()));
    }

    private static final int VOLUME_NEIGHBOURS = 5;

    /** @param logVolume scratch of length >= n, filled with log(1 + volume) */
    private static double[] localVolumeDeviation(Columns c, double[] logVolume) {
        int n = c.size();
        double[] prefix = new double[n + 1];
        int[] count = new int[n + 1];
        for (int i = 0; i < n; i++) {
            boolean use = !c.filled[i];
            logVolume[i] = use ? Math.log1p(c.bars.volume(i)) : 0;
            prefix[i + 1] = prefix[i] + logVolume[i];
            count[i + 1] = count[i] + (use ? 1 : 0);
        }
        double[] out = new double[Math.max(n, 1)];
        int runStart = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && c.session[i] != c.session[i - 1]) {
                runStart = i;
            }
            if (c.filled[i]) {
                continue;
            }
            int lo = Math.max(runStart, i - VOLUME_NEIGHBOURS);
            int hi = i + 1;
            while (hi < n && hi <= i + VOLUME_NEIGHBOURS && c.session[hi] == c.session[i]) {
                hi++;
            }
            double self = logVolume[i];
            int k = count[hi] - count[lo] - 1;
            out[i] = k <= 0 ? 0 : self - (prefix[hi] - prefix[lo] - self) / k;
        }
        return out;
    }

    private static boolean withinSession(Columns c, int i) {
        return c.session[i] >= 0 && c.session[i] == c.session[i - 1] && !c.filled[i] && !c.filled[i - 1];
    }

    private static int staleBars(Columns c, int minRun) {
        int total = 0;
        int run = 0;
        for (int i = 1; i <= c.size(); i++) {
            boolean flat = i < c.size() && !c.filled[i] && c.bars.open(i) == c.bars.close(i - 1)
                    && c.bars.high(i) == c.bars.open(i) && c.bars.low(i) == c.bars.open(i)
                    && c.bars.close(i) == c.bars.open(i);
            if (flat) {
                run++;
            } else {
                if (run >= minRun) {
                    total += run;
                }
                run = 0;
            }
        }
        return total;
    }

    private static boolean[] splitLikeJumps(Columns c, QualityConfig config, Map<String, Integer> issues) {
        boolean[] split = new boolean[Math.max(c.size(), 1)];
        int count = 0;
        double minJump = config.splitMinJump();
        for (int i = 1; i < c.size(); i++) {
            double ratio = c.bars.close(i - 1) / c.bars.open(i);
            double big = Math.max(ratio, 1 / ratio);
            if (big < minJump) {
                continue;
            }
            if (nearSplitRatio(ratio, config.splitTolerance())) {
                split[i] = true;
                count++;
            }
        }
        issues.put(Checks.SPLIT_LIKE_JUMPS, count);
        return split;
    }

    /** Split ratios checked: n:1 and 1:n for n in 2..20, and 3:2, 2:3, 5:2, 2:5. */
    private static final double[] SPLIT_RATIOS = splitRatios();

    private static double[] splitRatios() {
        double[] r = new double[19 * 2 + 4];
        int k = 0;
        for (int n = 2; n <= 20; n++) {
            r[k++] = n;
            r[k++] = 1.0 / n;
        }
        r[k++] = 1.5;
        r[k++] = 2.0 / 3;
        r[k++] = 2.5;
        r[k] = 0.4;
        return r;
    }

    /** @return true when {@code ratio} is within {@code tolerance} of a common split ratio */
    static boolean nearSplitRatio(double ratio, double tolerance) {
        for (double s : SPLIT_RATIOS) {
            if (Math.abs(ratio / s - 1) <= tolerance) {
                return true;
            }
        }
        return false;
    }
}
