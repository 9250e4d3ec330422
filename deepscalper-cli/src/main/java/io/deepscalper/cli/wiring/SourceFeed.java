package io.deepscalper.cli.wiring;

import io.deepscalper.core.data.BarInterval;
import io.deepscalper.core.data.DataFailure;
import io.deepscalper.core.data.DataFeed;
import io.deepscalper.core.data.DataUpdate;
import io.deepscalper.core.data.DataUpdateListener;
import io.deepscalper.core.data.QualitySummary;
import io.deepscalper.core.market.BarSeries;
import io.deepscalper.core.spi.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A minimal {@link DataFeed} over one {@link DataSource}, updated when the CLI's loop calls
 * {@link #update()}: incremental per symbol (only bars after the last one held), one symbol's failure
 * recorded and retried at the next update while the others go on. Bars are held in memory; the
 * source's {@link BarSeries} already rejects unordered, duplicate and invalid bars, so the quality
 * summary counts what was fetched and what was new. It has no drift detector: its updates carry no
 * drift summary. The data module's pipeline (cache, full quality checks, drift) replaces it where
 * available.
 */
public final class SourceFeed implements DataFeed {
    private static final Logger LOG = LoggerFactory.getLogger(SourceFeed.class);
    private final DataSource source;
    private final Set<String> symbols;
    private final BarInterval interval;
    private final Duration history;
    private final Clock clock;
    private final double qualityThreshold;
    private final Map<String, BarSeries> held = new ConcurrentHashMap<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final List<DataUpdateListener> listeners = new CopyOnWriteArrayList<>();
    private volatile String driftReference;

    /**
     * @param source  the configured data source
     * @param symbols the symbols to keep up to date
     * @param history how far back the first update fetches
     * @param clock   the orchestrator's clock: updates fetch up to its time
     */
    public SourceFeed(DataSource source, List<String> symbols, Duration history, Clock clock) {
        this.source = source;
        this.symbols = new LinkedHashSet<>(symbols);
        this.interval = BarInterval.ONE_MINUTE;
        this.history = history;
        this.clock = clock;
        this.qualityThreshold = 0.95;
    }

    /** Fetches what is new for every symbol and tells the listeners. */
    public void update() {
        Instant now = clock.instant();
        for (String symbol : symbols) {
            try {
                updateOne(symbol, now);
                failures.remove(symbol);
            } catch (RuntimeException e) {
                int n = failures.merge(symbol, 1, Integer::sum);
                boolean transientFailure = !(e instanceof io.deepscalper.core.spi.DataSourceException d)
                        || d.isTransient();
                LOG.warn("Update of {} failed ({} in a row), retried next time: {}", symbol, n, e.getMessage());
                DataFailure f = new DataFailure(symbol, String.valueOf(e.getMessage()), transientFailure, n, now);
                listeners.forEach(l -> l.onFailure(f));
            }
        }
    }

    private void updateOne(String symbol, Instant now) {
        BarSeries current = held.get(symbol);
        Instant from = current == null || current.isEmpty() ? now.minus(history)
                : current.start(current.size() - 1).plusSeconds(interval.seconds());
        if (!from.isBefore(now)) {
            return;
        }
        BarSeries fetched = source.fetch(symbol, interval, from, now);
        int before = current == null ? 0 : current.size();
        BarSeries merged = merge(symbol, current, fetched);
        held.put(symbol, merged);
        int added = merged.size() - before;
        double score = fetched.isEmpty() ? 1.0 : (double) added / fetched.size();
        QualitySummary q = new QualitySummary(score, qualityThreshold, fetched.size(), added,
                fetched.size() > added ? Map.of("duplicates", fetched.size() - added) : Map.of(),
                fetched.size() > added ? Map.of("dropped_duplicates", fetched.size() - added) : Map.of());
        DataUpdate u = new DataUpdate(symbol, interval, added, added == 0 ? null : merged.start(before),
                added == 0 ? null : merged.start(merged.size() - 1), q, null, q.passed(), now);
        listeners.forEach(l -> l.onUpdate(u));
    }

    private static BarSeries merge(String symbol, BarSeries current, BarSeries fetched) {
        if (current == null || current.isEmpty()) {
            return fetched;
        }
        long last = current.startEpochSecond(current.size() - 1);
        BarSeries.Builder b = BarSeries.builder(symbol);
        for (int i = 0; i < current.size(); i++) {
            b.add(current.startEpochSecond(i), current.open(i), current.high(i), current.low(i), current.close(i),
                    current.volume(i));
        }
        for (int i = 0; i < fetched.size(); i++) {
            if (fetched.startEpochSecond(i) > last) {
                b.add(fetched.startEpochSecond(i), fetched.open(i), fetched.high(i), fetched.low(i), fetched.close(i),
                        fetched.volume(i));
            }
        }
        return b.build();
    }

    @Override
    public Set<String> symbols() {
        return Set.copyOf(symbols);
    }

    @Override
    public void addListener(DataUpdateListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(DataUpdateListener listener) {
        listeners.remove(listener);
    }

    @Override
    public Optional<BarSeries> trainingData(String symbol) {
        return Optional.ofNullable(held.get(symbol));
    }

    @Override
    public void setDriftReference(String modelId, List<BarSeries> trainedOn) {
        driftReference = modelId;
        LOG.debug("Drift reference is now {} ({} series); this feed computes no drift", modelId, trainedOn.size());
    }

    /** @return the model id of the last drift reference set, or null */
    public String driftReference() {
        return driftReference;
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
