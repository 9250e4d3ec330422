package io.deepscalper.monitoring.store;

import io.deepscalper.api.health.HealthReport;
import io.deepscalper.api.metrics.AlertEvent;
import io.deepscalper.api.metrics.DataReport;
import io.deepscalper.api.metrics.MetricsWriter;
import io.deepscalper.api.metrics.RunEnd;
import io.deepscalper.api.metrics.RunStart;
import io.deepscalper.api.metrics.TriggerEvent;
import io.deepscalper.api.train.EpisodeEvent;
import io.deepscalper.api.train.EvaluationEvent;
import io.deepscalper.api.train.TrainingControl;
import io.deepscalper.api.train.TrainingEnd;
import io.deepscalper.api.train.UpdateEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable metrics store: {@code metrics.db}, SQLite in WAL mode.
 *
 * <p><b>Writing.</b> Training metrics and custom scalars are buffered and written in one transaction
 * per {@link StoreConfig#batchSize()} rows, and at least every {@link StoreConfig#flushIntervalMillis()}
 * by a background thread, so logging is not a bottleneck and a reader still sees recent rows.
 * Evaluations, health reports, trigger events, alerts and data reports are rare and important: each
 * commits at once (with whatever is pending). {@code synchronous=NORMAL} in WAL mode means a committed
 * transaction survives a crash or kill -9 of this process; only an OS crash or power loss may drop the
 * last transactions, never corrupt the file.
 *
 * <p><b>Reading.</b> {@link #openReadOnly(Path)} opens the same file from another process (the CLI)
 * while a trainer writes: WAL lets readers see every committed transaction without blocking the writer.
 *
 * <p>Thread-safe: every operation holds the store's lock. Use one writer per file; SQLite would
 * serialise several, but the orchestrator's one-trainer-per-directory lock already guarantees one.
 */
public final class MetricsStore implements MetricsWriter {
    /** The file name in the working directory. */
    public static final String FILE_NAME = "metrics.db";

    private static final Logger LOG = LoggerFactory.getLogger(MetricsStore.class);

    private final Path file;
    private final StoreConfig config;
    private final boolean readOnly;
    private final Connection connection;
    private final StoreQueries queries;
    private final BatchWriter writer;
    private final ScheduledExecutorService flusher;
    private final Object lock = new Object();
    private boolean closed;
    // the run the training rows now arriving belong to (see onRunStart), and the version it continues
    private String currentRun;
    private String currentVersion;

    private MetricsStore(Path file, StoreConfig config, boolean readOnly) {
        this.file = file.toAbsolutePath();
        this.config = config;
        this.readOnly = readOnly;
        try {
            this.connection = StoreConnections.open(this.file, config, readOnly);
            this.queries = new StoreQueries(connection);
            this.writer = readOnly ? null : new BatchWriter(connection, config.batchSize(), this.file);
            this.flusher = readOnly ? null : BatchWriter.startFlusher(config.flushIntervalMillis(), this::flush, this.file);
        } catch (SQLException e) {
            throw new MetricsStoreException("cannot open metrics database " + this.file + ": " + e.getMessage()
                    + " (is the directory writable and the file a SQLite database?)", e);
        }
        LOG.debug("opened metrics database {} ({})", this.file, readOnly ? "read-only" : "read-write");
    }

    /** Opens (creating and migrating when needed) {@code metrics.db} in {@code workingDirectory}. */
    public static MetricsStore inWorkingDirectory(Path workingDirectory) {
        return open(workingDirectory.resolve(FILE_NAME), StoreConfig.defaults());
    }

    /**
     * Opens a database for writing, creating it and applying schema migrations as needed.
     *
     * @throws MetricsStoreException when the file cannot be opened or is not a SQLite database
     * @throws IllegalStateException when it was written by a newer version
     */
    public static MetricsStore open(Path file, StoreConfig config) {
        Objects.requireNonNull(config, "config");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new MetricsStoreException("cannot create the directory for metrics database " + file, e);
        }
        return new MetricsStore(file, config, false);
    }

    /**
     * Opens an existing database for reading only, e.g. from the CLI while a trainer writes.
     *
     * @throws MetricsStoreException when there is no database at {@code file}
     */
    public static MetricsStore openReadOnly(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new MetricsStoreException("no metrics database at " + file.toAbsolutePath()
                    + "; start training in that working directory first, or pass the right --dir", null);
        }
        return new MetricsStore(file, StoreConfig.defaults(), true);
    }

    /**
     * Brings an existing database written by an older deepscalper to the current schema, so that readers can open
     * it. Only call it while no trainer writes the file (a trainer migrates it itself when it starts).
     *
     * @return true when migrations were applied, false when the file was current already
     * @throws MetricsStoreException when there is no database at {@code file} or it cannot be opened
     */
    public static boolean migrateIfOlder(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new MetricsStoreException("no metrics database at " + file.toAbsolutePath(), null);
        }
        int before;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            before = Schema.currentVersion(c);
        } catch (SQLException e) {
            throw new MetricsStoreException("cannot read the schema version of " + file.toAbsolutePath() + ": "
                    + e.getMessage(), e);
        }
        if (before >= Schema.LATEST) {
            return false;
        }
        open(file, StoreConfig.builder().flushIntervalMillis(0).build()).close();
        return true;
    }

    /** @return the database file */
    public Path file() {
        return file;
    }

    /** @return the schema version of the file */
    public int schemaVersion() {
        return read(() -> Schema.currentVersion(connection));
    }

    // ------------------------------------------------------------------ writing

    /** Buffers one learner update. */
    public void logUpdate(UpdateEvent event) {
        synchronized (lock) {
            writable();
            writer.add(event, currentRun, currentVersion);
        }
    }

    /** Buffers one finished episode. */
    public void logEpisode(EpisodeEvent event) {
        synchronized (lock) {
            writable();
            writer.add(event, currentRun, currentVersion);
        }
    }

    /**
     * Records the start (or resumption) of a run in {@code training_runs}; until {@link #logRunEnd} every
     * training row carries its run id and the version it continues.
     */
    public void logRunStart(RunStart run) {
        Objects.requireNonNull(run, "run");
        synchronized (lock) {
            writeNow(EventRows.UPSERT_RUN, ps -> EventRows.bind(ps, run));
            currentRun = run.runId();
            currentVersion = run.parentVersion();
        }
    }

    /**
     * Records the end of a run in {@code training_runs}, with the version it produced. Its training rows are not
     * rewritten (committed rows never change); readers join the run's version, see {@link TrainingMetric#modelVersion()}.
     */
    public void logRunEnd(RunEnd end) {
        Objects.requireNonNull(end, "end");
        synchronized (lock) {
            writable();
            writer.commitNow(EventRows.END_RUN, ps -> EventRows.bind(ps, end));
            if (end.runId().equals(currentRun)) {
                currentRun = null;
                currentVersion = null;
            }
        }
    }

    /** Buffers one custom scalar; allocates nothing. */
    public void logMetric(long step, long timestampMillis, String name, double value) {
        Objects.requireNonNull(name, "name");
        synchronized (lock) {
            writable();
            writer.addCustom(step, timestampMillis, name, value);
        }
    }

    /** Commits an evaluation of {@code modelVersion} (null: the model in training) now, with no cycle. */
    public void logEvaluation(String modelVersion, EvaluationEvent event) {
        logEvaluation(modelVersion, -1, event);
    }

    /**
     * Commits an evaluation of {@code modelVersion} made in orchestrator cycle {@code cycle} now.
     *
     * @param cycle the cycle, or -1 for none (an evaluation made during training)
     */
    public void logEvaluation(String modelVersion, long cycle, EvaluationEvent event) {
        writeNow(EventRows.INSERT_EVALUATION, ps -> EventRows.bind(ps, modelVersion, cycle, event));
    }

    /** Commits a health report now. */
    public void logHealth(HealthReport report) {
        writeNow(EventRows.INSERT_HEALTH, ps -> EventRows.bind(ps, report));
    }

    /** Commits a trigger decision now. */
    public void logTrigger(TriggerEvent event) {
        writeNow(EventRows.INSERT_TRIGGER, ps -> EventRows.bind(ps, event));
    }

    /** Commits an alert now. */
    public void logAlert(AlertEvent event) {
        writeNow(EventRows.INSERT_ALERT, ps -> EventRows.bind(ps, event));
    }

    /** Commits a data-quality or drift report now. */
    public void logDataReport(DataReport report) {
        writeNow(EventRows.INSERT_DATA_REPORT, ps -> EventRows.bind(ps, report));
    }

    /** Commits one hyperparameter-search trial now. */
    public void logTrial(TrialRecord trial) {
        writeNow(TrialRows.INSERT, ps -> TrialRows.bind(ps, trial));
    }

    /** Commits every buffered row in one transaction. */
    @Override
    public void flush() {
        synchronized (lock) {
            if (readOnly || closed) {
                return;
            }
            writer.flush();
        }
    }

    /** Stops the background flush, commits what is buffered and closes the connection. Idempotent. */
    @Override
    public void close() {
        if (flusher != null) {
            flusher.shutdown();
        }
        synchronized (lock) {
            if (closed) {
                return;
            }
            try {
                if (!readOnly) {
                    writer.flush();
                }
            } finally {
                closed = true;
                try {
                    connection.close();
                } catch (SQLException e) {
                    LOG.warn("closing metrics database {} failed: {}", file, e.getMessage());
                }
            }
        }
    }

    // ------------------------------------------------------------------ MetricsWriter

    @Override
    public void onUpdate(UpdateEvent event, TrainingControl control) {
        logUpdate(event);
    }

    @Override
    public void onEpisode(EpisodeEvent event, TrainingControl control) {
        logEpisode(event);
    }

    @Override
    public void onEvaluation(String modelVersion, EvaluationEvent event) {
        logEvaluation(modelVersion, event);
    }

    @Override
    public void onEvaluation(String modelVersion, long cycle, EvaluationEvent event) {
        logEvaluation(modelVersion, cycle, event);
    }

    @Override
    public void onRunStart(RunStart run) {
        logRunStart(run);
    }

    @Override
    public void onRunEnd(RunEnd end) {
        logRunEnd(end);
    }

    @Override
    public void onHealth(HealthReport report) {
        logHealth(report);
    }

    @Override
    public void onTrigger(TriggerEvent event) {
        logTrigger(event);
    }

    @Override
    public void onAlert(AlertEvent event) {
        logAlert(event);
    }

    @Override
    public void onDataReport(DataReport report) {
        logDataReport(report);
    }

    @Override
    public void onMetric(long step, long timestampMillis, String name, double value) {
        logMetric(step, timestampMillis, name, value);
    }

    @Override
    public void onTrainingEnd(long step, TrainingEnd end) {
        flush();
    }

    // ------------------------------------------------------------------ reading

    /** @return the last {@code n} training-metric rows, oldest first (pending rows are committed first) */
    public List<TrainingMetric> recent(int n) {
        return recent(n, TrainingFilter.all());
    }

    /** @return the last {@code n} training-metric rows that pass {@code filter}, oldest first */
    public List<TrainingMetric> recent(int n, TrainingFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return readLast(n, () -> queries.recentTraining(n, filter));
    }

    /** @return every training run recorded, oldest start first */
    public List<TrainingRun> runs() {
        return read(queries::runs);
    }

    /** @return training-metric rows with {@code fromStep <= step < toStepExclusive}, in insertion order */
    public List<TrainingMetric> trainingBySteps(long fromStep, long toStepExclusive) {
        return read(() -> queries.trainingBySteps(fromStep, toStepExclusive));
    }

    /** @return training-metric rows with {@code from <= timestamp < toExclusive}, in insertion order */
    public List<TrainingMetric> trainingBetween(Instant from, Instant toExclusive) {
        return read(() -> queries.trainingByTime(from.toEpochMilli(), toExclusive.toEpochMilli()));
    }

    /**
     * @param series    which column
     * @param maxPoints upper bound on the points returned (rows are averaged in equal step buckets)
     * @return the series over steps, for charts of long runs without loading every row
     */
    public StepSeries series(TrainingSeries series, int maxPoints) {
        return readLast(maxPoints, () -> queries.series(series, maxPoints));
    }

    /** @return {@link #series(TrainingSeries, int)} of the rows that pass {@code filter}, e.g. one run's */
    public StepSeries series(TrainingSeries series, TrainingFilter filter, int maxPoints) {
        Objects.requireNonNull(filter, "filter");
        return readLast(maxPoints, () -> queries.series(series, filter, maxPoints));
    }

    /** @return custom scalars called {@code name} with {@code fromStep <= step < toStepExclusive} */
    public List<MetricPoint> metric(String name, long fromStep, long toStepExclusive) {
        return read(() -> queries.custom(name, fromStep, toStepExclusive));
    }

    /**
     * @param modelVersion a registry version, or null for every version
     * @param from         earliest first session, or null for no bound
     * @param to           latest last session, or null for no bound
     * @return evaluation reports whose date range lies in {@code [from, to]}, oldest first
     */
    public List<EvaluationRecord> evaluations(String modelVersion, LocalDate from, LocalDate to) {
        return read(() -> queries.evaluations(modelVersion, from, to));
    }

    /** @return the last {@code n} evaluation reports, oldest first */
    public List<EvaluationRecord> recentEvaluations(int n) {
        return readLast(n, () -> queries.recentEvaluations(n));
    }

    /** @return the last {@code n} health reports, oldest first */
    public List<HealthReport> recentHealthReports(int n) {
        return readLast(n, () -> queries.recentHealth(n));
    }

    /** @return the last {@code n} trigger events, oldest first */
    public List<TriggerEvent> recentTriggerEvents(int n) {
        return readLast(n, () -> queries.recentTriggers(n));
    }

    /** @return the last {@code n} alerts, oldest first */
    public List<AlertEvent> recentAlerts(int n) {
        return readLast(n, () -> queries.recentAlerts(n));
    }

    /** @return the last {@code n} data-quality and drift reports, oldest first */
    public List<DataReport> recentDataReports(int n) {
        return readLast(n, () -> queries.recentDataReports(n));
    }

    /** @return the trials of search {@code searchId} (null: of every search), in the order they were stored */
    public List<TrialRecord> trials(String searchId) {
        return read(() -> TrialRows.query(connection, searchId));
    }

    /** @return SQLite's {@code PRAGMA integrity_check} verdict: {@code "ok"} for a sound file */
    public String integrityCheck() {
        return read(queries::integrityCheck);
    }

    /** @return committed rows in {@code table} */
    public long count(MetricsTable table) {
        return read(() -> queries.count(table));
    }

    /** Writes the training metrics as CSV, atomically; @return rows written */
    public long exportCsv(Path target) {
        return exportCsv(MetricsTable.TRAINING_METRICS, target);
    }

    /** Writes {@code table} as CSV with a header, atomically; @return rows written */
    public long exportCsv(MetricsTable table, Path target) {
        return exportCsv(table, TrainingFilter.all(), target);
    }

    /**
     * Writes the rows of {@code table} that pass {@code filter} as CSV with a header, atomically; only
     * {@link MetricsTable#TRAINING_METRICS} can be filtered. @return rows written
     */
    public long exportCsv(MetricsTable table, TrainingFilter filter, Path target) {
        Objects.requireNonNull(filter, "filter");
        return read(() -> {
            try {
                return CsvExport.export(connection, table, filter, target);
            } catch (IOException e) {
                throw new MetricsStoreException("cannot write CSV export " + target + ": " + e.getMessage(), e);
            }
        });
    }

    // ------------------------------------------------------------------ internals

    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private <T> T read(SqlCall<T> call) {
        synchronized (lock) {
            open();
            if (!readOnly) {
                writer.flush();
            }
            try {
                return call.call();
            } catch (SQLException e) {
                throw new MetricsStoreException("query on metrics database " + file + " failed: " + e.getMessage(), e);
            }
        }
    }

    /** {@link #read} for queries bounded by a row count, which must be at least 1. */
    private <T> T readLast(int n, SqlCall<T> call) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1 but was " + n);
        }
        return read(call);
    }

    private void writeNow(String sql, BatchWriter.Binder binder) {
        synchronized (lock) {
            writable();
            writer.commitNow(sql, binder);
        }
    }

    private void writable() {
        open();
        if (readOnly) {
            throw new IllegalStateException("metrics database " + file + " was opened read-only; "
                    + "open it with MetricsStore.open to write");
        }
    }

    private void open() {
        if (closed) {
            throw new IllegalStateException("metrics database " + file + " is closed");
        }
    }
}
