package io.deepscalper.dashboard;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A {@code metrics.db} written with plain SQL, for tests that need one layout whatever schema version the
 * monitoring module writes today: the training table as the first schema has it, optionally with the
 * {@code run_id} and {@code model_version} columns and the {@code training_runs} table of the run schema.
 */
final class RawStore implements AutoCloseable {
    private final Connection c;
    private final boolean runs;

    private RawStore(Connection c, boolean runs) {
        this.c = c;
        this.runs = runs;
    }

    /** Opens a store made by {@link #create} again, to add rows. */
    static RawStore open(Path workdir, boolean withRuns) throws SQLException {
        return new RawStore(DriverManager.getConnection("jdbc:sqlite:" + workdir.resolve("metrics.db")), withRuns);
    }

    static RawStore create(Path workdir, boolean withRuns) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + workdir.resolve("metrics.db"));
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("CREATE TABLE training_metrics (id INTEGER PRIMARY KEY, "
                    + "kind TEXT NOT NULL CHECK (kind IN ('update', 'episode')), step INTEGER NOT NULL, update_no INTEGER, "
                    + "episode INTEGER, ts_millis INTEGER NOT NULL, loss REAL, q_loss REAL, aux_loss REAL, raw_return REAL, "
                    + "hindsight_return REAL, epsilon REAL, buffer_size INTEGER, learning_rate REAL, grad_norm REAL, "
                    + "wall_time_nanos INTEGER, symbol TEXT, session_date TEXT, episode_steps INTEGER, trades INTEGER"
                    + (withRuns ? ", run_id TEXT, model_version TEXT" : "") + ")");
            if (withRuns) {
                s.execute("CREATE TABLE training_runs (run_id TEXT PRIMARY KEY, mode TEXT NOT NULL, trigger_name TEXT, "
                        + "parent_version TEXT, model_version TEXT, cycle INTEGER, started_millis INTEGER NOT NULL, "
                        + "ended_millis INTEGER, outcome TEXT, steps INTEGER)");
            }
        }
        return new RawStore(c, withRuns);
    }

    /** Adds a learner-update row (run and version only where the layout has them). */
    RawStore update(long step, double loss, String run, String version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO training_metrics(kind, step, update_no, ts_millis, "
                + "loss, q_loss, aux_loss, epsilon, grad_norm" + (runs ? ", run_id, model_version" : "")
                + ") VALUES ('update', ?, ?, ?, ?, ?, ?, 0.1, 0.3" + (runs ? ", ?, ?" : "") + ")")) {
            ps.setLong(1, step);
            ps.setLong(2, step);
            ps.setLong(3, step);
            ps.setDouble(4, loss);
            ps.setDouble(5, loss / 2);
            ps.setDouble(6, loss / 4);
            if (runs) {
                ps.setString(7, run);
                ps.setString(8, version);
            }
            ps.executeUpdate();
        }
        return this;
    }

    /** Adds an episode row. */
    RawStore episode(long step, double rawReturn) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO training_metrics(kind, step, episode, ts_millis, "
                + "raw_return, hindsight_return, trades) VALUES ('episode', ?, 1, ?, ?, ?, 3)")) {
            ps.setLong(1, step);
            ps.setLong(2, step);
            ps.setDouble(3, rawReturn);
            ps.setDouble(4, rawReturn * 2);
            ps.executeUpdate();
        }
        return this;
    }

    /** Records a run in {@code training_runs}. */
    RawStore run(String run, String mode, String trigger, String outcome) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO training_runs(run_id, mode, trigger_name, "
                + "started_millis, outcome) VALUES (?, ?, ?, 0, ?)")) {
            ps.setString(1, run);
            ps.setString(2, mode);
            ps.setString(3, trigger);
            ps.setString(4, outcome);
            ps.executeUpdate();
        }
        return this;
    }

    @Override
    public void close() throws SQLException {
        c.close();
    }
}
