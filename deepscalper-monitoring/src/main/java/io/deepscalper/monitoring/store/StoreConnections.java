package io.deepscalper.monitoring.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Opens the SQLite connection of a {@link MetricsStore}: WAL and {@code synchronous=NORMAL} plus schema
 * migration for a writer; a version check and {@code query_only} for a reader. A connection that fails
 * any step is closed before the error propagates, so no file handle is left behind.
 */
final class StoreConnections {
    private StoreConnections() {
    }

    static Connection open(Path file, StoreConfig config, boolean readOnly) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        try {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = " + config.busyTimeoutMillis());
                if (!readOnly) {
                    s.execute("PRAGMA journal_mode = WAL");
                    // with WAL, NORMAL syncs at checkpoints only: commits survive a process crash, not power loss
                    s.execute("PRAGMA synchronous = NORMAL");
                }
            }
            if (readOnly) {
                checkReadableVersion(c, file);
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA query_only = 1");
                }
            } else {
                Schema.migrate(c, Schema.LATEST, file.toString());
            }
            return c;
        } catch (SQLException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private static void checkReadableVersion(Connection c, Path file) throws SQLException {
        int v = Schema.currentVersion(c);
        if (v != Schema.LATEST) {
            throw new IllegalStateException("metrics database " + file + " has schema version " + v
                    + " but this reader needs " + Schema.LATEST + (v < Schema.LATEST
                    ? "; open it once for writing (start the trainer) to migrate it"
                    : "; upgrade deepscalper"));
        }
    }
}
