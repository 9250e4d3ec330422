package io.deepscalper.monitoring.store;

import com.fasterxml.jackson.core.type.TypeReference;
import io.deepscalper.api.health.HealthFinding;
import io.deepscalper.api.health.HealthReport;
import io.deepscalper.api.health.HealthSeverity;
import io.deepscalper.api.metrics.AlertEvent;
import io.deepscalper.api.metrics.DataReport;
import io.deepscalper.api.metrics.TriggerEvent;
import io.deepscalper.api.train.EvaluationEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The read side of {@link MetricsStore}: SQL and row mapping, one method per query. */
final class StoreQueries {
    private static final TypeReference<List<HealthFinding>> FINDINGS = new TypeReference<>() {
    };
    private static final String TRAINING_COLUMNS = "kind, step, update_no, episode, ts_millis, loss, q_loss, "
            + "aux_loss, raw_return, hindsight_return, epsilon, buffer_size, learning_rate, grad_norm, "
            + "wall_time_nanos, symbol, session_date, episode_steps, trades, run_id, model_version";
    private static final String EVALUATION_COLUMNS = "id, model_version, step, split, date_from, date_to, "
            + "metrics_json, baselines_json, ts_millis, cycle";

    private final Connection c;

    StoreQueries(Connection c) {
        this.c = c;
    }

    /** Last {@code n} rows that pass {@code filter}, in insertion order (oldest first). */
    List<TrainingMetric> recentTraining(int n, TrainingFilter filter) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + TRAINING_COLUMNS
                + " FROM training_metrics WHERE " + filter.where() + " ORDER BY id DESC LIMIT ?")) {
            int i = bind(ps, filter);
            ps.setInt(i, n);
            List<TrainingMetric> rows = trainingRows(ps);
            Collections.reverse(rows);
            return rows;
        }
    }

    /** Every run, oldest start first. */
    List<TrainingRun> runs() throws SQLException {
        List<TrainingRun> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT run_id, mode, trigger_name, parent_version, "
                + "model_version, cycle, started_millis, ended_millis, outcome, steps FROM training_runs "
                + "ORDER BY started_millis, run_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new TrainingRun(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), lng(rs, 6), rs.getLong(7), lng(rs, 8), rs.getString(9), lng(rs, 10)));
            }
        }
        return out;
    }

    List<TrainingMetric> trainingBySteps(long fromStep, long toStepExclusive) throws SQLException {
        return training("SELECT " + TRAINING_COLUMNS
                + " FROM training_metrics WHERE step >= ? AND step < ? ORDER BY id", fromStep, toStepExclusive);
    }

    List<TrainingMetric> trainingByTime(long fromMillis, long toMillisExclusive) throws SQLException {
        return training("SELECT " + TRAINING_COLUMNS
                + " FROM training_metrics WHERE ts_millis >= ? AND ts_millis < ? ORDER BY id",
                fromMillis, toMillisExclusive);
    }

    /** At most about {@code maxPoints} bucket means of a series, by equal step ranges. */
    StepSeries series(TrainingSeries series, int maxPoints) throws SQLException {
        return series(series, TrainingFilter.all(), maxPoints);
    }

    /** {@link #series(TrainingSeries, int)} of the rows that pass {@code filter}. */
    StepSeries series(TrainingSeries series, TrainingFilter filter, int maxPoints) throws SQLException {
        long min;
        long max;
        String where = " WHERE kind = ? AND " + series.column + " IS NOT NULL AND " + filter.where();
        try (PreparedStatement ps = c.prepareStatement("SELECT min(step), max(step) FROM training_metrics" + where)) {
            ps.setString(1, series.kind);
            bind(ps, filter, 2);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                min = rs.getLong(1);
                if (rs.wasNull()) {
                    return new StepSeries(new long[0], new double[0]);
                }
                max = rs.getLong(2);
            }
        }
        long width = Math.max(1, (max - min) / maxPoints + 1);
        List<long[]> steps = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT min(step), avg(" + series.column + ") "
                + "FROM training_metrics" + where + " GROUP BY (step - ?) / ? ORDER BY 1")) {
            ps.setString(1, series.kind);
            int i = bind(ps, filter, 2);
            ps.setLong(i, min);
            ps.setLong(i + 1, width);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    steps.add(new long[] {rs.getLong(1)});
                    values.add(rs.getDouble(2));
                }
            }
        }
        long[] s = new long[steps.size()];
        double[] v = new double[steps.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = steps.get(i)[0];
            v[i] = values.get(i);
        }
        return new StepSeries(s, v);
    }

    String integrityCheck() throws SQLException {
        StringBuilder sb = new StringBuilder();
        try (PreparedStatement ps = c.prepareStatement("PRAGMA integrity_check");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sb.append(sb.length() > 0 ? "; " : "").append(rs.getString(1));
            }
        }
        return sb.toString();
    }

    long count(MetricsTable table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + table.sqlName());
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    List<MetricPoint> custom(String name, long fromStep, long toStepExclusive) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT step, ts_millis, name, value FROM custom_metrics "
                + "WHERE name = ? AND step >= ? AND step < ? ORDER BY id")) {
            ps.setString(1, name);
            ps.setLong(2, fromStep);
            ps.setLong(3, toStepExclusive);
            List<MetricPoint> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new MetricPoint(rs.getLong(1), rs.getLong(2), rs.getString(3), dbl(rs, 4)));
                }
            }
            return out;
        }
    }

    /**
     * Evaluations of {@code version} (all versions when null) whose date range lies in [from, to] (open ends
     * when null), oldest first.
     */
    List<EvaluationRecord> evaluations(String version, LocalDate from, LocalDate to) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + EVALUATION_COLUMNS + " FROM evaluation_reports WHERE 1 = 1");
        List<String> args = new ArrayList<>();
        if (from != null) {
            sql.append(" AND date_from >= ?");
            args.add(from.toString());
        }
        if (to != null) {
            sql.append(" AND date_to <= ?");
            args.add(to.toString());
        }
        if (version != null) {
            sql.append(" AND model_version = ?");
            args.add(version);
        }
        sql.append(" ORDER BY id");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setString(i + 1, args.get(i));
            }
            return evaluationRows(ps);
        }
    }

    List<EvaluationRecord> recentEvaluations(int n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + EVALUATION_COLUMNS
                + " FROM evaluation_reports ORDER BY id DESC LIMIT ?")) {
            ps.setInt(1, n);
            List<EvaluationRecord> rows = evaluationRows(ps);
            Collections.reverse(rows);
            return rows;
        }
    }

    List<HealthReport> recentHealth(int n) throws SQLException {
        List<HealthReport> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT step, update_no, ts_millis, severity, findings_json, "
                + "statistics_json FROM health_reports ORDER BY id DESC LIMIT ?")) {
            ps.setInt(1, n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new HealthReport(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                            HealthSeverity.valueOf(rs.getString(4)), ColumnJson.read(rs.getString(5), FINDINGS),
                            ColumnJson.read(rs.getString(6), ColumnJson.DOUBLES)));
                }
            }
        }
        Collections.reverse(out);
        return out;
    }

    List<TriggerEvent> recentTriggers(int n) throws SQLException {
        List<TriggerEvent> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ts_millis, trigger_name, fired, reason, action, "
                + "details_json FROM trigger_events ORDER BY id DESC LIMIT ?")) {
            ps.setInt(1, n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TriggerEvent(rs.getLong(1), rs.getString(2), rs.getInt(3) != 0, rs.getString(4),
                            rs.getString(5), ColumnJson.read(rs.getString(6), ColumnJson.DOUBLES)));
                }
            }
        }
        Collections.reverse(out);
        return out;
    }

    List<AlertEvent> recentAlerts(int n) throws SQLException {
        List<AlertEvent> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ts_millis, step, kind, severity, metric, value, "
                + "message FROM alerts ORDER BY id DESC LIMIT ?")) {
            ps.setInt(1, n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AlertEvent(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            HealthSeverity.valueOf(rs.getString(4)), rs.getString(5), dbl(rs, 6), rs.getString(7)));
                }
            }
        }
        Collections.reverse(out);
        return out;
    }

    List<DataReport> recentDataReports(int n) throws SQLException {
        List<DataReport> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ts_millis, kind, source, symbol, date_from, date_to, "
                + "passed, metrics_json, findings_json FROM data_reports ORDER BY id DESC LIMIT ?")) {
            ps.setInt(1, n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DataReport(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            date(rs.getString(5)), date(rs.getString(6)), rs.getInt(7) != 0,
                            ColumnJson.read(rs.getString(8), ColumnJson.DOUBLES), ColumnJson.read(rs.getString(9), ColumnJson.STRINGS)));
                }
            }
        }
        Collections.reverse(out);
        return out;
    }

    private List<EvaluationRecord> evaluationRows(PreparedStatement ps) throws SQLException {
        List<EvaluationRecord> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                EvaluationEvent e = new EvaluationEvent(rs.getLong(3), rs.getString(4), date(rs.getString(5)),
                        date(rs.getString(6)), ColumnJson.read(rs.getString(7), ColumnJson.DOUBLES),
                        ColumnJson.read(rs.getString(8), ColumnJson.NESTED_DOUBLES), rs.getLong(9));
                out.add(new EvaluationRecord(rs.getLong(1), rs.getString(2), e, lng(rs, 10)));
            }
        }
        return out;
    }

    private List<TrainingMetric> training(String sql, long... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setLong(i + 1, args[i]);
            }
            return trainingRows(ps);
        }
    }

    private static List<TrainingMetric> trainingRows(PreparedStatement ps) throws SQLException {
        List<TrainingMetric> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new TrainingMetric(rs.getString(1), rs.getLong(2), lng(rs, 3), lng(rs, 4), rs.getLong(5),
                        dbl(rs, 6), dbl(rs, 7), dbl(rs, 8), dbl(rs, 9), dbl(rs, 10), dbl(rs, 11), lng(rs, 12),
                        dbl(rs, 13), dbl(rs, 14), lng(rs, 15), rs.getString(16), date(rs.getString(17)),
                        lng(rs, 18), lng(rs, 19), rs.getString(20), rs.getString(21)));
            }
        }
        return out;
    }

    /** Binds the filter's values from parameter 1; @return the next free parameter index */
    private static int bind(PreparedStatement ps, TrainingFilter filter) throws SQLException {
        return bind(ps, filter, 1);
    }

    private static int bind(PreparedStatement ps, TrainingFilter filter, int first) throws SQLException {
        int i = first;
        for (String a : filter.arguments()) {
            ps.setString(i++, a);
        }
        return i;
    }

    private static double dbl(ResultSet rs, int col) throws SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? Double.NaN : v;
    }

    private static long lng(ResultSet rs, int col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? -1 : v;
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
