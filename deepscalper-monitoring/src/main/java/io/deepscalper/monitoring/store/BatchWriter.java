package io.deepscalper.monitoring.store;

import io.deepscalper.api.train.EpisodeEvent;
import io.deepscalper.api.train.UpdateEvent;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The write side of {@link MetricsStore}: buffers rows and commits them in one transaction per batch.
 * Not thread-safe on its own; the store calls it under its lock.
 */
final class BatchWriter {
    private static final Logger LOG = LoggerFactory.getLogger(BatchWriter.class);

    /** Binds the parameters of one insert. */
    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private final Connection connection;
    private final int batchSize;
    private final Path file;
    private final PendingRows pending;
    private final PreparedStatement insertTraining;
    private final PreparedStatement insertCustom;

    BatchWriter(Connection connection, int batchSize, Path file) throws SQLException {
        this.connection = connection;
        this.batchSize = batchSize;
        this.file = file;
        this.pending = new PendingRows(batchSize);
        this.insertTraining = connection.prepareStatement(PendingRows.INSERT_TRAINING);
        this.insertCustom = connection.prepareStatement(PendingRows.INSERT_CUSTOM);
    }

    /** Starts a daemon thread that calls {@code flush} every {@code periodMillis}; null when the period is 0. */
    static ScheduledExecutorService startFlusher(long periodMillis, Runnable flush, Path file) {
        if (periodMillis == 0) {
            return null;
        }
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "metrics-store-flush");
            t.setDaemon(true);
            return t;
        });
        s.scheduleWithFixedDelay(() -> {
            try {
                flush.run();
            } catch (RuntimeException e) {
                LOG.warn("background flush of {} failed; rows stay buffered and are retried: {}", file,
                        e.getMessage());
            }
        }, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        return s;
    }

    void add(UpdateEvent e, String runId, String version) {
        pending.add(e, runId, version);
        flushIfFull();
    }

    void add(EpisodeEvent e, String runId, String version) {
        pending.add(e, runId, version);
        flushIfFull();
    }

    void addCustom(long step, long ts, String name, double value) {
        if (!pending.addCustom(step, ts, name, value)) {
            flush();
            pending.addCustom(step, ts, name, value);
        }
        flushIfFull();
    }

    /** Commits the buffered rows and one more row in a single transaction. */
    void commitNow(String sql, Binder binder) {
        commitNow(List.of(new Statement(sql, binder)));
    }

    /** One write of a {@link #commitNow(List)} transaction. */
    record Statement(String sql, Binder binder) {
    }

    /** Commits the buffered rows and the given writes in a single transaction, in order. */
    void commitNow(List<Statement> statements) {
        try {
            transaction(() -> {
                for (Statement st : statements) {
                    try (PreparedStatement ps = connection.prepareStatement(st.sql())) {
                        st.binder().bind(ps);
                        ps.executeUpdate();
                    }
                }
            });
        } catch (SQLException e) {
            throw new MetricsStoreException("write to metrics database " + file + " failed: " + e.getMessage(), e);
        }
    }

    /** Commits every buffered row in one transaction; on failure the rows stay buffered. */
    void flush() {
        if (pending.size() == 0) {
            return;
        }
        try {
            transaction(() -> {
            });
        } catch (SQLException e) {
            throw new MetricsStoreException("write of " + pending.size() + " buffered rows to metrics database "
                    + file + " failed: " + e.getMessage() + "; they stay buffered and are retried", e);
        }
    }

    private interface Work {
        void run() throws SQLException;
    }

    private void transaction(Work extra) throws SQLException {
        connection.setAutoCommit(false);
        try {
            pending.bind(insertTraining, insertCustom);
            if (pending.hasTraining()) {
                insertTraining.executeBatch();
            }
            if (pending.hasCustom()) {
                insertCustom.executeBatch();
            }
            extra.run();
            connection.commit();
            pending.clear();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            restoreAutoCommit(e);
            throw e;
        }
        connection.setAutoCommit(true);
    }

    /**
     * Back to auto-commit after a failed transaction without hiding why it failed: on a full disk SQLite
     * may already have ended the transaction, and setAutoCommit then throws "cannot commit - no transaction
     * is active", which used to replace the real cause ("database or disk is full").
     */
    private void restoreAutoCommit(Exception original) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            original.addSuppressed(e);
        }
    }

    private void flushIfFull() {
        if (pending.size() >= batchSize) {
            flush();
        }
    }

    private void rollbackQuietly() {
        try {
            insertTraining.clearBatch();
            insertCustom.clearBatch();
            connection.rollback();
        } catch (SQLException e) {
            LOG.warn("rollback on metrics database {} failed: {}", file, e.getMessage());
        }
    }
}
