package io.deepscalper.data.quality;

import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.TradingCalendar;
import io.deepscalper.data.raw.RawBars;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Checks one batch of raw bars, repairs what can be repaired without inventing data, and scores it.
 *
 * <h2>Order of work</h2>
 * <ol>
 *   <li><b>Order.</b> Bars delivered before an earlier-starting bar are {@code out_of_order}; the batch
 *       is sorted (stable). A bar with the start of an earlier one is a {@code duplicate}; the first
 *       copy is kept.</li>
 *   <li><b>Values.</b> NaN or infinite values, prices at or below zero, and inconsistent OHLC or
 *       negative volume: the bar is <em>quarantined</em> (kept aside, never repaired, never used).</li>
 *   <li><b>Hours.</b> Bars outside the calendar's regular session are counted as {@code extended_hours}
 *       and filtered when {@code regularHoursOnly}.</li>
 *   <li><b>Absurd ranges and volumes.</b> A high far above, or a low far below, the bar's close and the
 *       previous close, measured against the neighbouring bars' median range ({@code high_outliers},
 *       {@code low_outliers}), and a volume far above the neighbours' median ({@code volume_outliers}):
 *       counted and clipped to a typical value, see {@link RangeOutliers}.</li>
 *   <li><b>Completeness and gaps.</b> The calendar gives the expected regular-hours slots of the window;
 *       {@code missing_bars = expected - present}. A gap of at most {@code maxFillGap} bars between two
 *       bars of one session is forward-filled with bars at the previous close and volume 0, and their
 *       starts are reported as flagged; a longer gap is left open ({@code long_gaps}).</li>
 *   <li><b>Outliers.</b> Robust z-scores with the median and MAD: of 1-bar log returns inside a session
 *       (an up-and-back-down pair counts as one bad print), and of {@code log(1 + volume)} against its mean
 *       over the 5 bars either side (so the intraday U shape is not a spike). Flagged, not
 *       removed: a real jump looks the same, so the score carries the doubt.</li>
 *   <li><b>Stale runs.</b> {@code staleRun} or more bars in a row with open = high = low = close = the
 *       previous close: a frozen feed. Flagged.</li>
 *   <li><b>Split-like jumps.</b> A bar whose open is a common split ratio (n:1 or 1:n up to 20, 3:2,
 *       5:2 and their inverses, within {@code splitTolerance}, at least {@code splitMinJump} away from 1)
 *       times the previous close. Unadjusted splits
 *       teach the agent a fake crash, so such a batch is blocked until the series is split-adjusted.</li>
 * </ol>
 *
 * <h2>Score</h2>
 * {@code score = completeness * (1 - flagged / checked)}, where completeness is {@code present / expected}
 * (1 when the window holds no regular-hours slot)
 * and {@code flagged} counts quarantined, duplicate, out-of-order, clipped (range or volume), outlier,
 * volume-spike and stale bars;
 * a split-like jump sets the score to 0. A batch scoring under the threshold is not used for training.
 *
 * <p>Instances are immutable and thread-safe; each call allocates its working arrays once per batch.
 */
public final class QualityChecker {
    private final QualityConfig config;
    private final TradingCalendar calendar;
    private final BarInterval interval;

    /**
     * @param config   thresholds
     * @param calendar the market calendar for completeness and regular hours
     * @param interval the batch's bar interval
     */
    public QualityChecker(QualityConfig config, TradingCalendar calendar, BarInterval interval) {
        this.config = Objects.requireNonNull(config, "config");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.interval = Objects.requireNonNull(interval, "interval");
    }

    /** @return the thresholds in use */
    public QualityConfig config() {
        return config;
    }

    /**
     * Checks a batch whose bars should cover {@code [from, to)}; completeness is measured against the
     * regular-hours slots of that window.
     */
    public QualityReport check(RawBars raw, Instant from, Instant to) {
        Map<String, Integer> issues = new LinkedHashMap<>();
        Checks.ALL.forEach(c -> issues.put(c, 0));
        Map<String, Integer> fixes = new LinkedHashMap<>();
        Checks.REMEDIATIONS.forEach(c -> fixes.put(c, 0));
        int n = raw.size();

        int[] order = sortedOrder(raw, issues, fixes);
        Columns kept = new Columns(n);
        RawBars quarantined = new RawBars(raw.symbol());
        SessionLookup sessions = new SessionLookup(calendar);
        long lastStart = Long.MIN_VALUE;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            long t = raw.start(i);
            if (t == lastStart) {
                bump(issues, Checks.DUPLICATES);
                bump(fixes, Checks.DROPPED_DUPLICATES);
                continue;
            }
            lastStart = t;
            String invalid = invalidReason(raw.open(i), raw.high(i), raw.low(i), raw.close(i), raw.volume(i));
            if (invalid != null) {
                bump(issues, invalid);
                bump(fixes, Checks.QUARANTINED);
                quarantined.add(t, raw.open(i), raw.high(i), raw.low(i), raw.close(i), raw.volume(i));
                continue;
            }
            long session = sessions.sessionOpen(t);
            if (session < 0) {
                bump(issues, Checks.EXTENDED_HOURS);
                if (config.regularHoursOnly()) {
                    bump(fixes, Checks.FILTERED_EXTENDED_HOURS);
                    continue;
                }
            }
            kept.add(t, session, raw.open(i), raw.high(i), raw.low(i), raw.close(i), raw.volume(i), false);
        }
        RangeOutliers.repair(kept, config, issues, fixes);
        int present = kept.size();
        int expected = expectedSlots(from, to);
        int regular = countRegular(kept);
        issues.put(Checks.MISSING_BARS, Math.max(0, expected - regular));

        Columns filled = fillGaps(kept, issues, fixes);
        OutlierScan.scan(filled, config, issues);

        int flagged = fixes.get(Checks.QUARANTINED) + issues.get(Checks.DUPLICATES) + issues.get(Checks.OUT_OF_ORDER)
                + fixes.get(Checks.CLIPPED_RANGE) + fixes.get(Checks.CLIPPED_VOLUME)
                + issues.get(Checks.RETURN_OUTLIERS) + issues.get(Checks.VOLUME_SPIKES) + issues.get(Checks.STALE_BARS);
        // with no regular-hours slot in the window (a night, a weekend, only extended-hours bars) nothing
        // can be missing
        double completeness = expected == 0 ? 1.0 : Math.min(1.0, (double) regular / expected);
        double score = n == 0 ? completeness : completeness * Math.max(0, 1 - (double) flagged / n);
        if (issues.get(Checks.SPLIT_LIKE_JUMPS) > 0) {
            score = 0;
        }
        score = Math.max(0, Math.min(1, score));
        BarSeries clean = filled.bars.toSeries(raw.symbol());
        return new QualityReport(score, config.threshold(), n, expected, present, issues, fixes, clean, quarantined,
                filled.filledStarts());
    }

    private static int countRegular(Columns c) {
        int count = 0;
        for (int i = 0; i < c.size(); i++) {
            if (c.session[i] >= 0) {
                count++;
            }
        }
        return count;
    }

    /** Stable order by start; counts bars delivered after a later-starting bar. */
    private static int[] sortedOrder(RawBars raw, Map<String, Integer> issues, Map<String, Integer> fixes) {
        int n = raw.size();
        int[] order = new int[n];
        long max = Long.MIN_VALUE;
        int late = 0;
        for (int i = 0; i < n; i++) {
            order[i] = i;
            if (raw.start(i) < max) {
                late++;
            }
            max = Math.max(max, raw.start(i));
        }
        if (late > 0) {
            long min = Long.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                min = Math.min(min, raw.start(i));
            }
            if (max - min >= 0 && max - min < (1L << 31)) {
                // (start - min) < 2^31 and index < 2^31, so ((start - min) << 32 | index) sorts by start, then
                // delivery order, without boxing
                long[] keys = new long[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = ((raw.start(i) - min) << 32) | i;
                }
                Arrays.sort(keys);
                for (int i = 0; i < n; i++) {
                    order[i] = (int) (keys[i] & 0xFFFFFFFFL);
                }
            } else {
                // starts spread over more than 68 years: a stable boxed sort (rare, and only for broken input)
                Integer[] boxed = new Integer[n];
                for (int i = 0; i < n; i++) {
                    boxed[i] = i;
                }
                Arrays.sort(boxed, (x, y) -> Long.compare(raw.start(x), raw.start(y)));
                for (int i = 0; i < n; i++) {
                    order[i] = boxed[i];
                }
            }
            issues.put(Checks.OUT_OF_ORDER, late);
            fixes.put(Checks.SORTED, late);
        }
        return order;
    }

    /** @return the check a bar fails, or null when its values are valid */
    static String invalidReason(double o, double h, double l, double c, double v) {
        if (!Double.isFinite(o) || !Double.isFinite(h) || !Double.isFinite(l) || !Double.isFinite(c)
                || !Double.isFinite(v)) {
            return Checks.NAN_OR_INFINITE;
        }
        if (o <= 0 || h <= 0 || l <= 0 || c <= 0) {
            return Checks.NON_POSITIVE_PRICE;
        }
        if (v < 0 || h < l || h < Math.max(o, c) || l > Math.min(o, c)) {
            return Checks.OHLC_INCONSISTENT;
        }
        return null;
    }

    private int expectedSlots(Instant from, Instant to) {
        long step = interval.seconds();
        long a = from.getEpochSecond();
        long b = to.getEpochSecond();
        int total = 0;
        for (java.time.LocalDate d = calendar.exchangeDate(from); !d.isAfter(calendar.exchangeDate(to.minusSeconds(1)));
             d = d.plusDays(1)) {
            if (d.isBefore(calendar.firstSupportedDate()) || d.isAfter(calendar.lastSupportedDate())) {
                continue;
            }
            var hours = calendar.sessionHours(d);
            if (hours.isEmpty()) {
                continue;
            }
            long open = hours.get().openEpochSecond();
            long close = hours.get().closeEpochSecond();
            long first = Math.max(open, a + Math.floorMod(open - a, step));
            for (long s = first; s < close && s < b; s += step) {
                total++;
            }
        }
        return total;
    }

    private Columns fillGaps(Columns in, Map<String, Integer> issues, Map<String, Integer> fixes) {
        long step = interval.seconds();
        Columns out = new Columns(in.size() + 64);
        for (int i = 0; i < in.size(); i++) {
            if (i > 0 && in.session[i] >= 0 && in.session[i] == in.session[i - 1]) {
                long missing = (in.bars.start(i) - in.bars.start(i - 1)) / step - 1;
                if (missing > 0) {
                    bump(issues, Checks.GAPS);
                    if (missing <= config.maxFillGap()) {
                        double prev = in.bars.close(i - 1);
                        for (long m = 1; m <= missing; m++) {
                            out.add(in.bars.start(i - 1) + m * step, in.session[i], prev, prev, prev, prev, 0, true);
                            bump(fixes, Checks.FORWARD_FILLED);
                        }
                    } else {
                        bump(issues, Checks.LONG_GAPS);
                    }
                }
            }
            out.add(in.bars.start(i), in.session[i], in.bars.open(i), in.bars.high(i), in.bars.low(i), in.bars.close(i), in.bars.volume(i), false);
        }
        return out;
    }

    private static void bump(Map<String, Integer> counts, String key) {
        counts.merge(key, 1, Integer::sum);
    }
}
