package io.deepscalper.data.pipeline;

import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.data.DataUpdate;
import io.deepscalper.api.data.DriftSummary;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.TradingCalendar;
import io.deepscalper.api.spi.DataSource;
import io.deepscalper.data.cache.BarCache;
import io.deepscalper.data.drift.DriftDetector;
import io.deepscalper.data.drift.DriftReferenceStore;
import io.deepscalper.data.drift.FeatureTable;
import io.deepscalper.data.quality.QualityChecker;
import io.deepscalper.data.quality.QualityConfig;
import io.deepscalper.data.quality.QualityReport;
import io.deepscalper.data.raw.RawBars;
import io.deepscalper.data.raw.RawDataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One symbol and interval's incremental update: fetch only what is new since the last bar held, check
 * quality, merge an accepted batch into the cache (a rejected one goes to the quarantine cache), and
 * measure drift of the newest window against the reference.
 */
final class SymbolUpdater {
    /** Bars of the newest window compared with the drift reference: five full sessions of 1-minute bars. */
    static final int DRIFT_WINDOW = 5 * 390;
    /** Fewer current rows than this give no drift verdict. */
    static final int MIN_DRIFT_ROWS = 100;
    private static final Logger LOG = LoggerFactory.getLogger(SymbolUpdater.class);

    private final DataSource source;
    private final BarCache cache;
    private final BarCache quarantine;
    private final QualityConfig quality;
    private final TradingCalendar calendar;
    private final DriftDetector drift;
    private final Clock clock;
    private final Duration lookback;
    /** Per symbol and interval, the end of the last accepted fetch; in memory, so a restart refetches once. */
    private final Map<String, Long> fetchedTo = new ConcurrentHashMap<>();

    SymbolUpdater(DataSource source, BarCache cache, BarCache quarantine, QualityConfig quality,
                  TradingCalendar calendar, DriftDetector drift, Clock clock, Duration lookback) {
        this.source = source;
        this.cache = cache;
        this.quarantine = quarantine;
        this.quality = quality;
        this.calendar = calendar;
        this.drift = drift;
        this.clock = clock;
        this.lookback = lookback;
    }

    /** @return the update, or empty when no complete new bar can exist yet */
    Optional<DataUpdate> update(String symbol, BarInterval interval, Optional<DriftReferenceStore.Reference> reference) {
        Instant now = clock.instant();
        long step = interval.seconds();
        // only complete bars: a bar starting at t is complete at t + step
        long to = Math.floorDiv(now.getEpochSecond(), step) * step;
        long keepFrom = now.minus(lookback).getEpochSecond();
        Optional<BarSeries> held = cache.read(symbol, interval);
        long from = held.filter(h -> !h.isEmpty()).map(h -> h.startEpochSecond(h.size() - 1) + step).orElse(keepFrom);
        from = Math.max(from, keepFrom);
        if (held.isPresent()) {
            // bars already fetched and checked but not kept (extended hours) are not asked for again; with
            // nothing held (first run, corrupt or evicted file) the whole lookback is fetched
            from = Math.max(from, fetchedTo.getOrDefault(symbol + "_" + interval, Long.MIN_VALUE));
        }
        if (from >= to) {
            return Optional.empty();
        }
        Instant fromI = Instant.ofEpochSecond(from);
        Instant toI = Instant.ofEpochSecond(to);
        RawBars raw = source instanceof RawDataSource rs ? rs.fetchRaw(symbol, interval, fromI, toI)
                : RawBars.of(source.fetch(symbol, interval, fromI, toI));
        if (raw.size() == 0) {
            // nothing published yet for the range; it is asked for again at the next update
            return Optional.empty();
        }
        // on a first fetch the source's history may begin after the lookback start (a new listing, a CSV
        // that starts later); days before its first bar are not missing data, so completeness starts there
        Instant checkFrom = held.isPresent() ? fromI : firstDayStart(raw, fromI);
        // bars after the last one delivered may simply not be published yet (vendor delay); they are not
        // counted missing now, and the next update asks for them again
        Instant checkTo = Instant.ofEpochSecond(Math.min(to, maxStart(raw) + step));
        QualityReport report = new QualityChecker(quality, calendar, interval).check(raw, checkFrom, checkTo);
        BarSeries base = held.orElse(BarSeries.builder(symbol).build());
        int newBars = 0;
        BarSeries current = base;
        if (report.passed()) {
            fetchedTo.put(symbol + "_" + interval, maxStart(raw) + step);
            BarMerge.Result merged = BarMerge.merge(base, report.clean(), keepFrom);
            newBars = merged.added();
            current = merged.bars();
            if (newBars > 0 || current.size() != base.size()) {
                cache.write(current, interval);
            }
        } else {
            BarSeries kept = quarantine.read(symbol, interval).orElse(BarSeries.builder(symbol).build());
            quarantine.write(BarMerge.merge(kept, report.clean(), keepFrom).bars(), interval);
            LOG.warn("{} {}: batch [{}, {}) scored {} < threshold {}; kept aside in quarantine, not used for training; "
                    + "findings {}", symbol, interval, fromI, toI, String.format("%.4f", report.score()),
                    report.threshold(), report.issues());
        }
        if (report.passed() && report.clean().isEmpty()) {
            return Optional.empty(); // only bars that are not training data (e.g. after the close)
        }
        BarSeries accepted = current;
        DriftSummary driftSummary = reference.flatMap(r -> driftOf(accepted, r)).orElse(null);
        BarSeries clean = report.clean();
        Instant first = clean.isEmpty() ? null : clean.start(0);
        Instant last = clean.isEmpty() ? null : clean.start(clean.size() - 1);
        return Optional.of(new DataUpdate(symbol, interval, newBars, report.passed() ? first : null,
                report.passed() ? last : null, report.toSummary(), driftSummary, report.passed(), clock.instant()));
    }

    private static long maxStart(RawBars raw) {
        long max = Long.MIN_VALUE;
        for (int i = 0; i < raw.size(); i++) {
            max = Math.max(max, raw.start(i));
        }
        return max;
    }

    private Instant firstDayStart(RawBars raw, Instant from) {
        long min = Long.MAX_VALUE;
        for (int i = 0; i < raw.size(); i++) {
            min = Math.min(min, raw.start(i));
        }
        Instant dayStart = calendar.exchangeDate(Instant.ofEpochSecond(min)).atStartOfDay(calendar.zone()).toInstant();
        return dayStart.isAfter(from) ? dayStart : from;
    }

    private Optional<DriftSummary> driftOf(BarSeries series, DriftReferenceStore.Reference reference) {
        int n = series.size();
        if (n < MIN_DRIFT_ROWS + FeatureTable.WARM_UP) {
            return Optional.empty();
        }
        BarSeries window = series.slice(Math.max(0, n - DRIFT_WINDOW - FeatureTable.WARM_UP), n);
        return Optional.of(drift.detect(reference.features(), FeatureTable.fromBars(List.of(window)), reference.id()));
    }
}
