package io.deepscalper.data.pipeline;

import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.data.DataFailure;
import io.deepscalper.api.data.DataFeed;
import io.deepscalper.api.data.DataUpdate;
import io.deepscalper.api.data.DataUpdateListener;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.NyseCalendar;
import io.deepscalper.api.spi.DataSource;
import io.deepscalper.api.spi.DataSourceException;
import io.deepscalper.api.spi.Providers;
import io.deepscalper.data.cache.BarCache;
import io.deepscalper.data.drift.DriftConfig;
import io.deepscalper.data.drift.DriftDetector;
import io.deepscalper.data.drift.DriftReferenceStore;
import io.deepscalper.data.drift.FeatureTable;
import io.deepscalper.data.quality.QualityConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The continuous multi-symbol data pipeline, and the {@link DataFeed} the orchestrator consumes.
 *
 * <p>Every {@code updateIntervalMinutes} (and once at {@link #start()}), all symbols are updated at
 * once, up to four in parallel. Per symbol and interval the update is incremental: it fetches only
 * complete bars after the last one held (the whole lookback on a first run or after a corrupt cache
 * file), checks their quality, and merges an accepted batch into the cache without duplicates. On a
 * first run, completeness is measured from the day of the first bar the source has, since a source
 * whose history starts inside the lookback is not missing data; and on every run it ends at the last
 * bar delivered, since later bars may just not be published yet (they are asked for again next time,
 * because the next fetch starts after the last bar held). An empty fetch is "nothing new", not a
 * failure. A
 * batch scoring under the threshold is kept in {@code quarantine/} and never becomes training data;
 * its range is fetched again next time. One symbol's failure is logged, reported to listeners as a
 * {@link DataFailure} with its consecutive count, and retried next time; the other symbols go on.
 * Listeners receive a {@link DataUpdate} per symbol with new bars (or with a rejected batch), carrying
 * quality and drift summaries.
 *
 * <p>Files under the cache directory: {@code <SYMBOL>_<interval>.dsbc} (accepted bars, see
 * {@link BarCache}), {@code quarantine/} (rejected batches), {@code drift_reference.dsfr} (the drift
 * reference, see {@link DriftReferenceStore}).
 *
 * <p>{@link #close()} stops scheduling, lets a running update finish (up to a minute) and releases the
 * threads.
 */
public final class DataPipeline implements DataFeed {
    private static final Logger LOG = LoggerFactory.getLogger(DataPipeline.class);
    private static final long MB = 1024L * 1024L;

    private final DataPipelineConfig config;
    private final BarCache cache;
    private final BarCache quarantine;
    private final SymbolUpdater updater;
    private final DriftReferenceStore referenceStore;
    private final DriftConfig driftConfig;
    private final List<DataUpdateListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final String sourceName;
    private final Object updateLock = new Object();
    private volatile Optional<DriftReferenceStore.Reference> reference;
    private ScheduledExecutorService scheduler;
    private final ExecutorService workers;
    private volatile boolean closed;

    /**
     * @param config   pipeline settings
     * @param source   a configured data source
     * @param cacheDir the cache directory, normally {@code <workdir>/data_cache}
     * @param clock    time source (the system clock in production)
     */
    public DataPipeline(DataPipelineConfig config, DataSource source, Path cacheDir, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.sourceName = source.name();
        Duration lookback = Duration.ofDays(config.lookbackDays());
        Duration expiry = Duration.ofDays(Math.max(7, 2L * config.lookbackDays()));
        this.cache = new BarCache(cacheDir, config.maxCacheMb() * MB, expiry, clock);
        this.quarantine = new BarCache(cacheDir.resolve("quarantine"), config.maxCacheMb() * MB, expiry, clock);
        QualityConfig quality = QualityConfig.defaults().withThreshold(config.qualityThreshold());
        this.driftConfig = DriftConfig.defaults();
        this.updater = new SymbolUpdater(source, cache, quarantine, quality, NyseCalendar.instance(),
                new DriftDetector(driftConfig), clock, lookback);
        this.referenceStore = new DriftReferenceStore(cacheDir.resolve("drift_reference.dsfr"));
        this.reference = referenceStore.load();
        int threads = Math.min(4, config.symbols().size());
        this.workers = Executors.newFixedThreadPool(threads, daemon("deepscalper-data-worker"));
    }

    /**
     * @return a pipeline whose source is found by name with {@link Providers} and configured with the
     *     config's source options, on the system clock
     */
    public static DataPipeline create(DataPipelineConfig config, Path cacheDir) {
        DataSource source = Providers.byName(DataSource.class, config.source()).configure(config.sourceOptions());
        return new DataPipeline(config, source, cacheDir, Clock.systemUTC());
    }

    @Override
    public Optional<String> searchedWindow() {
        Instant now = clock.instant();
        return Optional.of(now.minus(Duration.ofDays(config.lookbackDays())) + " to " + now + " ("
                + config.lookbackDays() + " days (data.lookbackDays) before the orchestrator's clock) from source '"
                + sourceName + "'");
    }

    /** @return the settings */
    public DataPipelineConfig config() {
        return config;
    }

    /** Starts scheduled updates: one now, then every {@code updateIntervalMinutes}. */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("the data pipeline is closed; create a new one");
        }
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(daemon("deepscalper-data-scheduler"));
        scheduler.scheduleWithFixedDelay(this::scheduledUpdate, 0, config.updateIntervalMinutes(), TimeUnit.MINUTES);
        LOG.info("Data pipeline started: {} symbols every {} min from '{}'", config.symbols().size(),
                config.updateIntervalMinutes(), config.source());
    }

    private void scheduledUpdate() {
        try {
            updateNow();
        } catch (RuntimeException e) {
            // a scheduled task that throws is never run again; log and keep the schedule alive
            LOG.error("Data pipeline update failed unexpectedly; retrying at the next interval", e);
        }
    }

    /**
     * Runs one update of every symbol and interval now, on the calling thread plus the workers.
     *
     * @return the updates delivered to listeners, in symbol order
     */
    public List<DataUpdate> updateNow() {
        synchronized (updateLock) {
            if (closed) {
                throw new IllegalStateException("the data pipeline is closed");
            }
            List<Future<List<DataUpdate>>> futures = new ArrayList<>();
            for (String symbol : config.symbols()) {
                futures.add(workers.submit(() -> updateSymbol(symbol)));
            }
            List<DataUpdate> out = new ArrayList<>();
            for (Future<List<DataUpdate>> f : futures) {
                try {
                    out.addAll(f.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                } catch (ExecutionException e) {
                    LOG.error("Unexpected error in a symbol update", e.getCause());
                }
            }
            cache.cleanup();
            quarantine.cleanup();
            return out;
        }
    }

    private List<DataUpdate> updateSymbol(String symbol) {
        List<DataUpdate> out = new ArrayList<>();
        try {
            for (BarInterval interval : config.intervals()) {
                updater.update(symbol, interval, reference).ifPresent(u -> {
                    out.add(u);
                    notifyUpdate(u);
                });
            }
            failures.remove(symbol);
        } catch (RuntimeException e) {
            // any failure, including a bug in a third-party source, stays with its symbol
            int count = failures.computeIfAbsent(symbol, s -> new AtomicInteger()).incrementAndGet();
            boolean transientFailure = e instanceof DataSourceException dse ? dse.isTransient()
                    : e instanceof java.io.UncheckedIOException;
            LOG.warn("Update of {} failed ({} in a row, {}): {}; retrying at the next update", symbol, count,
                    transientFailure ? "transient" : "permanent", e.getMessage());
            String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getName();
            notifyFailure(new DataFailure(symbol, reason, transientFailure, count, clock.instant()));
        }
        return out;
    }

    private void notifyUpdate(DataUpdate u) {
        for (DataUpdateListener l : listeners) {
            try {
                l.onUpdate(u);
            } catch (RuntimeException e) {
                LOG.warn("Data update listener {} failed on {}", l, u.symbol(), e);
            }
        }
    }

    private void notifyFailure(DataFailure f) {
        for (DataUpdateListener l : listeners) {
            try {
                l.onFailure(f);
            } catch (RuntimeException e) {
                LOG.warn("Data update listener {} failed on failure of {}", l, f.symbol(), e);
            }
        }
    }

    /** @return consecutive failed updates of {@code symbol}, 0 when its last update succeeded */
    public int consecutiveFailures(String symbol) {
        AtomicInteger c = failures.get(symbol);
        return c == null ? 0 : c.get();
    }

    @Override
    public Set<String> symbols() {
        return new LinkedHashSet<>(config.symbols());
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
        return trainingData(symbol, config.primaryInterval());
    }

    /** @return accepted bars of {@code symbol} at {@code interval} */
    public Optional<BarSeries> trainingData(String symbol, BarInterval interval) {
        return cache.read(symbol, interval);
    }

    @Override
    public void setDriftReference(String modelId, List<BarSeries> trainedOn) {
        FeatureTable features = FeatureTable.fromBars(trainedOn).newest(driftConfig.maxReferenceRows());
        if (features.rows() == 0) {
            throw new IllegalArgumentException("drift reference for " + modelId + " needs more than "
                    + FeatureTable.WARM_UP + " bars per series");
        }
        DriftReferenceStore.Reference r = new DriftReferenceStore.Reference(modelId, features);
        referenceStore.save(r);
        reference = Optional.of(r);
        LOG.info("Drift reference set for model {} ({} feature rows)", modelId, features.rows());
    }

    /** @return the id of the current drift reference, when one is set */
    public Optional<String> driftReferenceId() {
        return reference.map(DriftReferenceStore.Reference::id);
    }

    @Override
    public void close() {
        ScheduledExecutorService s;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            s = scheduler;
        }
        if (s != null) {
            s.shutdown();
        }
        synchronized (updateLock) {
            workers.shutdown();
        }
        try {
            if (s != null && !s.awaitTermination(1, TimeUnit.MINUTES)) {
                s.shutdownNow();
            }
            if (!workers.awaitTermination(1, TimeUnit.MINUTES)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.shutdownNow();
        }
        LOG.info("Data pipeline closed");
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
