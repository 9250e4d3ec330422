package io.deepscalper.data.quality;

import io.deepscalper.api.config.ConfigChecks;
import io.deepscalper.api.config.Interval;

/**
 * Thresholds of the quality checks; see {@link QualityChecker} for what each check does.
 *
 * @param threshold        minimum score for a batch to be used for training (default 0.95)
 * @param maxFillGap       gaps of at most this many missing bars inside a session are forward-filled
 *                         (and flagged); longer gaps are left open (default 3)
 * @param returnOutlierZ   a 1-bar log return is an outlier when its robust z-score
 *                         {@code |r - median| / (1.4826 MAD)} exceeds this (default 12; the largest in
 *                         real SPY January 2011 is 8.5)
 * @param volumeSpikeZ     a bar's volume is a spike when the robust z-score of {@code log(1 + volume)}
 *                         minus its mean over up to 5 bars either side in the same session exceeds this
 *                         (default 6; the largest in real SPY January 2011 is 4.6)
 * @param staleRun         this many or more consecutive bars with open = high = low = close = the
 *                         previous close are a stale (frozen-feed) run (default 5)
 * @param splitMinJump     a bar-to-bar price ratio at least this far from 1 (either way) is checked for
 *                         a split (default 1.4)
 * @param splitTolerance   the ratio must be within this relative distance of a common split ratio,
 *                         n:1 or 1:n for n in 2..20, or 3:2, 2:3, 5:2, 2:5 (default 0.03), e.g. 7:1
 *                         for the 2014 AAPL split
 * @param regularHoursOnly filter bars outside the calendar's regular session (default true)
 * @param rangeOutlierK    a high (low) whose log excursion above (below) the bar's close and the previous
 *                         close exceeds this many times the neighbours' median log range is clipped
 *                         (default 100; see {@link QualityChecker})
 * @param volumeOutlierK   a volume above this many times the neighbours' median volume is replaced by
 *                         that median (default 1000)
 */
public record QualityConfig(double threshold, int maxFillGap, double returnOutlierZ, double volumeSpikeZ,
                            int staleRun, double splitMinJump, double splitTolerance, boolean regularHoursOnly,
                            double rangeOutlierK, double volumeOutlierK) {

    /** Default {@link #rangeOutlierK}. */
    public static final double RANGE_K_DEFAULT = 100;
    /** Default {@link #volumeOutlierK}. */
    public static final double VOLUME_K_DEFAULT = 1000;

    /** Validates every field with a message naming it. */
    public QualityConfig {
        ConfigChecks.inRange("quality.threshold", threshold, 0, 1);
        ConfigChecks.inRange("quality.maxFillGap", maxFillGap, 0, 60);
        ConfigChecks.positive("quality.returnOutlierZ", returnOutlierZ);
        ConfigChecks.positive("quality.volumeSpikeZ", volumeSpikeZ);
        ConfigChecks.atLeast("quality.staleRun", staleRun, 2);
        ConfigChecks.inRange("quality.splitMinJump", splitMinJump, Interval.open(1, 10));
        ConfigChecks.inRange("quality.splitTolerance", splitTolerance, Interval.open(0, 0.2));
        ConfigChecks.require(rangeOutlierK >= 2 && rangeOutlierK < Double.POSITIVE_INFINITY, "quality.rangeOutlierK",
                rangeOutlierK, "must be a finite number >= 2");
        ConfigChecks.require(volumeOutlierK >= 2 && volumeOutlierK < Double.POSITIVE_INFINITY, "quality.volumeOutlierK",
                volumeOutlierK, "must be a finite number >= 2");
    }

    /** @return the documented defaults */
    public static QualityConfig defaults() {
        return new QualityConfig(0.95, 3, 12, 6, 5, 1.4, 0.03, true, RANGE_K_DEFAULT, VOLUME_K_DEFAULT);
    }

    /** @return a copy with other range and volume outlier factors */
    public QualityConfig withOutlierFactors(double rangeK, double volumeK) {
        return new QualityConfig(threshold, maxFillGap, returnOutlierZ, volumeSpikeZ, staleRun, splitMinJump,
                splitTolerance, regularHoursOnly, rangeK, volumeK);
    }

    /** @return a copy with another threshold */
    public QualityConfig withThreshold(double t) {
        return new QualityConfig(t, maxFillGap, returnOutlierZ, volumeSpikeZ, staleRun, splitMinJump, splitTolerance,
                regularHoursOnly, rangeOutlierK, volumeOutlierK);
    }
}
