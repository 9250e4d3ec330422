package io.deepscalper.monitoring.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19.6: on a full disk the commit fails and SQLite ends the transaction itself; switching back to
 * auto-commit then fails with "cannot commit - no transaction is active". That second error must not
 * replace the first, which names the real cause.
 */
class BatchWriterRootCauseTest {
    @TempDir
    Path dir;

    @Test
    void aFailedCommitKeepsItsCauseWhenRestoringAutoCommitAlsoFails() throws Exception {
        Path file = dir.resolve("metrics.db");
        MetricsStore.open(file, StoreConfig.defaults()).close();
        Connection real = StoreConnections.open(file, StoreConfig.defaults(), false);
        AtomicBoolean diskFull = new AtomicBoolean(true);
        Connection failing = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (diskFull.get() && method.getName().equals("commit")) {
                        throw new SQLException("[SQLITE_FULL] Insertion failed because database is full "
                                + "(database or disk is full)");
                    }
                    if (diskFull.get() && method.getName().equals("setAutoCommit") && Boolean.TRUE.equals(args[0])) {
                        throw new SQLException("[SQLITE_ERROR] SQL error or missing database (cannot commit - no "
                                + "transaction is active)");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        try {
            BatchWriter w = new BatchWriter(failing, 500, file);
            w.add(Events.update(1), null, null);
            assertThatThrownBy(w::flush).isInstanceOf(MetricsStoreException.class)
                    .hasMessageContaining("database or disk is full")
                    .hasMessageNotContaining("no transaction is active")
                    .satisfies(e -> assertThat(e.getCause().getSuppressed()).hasSize(1));
            // space freed: the buffered row is retried and committed
            diskFull.set(false);
            w.flush();
        } finally {
            real.close();
        }
        try (MetricsStore reader = MetricsStore.openReadOnly(file)) {
            assertThat(reader.count(MetricsTable.TRAINING_METRICS)).isEqualTo(1);
        }
    }

    @Test
    void aMigrationOnAFullDiskFailsWithTheFullDiskNotWithTheFollowUpError() throws Exception {
        Path file = dir.resolve("fresh.db");
        try (Connection real = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Connection failing = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "commit" -> throw new SQLException("[SQLITE_FULL] database or disk is full");
                            case "rollback" -> throw new SQLException("cannot rollback - no transaction is active");
                            case "setAutoCommit" -> {
                                if (Boolean.TRUE.equals(args[0])) {
                                    throw new SQLException("cannot commit - no transaction is active");
                                }
                            }
                            default -> {
                            }
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            assertThatThrownBy(() -> Schema.migrate(failing, Schema.LATEST, file.toString()))
                    .isInstanceOf(SQLException.class).hasMessageContaining("database or disk is full")
                    .satisfies(e -> assertThat(e.getSuppressed()).hasSize(2));
        }
    }
}
