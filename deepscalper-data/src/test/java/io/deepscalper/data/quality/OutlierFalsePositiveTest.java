package io.deepscalper.data.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.BundledData;
import io.deepscalper.api.market.NyseCalendar;
import io.deepscalper.data.raw.RawBars;
import io.deepscalper.data.raw.StrictBars;
import io.deepscalper.data.yahoo.YahooChartParser;
import io.deepscalper.data.synthetic.SyntheticDataSource;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The false-positive rate of the range and volume outlier checks on real and synthetic data, with the
 * largest statistic seen, so the defaults' margin is measured rather than guessed. Printed figures go
 * into docs/data.md.
 */
class OutlierFalsePositiveTest {
    private static final QualityConfig DEFAULTS = QualityConfig.defaults();

    private static RangeOutliers.Extremes scan(BarSeries s, Map<String, Integer> issues, Map<String, Integer> fixes) {
        Columns c = new Columns(s.size());
        SessionLookup sessions = new SessionLookup(NyseCalendar.instance());
        for (int i = 0; i < s.size(); i++) {
            c.add(s.startEpochSecond(i), sessions.sessionOpen(s.startEpochSecond(i)), s.open(i), s.high(i), s.low(i),
                    s.close(i), s.volume(i), false);
        }
        return RangeOutliers.repair(c, DEFAULTS, issues, fixes);
    }

    private static void measure(String name, BarSeries s) {
        measure(name, s, 2);
    }

    private static void measure(String name, BarSeries s, double margin) {
        Map<String, Integer> issues = new LinkedHashMap<>();
        Map<String, Integer> fixes = new LinkedHashMap<>();
        RangeOutliers.Extremes x = scan(s, issues, fixes);
        int flagged = fixes.get(Checks.CLIPPED_RANGE) + fixes.get(Checks.CLIPPED_VOLUME);
        System.out.printf("%s: %d bars, %d high, %d low, %d volume outliers (false-positive rate %.4f %%); "
                        + "largest range excursion %.2f x ref (k = %.0f), largest volume ratio %.1f x median (k = %.0f)%n",
                name, s.size(), issues.get(Checks.HIGH_OUTLIERS), issues.get(Checks.LOW_OUTLIERS),
                issues.get(Checks.VOLUME_OUTLIERS), 100.0 * flagged / s.size(), x.maxRangeRatio(),
                DEFAULTS.rangeOutlierK(), x.maxVolumeRatio(), DEFAULTS.volumeOutlierK());
        assertThat(flagged).as(name + " false positives").isZero();
        // the defaults keep a margin over clean data
        assertThat(x.maxRangeRatio() * margin).as(name).isLessThan(DEFAULTS.rangeOutlierK());
        assertThat(x.maxVolumeRatio() * margin).as(name).isLessThan(DEFAULTS.volumeOutlierK());
    }

    @Test
    void realSpyJanuary2011HasNoRangeOrVolumeOutlier() {
        measure("SPY January 2011 (regular hours)", BundledData.spyJanuary2011().bars());
    }

    @Test
    void theSyntheticMarketHasNoRangeOrVolumeOutlier() {
        SyntheticDataSource source = new SyntheticDataSource();
        BarSeries s = source.fetch("SYN", BarInterval.ONE_MINUTE, Instant.parse("2025-03-03T00:00:00Z"),
                Instant.parse("2025-06-02T00:00:00Z"));
        assertThat(s.size()).isGreaterThan(20_000);
        measure("synthetic SYN 2025-03-03..2025-06-02", s);
    }

    /** The real Yahoo AAPL 2024-10-02 minutes of the yahoo tests (its one null bar left out). */
    @Test
    void aRealYahooDayHasNoRangeOrVolumeOutlier() throws Exception {
        byte[] body;
        try (var in = getClass().getResourceAsStream("/yahoo/chart-AAPL-2024-10-02_interval-1m_includePrePost-false.json")) {
            body = in.readAllBytes();
        }
        RawBars raw = YahooChartParser.parse(body, "AAPL", 0, 1727899200L, true).bars();
        BarSeries valid = StrictBars.keepValid(raw, org.slf4j.LoggerFactory.getLogger(getClass()), "test");
        assertThat(valid.size()).isEqualTo(389);
        measure("Yahoo AAPL 2024-10-02", valid);
    }

    /** Thin pre- and post-market trading has wider wicks; it is filtered by default but must not be flagged. */
    @Test
    void theRawSpyFileWithExtendedHoursHasNoRangeOutlier() {
        RawBars raw = RawBars.of(BundledData.spyJanuary2011Raw());
        measure("SPY January 2011 (with extended hours)", raw.toSeries(), 1.4);
    }
}
