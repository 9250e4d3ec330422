package io.deepscalper.monitoring.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The versioned schema of {@code metrics.db}. Each {@link Migration} runs once, in its own
 * transaction, and is recorded in {@code schema_version}; a database is brought from whatever version
 * it has to {@link #LATEST} when a writer opens it. Migrations are append-only: never edit one that has
 * shipped, add a new one.
 */
final class Schema {
    private static final Logger LOG = LoggerFactory.getLogger(Schema.class);

    /** One schema step. */
    record Migration(int version, String description, List<String> statements) {
    }

    static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "training metrics, custom metrics, evaluations, health, triggers, data reports", List.of(
                    """
                    CREATE TABLE training_metrics (
                      id INTEGER PRIMARY KEY,
                      kind TEXT NOT NULL CHECK (kind IN ('update', 'episode')),
                      step INTEGER NOT NULL,
                      update_no INTEGER,
                      episode INTEGER,
                      ts_millis INTEGER NOT NULL,
                      loss REAL, q_loss REAL, aux_loss REAL,
                      raw_return REAL, hindsight_return REAL,
                      epsilon REAL, buffer_size INTEGER, learning_rate REAL, grad_norm REAL,
                      wall_time_nanos INTEGER,
                      symbol TEXT, session_date TEXT, episode_steps INTEGER, trades INTEGER)""",
                    "CREATE INDEX training_metrics_step ON training_metrics(step)",
                    "CREATE INDEX training_metrics_ts ON training_metrics(ts_millis)",
                    """
                    CREATE TABLE custom_metrics (
                      id INTEGER PRIMARY KEY,
                      step INTEGER NOT NULL, ts_millis INTEGER NOT NULL,
                      name TEXT NOT NULL, value REAL)""",
                    "CREATE INDEX custom_metrics_name_step ON custom_metrics(name, step)",
                    """
                    CREATE TABLE evaluation_reports (
                      id INTEGER PRIMARY KEY,
                      ts_millis INTEGER NOT NULL, step INTEGER NOT NULL,
                      model_version TEXT, split TEXT NOT NULL,
                      date_from TEXT, date_to TEXT,
                      metrics_json TEXT NOT NULL, baselines_json TEXT NOT NULL)""",
                    "CREATE INDEX evaluation_reports_version ON evaluation_reports(model_version, date_from)",
                    """
                    CREATE TABLE health_reports (
                      id INTEGER PRIMARY KEY,
                      ts_millis INTEGER NOT NULL, step INTEGER NOT NULL, update_no INTEGER NOT NULL,
                      severity TEXT NOT NULL, summary TEXT NOT NULL,
                      findings_json TEXT NOT NULL, statistics_json TEXT NOT NULL)""",
                    """
                    CREATE TABLE trigger_events (
                      id INTEGER PRIMARY KEY,
                      ts_millis INTEGER NOT NULL, trigger_name TEXT NOT NULL, fired INTEGER NOT NULL,
                      reason TEXT NOT NULL, action TEXT NOT NULL, details_json TEXT NOT NULL)""",
                    """
                    CREATE TABLE data_reports (
                      id INTEGER PRIMARY KEY,
                      ts_millis INTEGER NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('quality', 'drift')),
                      source TEXT NOT NULL, symbol TEXT NOT NULL, date_from TEXT, date_to TEXT,
                      passed INTEGER NOT NULL, metrics_json TEXT NOT NULL, findings_json TEXT NOT NULL)""")),
            new Migration(2, "alerts (regression, anomaly and change-point events)", List.of(
                    """
                    CREATE TABLE alerts (
                      id INTEGER PRIMARY KEY,
                      ts_millis INTEGER NOT NULL, step INTEGER NOT NULL, kind TEXT NOT NULL,
                      severity TEXT NOT NULL, metric TEXT NOT NULL, value REAL, message TEXT NOT NULL)""",
                    "CREATE INDEX alerts_ts ON alerts(ts_millis)")),
            new Migration(3, "runs: run id and model version on training rows, cycle on evaluations", List.of(
                    """
                    CREATE TABLE training_runs (
                      run_id TEXT PRIMARY KEY,
                      mode TEXT NOT NULL, trigger_name TEXT, parent_version TEXT, model_version TEXT,
                      cycle INTEGER, started_millis INTEGER NOT NULL, ended_millis INTEGER, outcome TEXT,
                      steps INTEGER)""",
                    "ALTER TABLE training_metrics ADD COLUMN run_id TEXT",
                    "ALTER TABLE training_metrics ADD COLUMN model_version TEXT",
                    "ALTER TABLE evaluation_reports ADD COLUMN cycle INTEGER",
                    // rows written before runs were recorded: each time the step counter goes back, a new
                    // run began (every run counts from 0), so those rows are numbered legacy-1, legacy-2, ...
                    """
                    CREATE TEMP TABLE legacy_runs AS
                      SELECT id, 1 + sum(restart) OVER (ORDER BY id) AS n
                      FROM (SELECT id, CASE WHEN step < lag(step, 1, step) OVER (ORDER BY id) THEN 1 ELSE 0 END
                              AS restart FROM training_metrics)""",
                    """
                    UPDATE training_metrics SET run_id = 'legacy-' || legacy_runs.n
                      FROM legacy_runs WHERE legacy_runs.id = training_metrics.id""",
                    """
                    INSERT INTO training_runs(run_id, mode, started_millis, ended_millis, outcome, steps)
                      SELECT run_id, 'UNKNOWN', min(ts_millis), max(ts_millis), 'LEGACY', max(step)
                      FROM training_metrics GROUP BY run_id""",
                    "DROP TABLE temp.legacy_runs",
                    // the orchestrator stored its cycle number in 'step' of the versions' validation rows
                    """
                    UPDATE evaluation_reports SET cycle = step
                      WHERE model_version IS NOT NULL AND split = 'validation'""",
                    "CREATE INDEX training_metrics_run ON training_metrics(run_id, step)",
                    "CREATE INDEX training_metrics_version ON training_metrics(model_version)",
                    "CREATE INDEX evaluation_reports_cycle ON evaluation_reports(cycle)")),
            new Migration(4, "hyperparameter-search trials", List.of(
                    """
                    CREATE TABLE tuning_trials (
                      id INTEGER PRIMARY KEY,
                      search_id TEXT NOT NULL, trial INTEGER NOT NULL, ts_millis INTEGER NOT NULL,
                      sampler TEXT NOT NULL, seed INTEGER NOT NULL, status TEXT NOT NULL, stop_reason TEXT,
                      steps INTEGER NOT NULL, score REAL, sharpe REAL, wall_millis INTEGER NOT NULL,
                      values_json TEXT NOT NULL, curve_json TEXT NOT NULL, metrics_json TEXT NOT NULL)""",
                    "CREATE INDEX tuning_trials_search ON tuning_trials(search_id, trial)")));

    /** The schema version this code writes. */
    static final int LATEST = MIGRATIONS.get(MIGRATIONS.size() - 1).version();

    private Schema() {
    }

    /** @return the version recorded in the database, 0 for a new one */
    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(
                     "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                return 0;
            }
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Applies every migration above the database's version up to {@code target}.
     *
     * @throws IllegalStateException when the database is newer than this code
     */
    static void migrate(Connection c, int target, String where) throws SQLException {
        int current = currentVersion(c);
        if (current > LATEST) {
            throw new IllegalStateException("metrics database " + where + " has schema version " + current
                    + " but this deepscalper only knows up to " + LATEST
                    + "; upgrade deepscalper or point it at another working directory");
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                        + "description TEXT NOT NULL, applied_at_millis INTEGER NOT NULL)");
            }
            c.commit();
            for (Migration m : MIGRATIONS) {
                if (m.version() <= current || m.version() > target) {
                    continue;
                }
                try (Statement s = c.createStatement()) {
                    for (String sql : m.statements()) {
                        s.execute(sql);
                    }
                    s.execute("INSERT INTO schema_version(version, description, applied_at_millis) VALUES ("
                            + m.version() + ", '" + m.description().replace("'", "''") + "', "
                            + System.currentTimeMillis() + ")");
                }
                c.commit();
                LOG.info("metrics database {}: applied schema migration {} ({})", where, m.version(), m.description());
            }
        } catch (SQLException | RuntimeException e) {
            // on a full disk SQLite may have ended the transaction itself; the follow-up errors ("cannot
            // commit - no transaction is active") must not replace the one that names the cause
            try {
                c.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            try {
                c.setAutoCommit(auto);
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        c.setAutoCommit(auto);
    }
}
