package io.deepscalper.monitoring.store;

import io.deepscalper.api.health.HealthReport;
import io.deepscalper.api.metrics.AlertEvent;
import io.deepscalper.api.metrics.DataReport;
import io.deepscalper.api.metrics.RunEnd;
import io.deepscalper.api.metrics.RunStart;
import io.deepscalper.api.metrics.TriggerEvent;
import io.deepscalper.api.train.EvaluationEvent;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;

/** SQL and parameter binding for the rare, commit-at-once rows: evaluations, health, triggers, alerts, data reports. */
final class EventRows {
    static final String INSERT_EVALUATION = "INSERT INTO evaluation_reports(ts_millis, step, model_version, split, "
            + "date_from, date_to, metrics_json, baselines_json, cycle) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** A resumed run keeps its first start time and parent; mode, trigger and cycle are those of the restart. */
    static final String UPSERT_RUN = "INSERT INTO training_runs(run_id, mode, trigger_name, parent_version, "
            + "model_version, cycle, started_millis) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(run_id) DO UPDATE SET "
            + "mode = excluded.mode, trigger_name = excluded.trigger_name, cycle = excluded.cycle, "
            + "ended_millis = NULL, outcome = NULL";
    static final String END_RUN = "UPDATE training_runs SET model_version = coalesce(?, model_version), "
            + "ended_millis = ?, outcome = ?, steps = ? WHERE run_id = ?";
    /** Gives the produced version to the rows that so far carried the continued one (or none). */
    static final String VERSION_RUN_ROWS = "UPDATE training_metrics SET model_version = ? WHERE run_id = ?";
    static final String INSERT_HEALTH = "INSERT INTO health_reports(ts_millis, step, update_no, severity, summary, "
            + "findings_json, statistics_json) VALUES (?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_TRIGGER = "INSERT INTO trigger_events(ts_millis, trigger_name, fired, reason, action, "
            + "details_json) VALUES (?, ?, ?, ?, ?, ?)";
    static final String INSERT_ALERT = "INSERT INTO alerts(ts_millis, step, kind, severity, metric, value, message) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_DATA_REPORT = "INSERT INTO data_reports(ts_millis, kind, source, symbol, date_from, "
            + "date_to, passed, metrics_json, findings_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private EventRows() {
    }

    static void bind(PreparedStatement ps, String modelVersion, long cycle, EvaluationEvent e) throws SQLException {
        ps.setLong(1, e.timestampMillis());
        ps.setLong(2, e.step());
        ps.setString(3, modelVersion);
        ps.setString(4, e.split());
        ps.setString(5, e.from() == null ? null : e.from().toString());
        ps.setString(6, e.to() == null ? null : e.to().toString());
        ps.setString(7, ColumnJson.write(e.metrics()));
        ps.setString(8, ColumnJson.write(e.baselines() == null ? Map.of() : e.baselines()));
        if (cycle < 0) {
            ps.setNull(9, Types.INTEGER);
        } else {
            ps.setLong(9, cycle);
        }
    }

    static void bind(PreparedStatement ps, RunStart r) throws SQLException {
        ps.setString(1, r.runId());
        ps.setString(2, r.mode());
        ps.setString(3, r.trigger());
        ps.setString(4, r.parentVersion());
        ps.setString(5, r.parentVersion());
        ps.setLong(6, r.cycle());
        ps.setLong(7, r.timestampMillis());
    }

    static void bind(PreparedStatement ps, RunEnd r) throws SQLException {
        ps.setString(1, r.modelVersion());
        ps.setLong(2, r.timestampMillis());
        ps.setString(3, r.outcome());
        ps.setLong(4, r.steps());
        ps.setString(5, r.runId());
    }

    static void bind(PreparedStatement ps, HealthReport r) throws SQLException {
        ps.setLong(1, r.timestampMillis());
        ps.setLong(2, r.step());
        ps.setLong(3, r.update());
        ps.setString(4, r.severity().name());
        ps.setString(5, r.summary());
        ps.setString(6, ColumnJson.write(r.findings()));
        ps.setString(7, ColumnJson.write(r.statistics()));
    }

    static void bind(PreparedStatement ps, TriggerEvent e) throws SQLException {
        ps.setLong(1, e.timestampMillis());
        ps.setString(2, e.trigger());
        ps.setInt(3, e.fired() ? 1 : 0);
        ps.setString(4, e.reason());
        ps.setString(5, e.action());
        ps.setString(6, ColumnJson.write(e.details()));
    }

    static void bind(PreparedStatement ps, AlertEvent e) throws SQLException {
        ps.setLong(1, e.timestampMillis());
        ps.setLong(2, e.step());
        ps.setString(3, e.kind());
        ps.setString(4, e.severity().name());
        ps.setString(5, e.metric());
        ps.setDouble(6, e.value());
        ps.setString(7, e.message());
    }

    static void bind(PreparedStatement ps, DataReport r) throws SQLException {
        ps.setLong(1, r.timestampMillis());
        ps.setString(2, r.kind());
        ps.setString(3, r.source());
        ps.setString(4, r.symbol());
        ps.setString(5, r.from() == null ? null : r.from().toString());
        ps.setString(6, r.to() == null ? null : r.to().toString());
        ps.setInt(7, r.passed() ? 1 : 0);
        ps.setString(8, ColumnJson.write(r.metrics()));
        ps.setString(9, ColumnJson.write(r.findings()));
    }
}
