package io.deepscalper.data.quality;

import java.util.List;

/** Names of the quality checks and remediation actions, as they appear in reports and metrics. */
public final class Checks {
    /** A price or the volume is NaN or infinite (a Yahoo {@code null} bar); the bar is quarantined. */
    public static final String NAN_OR_INFINITE = "nan_or_infinite";
    /** A price is zero or negative; the bar is quarantined. */
    public static final String NON_POSITIVE_PRICE = "non_positive_price";
    /** High below max(open, close), low above min(open, close) or negative volume; quarantined. */
    public static final String OHLC_INCONSISTENT = "ohlc_inconsistent";
    /** A later bar with the start of an earlier one; the later copy is dropped. */
    public static final String DUPLICATES = "duplicates";
    /** A bar delivered after a bar that starts later; the batch is sorted. */
    public static final String OUT_OF_ORDER = "out_of_order";
    /** Regular-hours slots the calendar expects that hold no valid bar. */
    public static final String MISSING_BARS = "missing_bars";
    /** Runs of missing bars inside a session, between two present bars. */
    public static final String GAPS = "gaps";
    /** Gaps longer than the fill limit, left open. */
    public static final String LONG_GAPS = "long_gaps";
    /** Bars whose 1-bar return is a robust-z outlier (a bad print counts once, not for both legs). */
    public static final String RETURN_OUTLIERS = "return_outliers";
    /** Bars whose volume is a robust-z outlier. */
    public static final String VOLUME_SPIKES = "volume_spikes";
    /** Bars inside stale (frozen-feed) runs. */
    public static final String STALE_BARS = "stale_bars";
    /** Bar-to-bar jumps close to a split ratio such as 2:1 or 7:1; blocking. */
    public static final String SPLIT_LIKE_JUMPS = "split_like_jumps";
    /** Highs far above the bar's close and the previous close, against the neighbours' ranges; clipped. */
    public static final String HIGH_OUTLIERS = "high_outliers";
    /** Lows far below the bar's close and the previous close, against the neighbours' ranges; clipped. */
    public static final String LOW_OUTLIERS = "low_outliers";
    /** Volumes far above the neighbours' median volume; replaced by that median. */
    public static final String VOLUME_OUTLIERS = "volume_outliers";
    /** Bars outside regular hours (informational; filtered when regular hours are asked for). */
    public static final String EXTENDED_HOURS = "extended_hours";

    /** Remediation: later duplicates dropped. */
    public static final String DROPPED_DUPLICATES = "dropped_duplicates";
    /** Remediation: bars moved by sorting the batch. */
    public static final String SORTED = "sorted";
    /** Remediation: bars with invalid values kept aside. */
    public static final String QUARANTINED = "quarantined";
    /** Remediation: bars added by forward-filling short gaps (flagged, volume 0). */
    public static final String FORWARD_FILLED = "forward_filled";
    /** Remediation: extended-hours bars filtered out. */
    public static final String FILTERED_EXTENDED_HOURS = "filtered_extended_hours";

    /** Remediation: bars whose absurd high or low (and open with it) was clipped to a typical range. */
    public static final String CLIPPED_RANGE = "clipped_range";
    /** Remediation: bars whose absurd volume was replaced by the neighbours' median. */
    public static final String CLIPPED_VOLUME = "clipped_volume";

    /** Every check, in report order. */
    public static final List<String> ALL = List.of(NAN_OR_INFINITE, NON_POSITIVE_PRICE, OHLC_INCONSISTENT,
            DUPLICATES, OUT_OF_ORDER, MISSING_BARS, GAPS, LONG_GAPS, HIGH_OUTLIERS, LOW_OUTLIERS, VOLUME_OUTLIERS,
            RETURN_OUTLIERS, VOLUME_SPIKES, STALE_BARS, SPLIT_LIKE_JUMPS, EXTENDED_HOURS);

    /** Every remediation action. */
    public static final List<String> REMEDIATIONS = List.of(DROPPED_DUPLICATES, SORTED, QUARANTINED, FORWARD_FILLED,
            FILTERED_EXTENDED_HOURS, CLIPPED_RANGE, CLIPPED_VOLUME);

    private Checks() {
    }
}
