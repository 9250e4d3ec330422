package io.deepscalper.data.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.BundledData;
import io.deepscalper.api.market.NyseCalendar;
import io.deepscalper.api.market.SessionHours;
import io.deepscalper.data.raw.RawBars;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Each defect is injected into the real SPY January 2011 bars (bundled in core; PyAlgoTrade test data,
 * Apache-2.0) and must be found with the right count, while the clean data scores 1.
 */
class QualityCheckerTest {
    private static final BarSeries SPY = BundledData.spyJanuary2011().bars(); // regular hours, 20 x 390
    private static final Instant FROM = Instant.parse("2011-01-03T05:00:00Z");
    private static final Instant TO = Instant.parse("2011-02-01T05:00:00Z");
    private static final QualityChecker CHECKER = new QualityChecker(QualityConfig.defaults(), NyseCalendar.instance(),
            BarInterval.ONE_MINUTE);

    private static RawBars spy() {
        return RawBars.of(SPY);
    }

    private static QualityReport check(RawBars raw) {
        return CHECKER.check(raw, FROM, TO);
    }

    private static QualityReport inject(Consumer<RawBars> defect) {
        RawBars raw = spy();
        defect.accept(raw);
        return check(raw);
    }

    /** Asserts the named check found exactly {@code count} and every other check nothing (extended hours aside). */
    private static void assertOnly(QualityReport r, Map<String, Integer> expected) {
        for (String check : Checks.ALL) {
            assertThat(r.issue(check)).as(check).isEqualTo(expected.getOrDefault(check, 0));
        }
    }

    private static void setPrices(RawBars raw, int i, double o, double h, double l, double c) {
        raw.set(i, raw.start(i), o, h, l, c, raw.volume(i));
    }

    @Test
    void cleanRealDataScoresOneWithNoFinding() {
        QualityReport r = check(spy());
        assertOnly(r, Map.of());
        assertThat(r.score()).isEqualTo(1.0);
        assertThat(r.clean()).isEqualTo(SPY);
        assertThat(r.expected()).isEqualTo(7_800);
    }

    @Test
    void extendedHoursBarsOfTheRawFileAreFilteredNotPenalised() {
        QualityReport r = check(RawBars.of(BundledData.spyJanuary2011Raw()));
        assertOnly(r, Map.of(Checks.EXTENDED_HOURS, 14_180 - 7_800));
        assertThat(r.remediation(Checks.FILTERED_EXTENDED_HOURS)).isEqualTo(6_380);
        assertThat(r.score()).isEqualTo(1.0);
    }

    @Test
    void nanAndInfiniteValuesAreQuarantined() {
        QualityReport r = inject(raw -> {
            setPrices(raw, 100, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            setPrices(raw, 2000, raw.open(2000), Double.POSITIVE_INFINITY, raw.low(2000), raw.close(2000));
            raw.set(3000, raw.start(3000), raw.open(3000), raw.high(3000), raw.low(3000), raw.close(3000), Double.NaN);
        });
        // each quarantined bar leaves a one-bar gap, which is forward-filled and flagged
        assertOnly(r, Map.of(Checks.NAN_OR_INFINITE, 3, Checks.MISSING_BARS, 3, Checks.GAPS, 3));
        assertThat(r.quarantined().size()).isEqualTo(3);
        assertThat(r.remediation(Checks.FORWARD_FILLED)).isEqualTo(3);
        assertThat(r.filledStarts()).containsExactly(SPY.startEpochSecond(100), SPY.startEpochSecond(2000),
                SPY.startEpochSecond(3000));
        assertThat(r.clean().size()).isEqualTo(7_800);
    }

    @Test
    void nonPositivePricesAreQuarantined() {
        QualityReport r = inject(raw -> {
            setPrices(raw, 500, 0, raw.high(500), raw.low(500), raw.close(500));
            setPrices(raw, 501, -1, -1, -1, -1);
        });
        assertOnly(r, Map.of(Checks.NON_POSITIVE_PRICE, 2, Checks.MISSING_BARS, 2, Checks.GAPS, 1));
        assertThat(r.remediation(Checks.FORWARD_FILLED)).isEqualTo(2);
    }

    @Test
    void inconsistentOhlcIsQuarantined() {
        QualityReport r = inject(raw -> {
            for (int i : new int[] {10, 400, 4000, 7000}) {
                setPrices(raw, i, raw.open(i), Math.min(raw.open(i), raw.close(i)) - 0.05, raw.low(i) - 0.1, raw.close(i));
            }
        });
        assertOnly(r, Map.of(Checks.OHLC_INCONSISTENT, 4, Checks.MISSING_BARS, 4, Checks.GAPS, 4));
        assertThat(r.remediation(Checks.QUARANTINED)).isEqualTo(4);
    }

    @Test
    void duplicatesAreDroppedKeepingTheFirst() {
        RawBars raw = new RawBars("SPY");
        for (int i = 0; i < SPY.size(); i++) {
            raw.add(SPY.startEpochSecond(i), SPY.open(i), SPY.high(i), SPY.low(i), SPY.close(i), SPY.volume(i));
            if (i % 1000 == 7) {
                raw.add(SPY.startEpochSecond(i), SPY.open(i), SPY.high(i), SPY.low(i), SPY.close(i), SPY.volume(i));
            }
        }
        QualityReport r = check(raw);
        assertOnly(r, Map.of(Checks.DUPLICATES, 8));
        assertThat(r.remediation(Checks.DROPPED_DUPLICATES)).isEqualTo(8);
        assertThat(r.clean()).isEqualTo(SPY);
        assertThat(r.score()).isBetween(0.99, 1.0);
    }

    @Test
    void outOfOrderBarsAreSorted() {
        QualityReport r = inject(raw -> {
            for (int i : new int[] {50, 3000}) {
                long t = raw.start(i);
                double o = raw.open(i);
                double h = raw.high(i);
                double l = raw.low(i);
                double c = raw.close(i);
                double v = raw.volume(i);
                raw.set(i, raw.start(i + 1), raw.open(i + 1), raw.high(i + 1), raw.low(i + 1), raw.close(i + 1),
                        raw.volume(i + 1));
                raw.set(i + 1, t, o, h, l, c, v);
            }
        });
        assertOnly(r, Map.of(Checks.OUT_OF_ORDER, 2));
        assertThat(r.clean()).isEqualTo(SPY);
    }

    @Test
    void shortGapsAreFilledAndFlaggedLongGapsLeftOpen() {
        RawBars raw = new RawBars("SPY");
        for (int i = 0; i < SPY.size(); i++) {
            boolean shortGap = i == 200 || i == 201 || i == 5000;
            boolean longGap = i >= 6000 && i < 6020;
            if (!shortGap && !longGap) {
                raw.add(SPY.startEpochSecond(i), SPY.open(i), SPY.high(i), SPY.low(i), SPY.close(i), SPY.volume(i));
            }
        }
        QualityReport r = check(raw);
        assertOnly(r, Map.of(Checks.GAPS, 3, Checks.LONG_GAPS, 1, Checks.MISSING_BARS, 23));
        assertThat(r.remediation(Checks.FORWARD_FILLED)).isEqualTo(3);
        assertThat(r.clean().size()).isEqualTo(7_800 - 20);
        assertThat(r.clean().close(200)).isEqualTo(SPY.close(199));
        assertThat(r.clean().volume(200)).isZero();
        assertThat(r.completeness()).isEqualTo((7_800 - 23) / 7_800.0);
    }

    @Test
    void wholeMissingSessionLowersCompleteness() {
        LocalDate day = LocalDate.of(2011, 1, 12);
        SessionHours h = NyseCalendar.instance().sessionHours(day).orElseThrow();
        RawBars raw = new RawBars("SPY");
        for (int i = 0; i < SPY.size(); i++) {
            if (!h.contains(SPY.startEpochSecond(i))) {
                raw.add(SPY.startEpochSecond(i), SPY.open(i), SPY.high(i), SPY.low(i), SPY.close(i), SPY.volume(i));
            }
        }
        QualityReport r = check(raw);
        assertOnly(r, Map.of(Checks.MISSING_BARS, 390));
        assertThat(r.score()).isEqualTo(19 / 20.0);
    }

    @Test
    void badPrintsAndVolumeSpikesAreFlaggedOncePerBar() {
        QualityReport r = inject(raw -> {
            for (int i : new int[] {1234, 4321}) {
                double c = raw.close(i) * 1.02;
                setPrices(raw, i, raw.open(i), c, raw.low(i), c);
                double o = c;
                setPrices(raw, i + 1, o, Math.max(o, raw.high(i + 1)), raw.low(i + 1), raw.close(i + 1));
            }
            int j = 6000;
            raw.set(j, raw.start(j), raw.open(j), raw.high(j), raw.low(j), raw.close(j), raw.volume(j) * 200);
        });
        assertOnly(r, Map.of(Checks.RETURN_OUTLIERS, 2, Checks.VOLUME_SPIKES, 1));
        assertThat(r.clean().size()).isEqualTo(7_800);
    }

    @Test
    void absurdHighsLowsAndVolumesAreCountedAndClipped() {
        int a = 1000;
        int b = 2500;
        int c = 4000;
        int d = 6500;
        QualityReport r = inject(raw -> {
            setPrices(raw, a, raw.open(a), 1e300, raw.low(a), raw.close(a));
            setPrices(raw, b, raw.open(b), raw.close(b) * 1000, raw.low(b), raw.close(b));
            setPrices(raw, c, raw.open(c), raw.high(c), raw.close(c) / 1000, raw.close(c));
            raw.set(d, raw.start(d), raw.open(d), raw.high(d), raw.low(d), raw.close(d), 1e15);
        });
        assertOnly(r, Map.of(Checks.HIGH_OUTLIERS, 2, Checks.LOW_OUTLIERS, 1, Checks.VOLUME_OUTLIERS, 1));
        assertThat(r.remediation(Checks.CLIPPED_RANGE)).isEqualTo(3);
        assertThat(r.remediation(Checks.CLIPPED_VOLUME)).isEqualTo(1);
        assertThat(r.score()).isLessThan(1.0).isEqualTo(1 - 4 / 7_800.0);
        BarSeries clean = r.clean();
        for (int i : new int[] {a, b}) {
            double top = Math.max(SPY.close(i), SPY.close(i - 1));
            // clipped to a typical range above the closes: the real high is close by, 1e300 is gone
            assertThat(clean.high(i)).isGreaterThan(top).isLessThan(top * 1.01);
            assertThat(clean.close(i)).isEqualTo(SPY.close(i));
        }
        double bottom = Math.min(SPY.close(c), SPY.close(c - 1));
        assertThat(clean.low(c)).isLessThan(bottom).isGreaterThan(bottom * 0.99);
        assertThat(clean.volume(d)).isLessThan(SPY.volume(d) * 100).isPositive();
        // every other bar is untouched
        assertThat(clean.high(a + 1)).isEqualTo(SPY.high(a + 1));
        assertThat(clean.volume(d + 1)).isEqualTo(SPY.volume(d + 1));
    }

    @Test
    void anAbsurdOpenIsClippedWithItsHigh() {
        int a = 3333;
        QualityReport r = inject(raw -> setPrices(raw, a, raw.close(a) * 1000, raw.close(a) * 1000, raw.low(a),
                raw.close(a)));
        assertOnly(r, Map.of(Checks.HIGH_OUTLIERS, 1));
        assertThat(r.clean().open(a)).isLessThanOrEqualTo(r.clean().high(a)).isLessThan(SPY.close(a) * 1.01);
    }

    @Test
    void theOutlierFactorsAreConfigurable() {
        QualityChecker strict = new QualityChecker(QualityConfig.defaults().withOutlierFactors(5, 5),
                NyseCalendar.instance(), BarInterval.ONE_MINUTE);
        QualityReport r = strict.check(spy(), FROM, TO);
        assertThat(r.issue(Checks.HIGH_OUTLIERS) + r.issue(Checks.LOW_OUTLIERS)).isPositive();
        assertThat(r.issue(Checks.VOLUME_OUTLIERS)).isPositive();
        assertThatThrownBy(() -> QualityConfig.defaults().withOutlierFactors(1, 1000))
                .hasMessageContaining("quality.rangeOutlierK");
    }

    @Test
    void outOfOrderBarsAfter2038AreSortedCorrectly() {
        long t = Instant.parse("2040-03-05T15:00:00Z").getEpochSecond();
        RawBars raw = new RawBars("SPY");
        for (long k : new long[] {2, 0, 1, 3}) {
            raw.add(t + 60 * k, 100, 101, 99, 100, 10);
        }
        raw.add(Instant.parse("1999-01-04T15:00:00Z").getEpochSecond(), 100, 101, 99, 100, 10);
        QualityChecker all = new QualityChecker(new QualityConfig(0.95, 3, 12, 6, 5, 1.4, 0.03, false, 100, 1000),
                NyseCalendar.instance(), BarInterval.ONE_MINUTE);
        QualityReport r = all.check(raw, Instant.ofEpochSecond(t), Instant.ofEpochSecond(t + 3600));
        assertThat(r.issue(Checks.OUT_OF_ORDER)).isEqualTo(3);
        assertThat(r.clean().size()).isEqualTo(5);
        assertThat(r.clean().startEpochSecond(0)).isEqualTo(Instant.parse("1999-01-04T15:00:00Z").getEpochSecond());
        assertThat(r.clean().startEpochSecond(4)).isEqualTo(t + 180);
    }

    @Test
    void staleFlatRunsAreCounted() {
        QualityReport r = inject(raw -> {
            double p = raw.close(2999);
            for (int i = 3000; i < 3012; i++) {
                setPrices(raw, i, p, p, p, p);
            }
            double q = raw.close(5099);
            for (int i = 5100; i < 5103; i++) {
                setPrices(raw, i, q, q, q, q); // a run of 3 is normal trading, not stale
            }
        });
        assertThat(r.issue(Checks.STALE_BARS)).isEqualTo(12);
        assertThat(r.issue(Checks.SPLIT_LIKE_JUMPS)).isZero();
    }

    @Test
    void sevenForOneSplitIsDetectedAndBlocksTheBatch() {
        QualityReport r = inject(raw -> {
            for (int i = 3900; i < raw.size(); i++) {
                raw.set(i, raw.start(i), raw.open(i) / 7, raw.high(i) / 7, raw.low(i) / 7, raw.close(i) / 7,
                        raw.volume(i) * 7);
            }
        });
        assertThat(r.issue(Checks.SPLIT_LIKE_JUMPS)).isEqualTo(1);
        assertThat(r.issue(Checks.RETURN_OUTLIERS)).isZero();
        assertThat(r.score()).isZero();
        assertThat(r.passed()).isFalse();
    }

    @Test
    void summaryCarriesScoreThresholdAndCounts() {
        QualityReport r = inject(raw -> setPrices(raw, 100, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
        var s = r.toSummary();
        assertThat(s.score()).isEqualTo(r.score());
        assertThat(s.threshold()).isEqualTo(0.95);
        assertThat(s.issueCounts()).containsEntry(Checks.NAN_OR_INFINITE, 1);
        assertThat(s.remediations()).containsEntry(Checks.QUARANTINED, 1).containsEntry(Checks.FORWARD_FILLED, 1);
        assertThat(s.passed()).isTrue();
    }
}
