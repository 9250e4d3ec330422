package io.deepscalper.dashboard;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deepscalper.api.io.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The dashboard's reads of {@code metrics.db} (the paper-trading and tuning tables in {@link PaperQueries} and
 * {@link TrialQueries}, which read through this class's connection): SQL against the store's tables through
 * a read-only connection ({@code query_only}, opened per request and closed after it), so that WAL lets the
 * page read while a trainer writes and never blocks it.
 *
 * <p>Why SQL here and not {@code MetricsStore}'s reader: the page needs row ids (to poll), per-run grouping
 * and downsampling in the database, and it must read a store of any schema version it knows a layout for.
 * Training rows are grouped by their {@code run_id} column where the schema has one (stores migrated to runs);
 * older stores have none, and there a run is every stretch of rows in which the step counter never goes back
 * (each run counts from 0), named {@code legacy-1}, {@code legacy-2}, ... as the store's own migration names
 * them. In a store with the column, rows without a run id form the run {@value #UNASSIGNED}.
 */
final class MetricsQueries implements AutoCloseable {
    private static final String DB = "metrics.db";
    private static final ObjectMapper JSON = Json.mapper();
    private static final TypeReference<Object> ANY = new TypeReference<>() {
    };
    /** The legacy grouping: a run number for every row, from the places where the step counter goes back. */
    private static final String LEGACY_RUNS = "SELECT id, kind, step, ts_millis, 1 + sum(restart) OVER (ORDER BY id) AS n "
            + "FROM (SELECT id, kind, step, ts_millis, CASE WHEN step < lag(step, 1, step) OVER (ORDER BY id) "
            + "THEN 1 ELSE 0 END AS restart FROM training_metrics)";
    static final String LEGACY_PREFIX = "legacy-";
    /**
     * The run of rows without a run id in a store that has the column: rows written outside the orchestrator
     * (a training loop of the user's that calls the store directly) and not announced as a run.
     */
    static final String UNASSIGNED = "unassigned";

    private final Connection c;
    private final Set<String> trainingColumns;
    private final Set<String> tables;

    private MetricsQueries(Connection c) throws SQLException {
        this.c = c;
        this.tables = names(c, "SELECT name FROM sqlite_master WHERE type = 'table'");
        this.trainingColumns = tables.contains("training_metrics")
                ? names(c, "SELECT name FROM pragma_table_info('training_metrics')") : Set.of();
    }

    /**
     * @return the store of {@code workdir} opened for reading, empty while it does not exist yet (before a
     *         trainer's first start)
     * @throws DashboardException when the file exists but cannot be read as a SQLite database
     */
    static Optional<MetricsQueries> open(Path workdir) {
        Path file = workdir.resolve(DB);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
            try {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA busy_timeout = 5000");
                    s.execute("PRAGMA query_only = 1");
                }
                return Optional.of(new MetricsQueries(c));
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new DashboardException("cannot read metrics database " + file + ": " + e.getMessage(), e);
        }
    }

    /** @return true when the store has the table (the paper and tuning tables exist only once written) */
    boolean hasTable(String table) {
        return tables.contains(table);
    }

    /** @return true when training rows carry their run id (a store migrated to runs) */
    boolean hasRunColumn() {
        return trainingColumns.contains("run_id");
    }

    /**
     * @return one entry per training run, oldest first: {@code run}, {@code rows}, {@code updates},
     *         {@code episodes}, {@code firstStep}, {@code lastStep}, {@code startedMillis}, {@code lastMillis},
     *         and where the store records them {@code version}, {@code mode}, {@code trigger}, {@code outcome}
     */
    List<Map<String, Object>> runs() throws SQLException {
        if (!tables.contains("training_metrics")) {
            return List.of();
        }
        String agg = "count(*) AS rows, sum(kind = 'update') AS updates, sum(kind = 'episode') AS episodes, "
                + "min(step) AS firstStep, max(step) AS lastStep, min(ts_millis) AS startedMillis, "
                + "max(ts_millis) AS lastMillis, min(id) AS firstId";
        List<Map<String, Object>> runs;
        if (hasRunColumn()) {
            String versionCol = trainingColumns.contains("model_version") ? ", max(model_version) AS version" : "";
            runs = rows("SELECT coalesce(run_id, '" + UNASSIGNED + "') AS run, " + agg + versionCol
                    + " FROM training_metrics GROUP BY run_id ORDER BY firstId");
            if (tables.contains("training_runs")) {
                Map<String, Map<String, Object>> meta = new LinkedHashMap<>();
                for (Map<String, Object> r : rows("SELECT run_id, mode, trigger_name AS trigger, parent_version AS parent, "
                        + "model_version AS version, outcome FROM training_runs")) {
                    meta.put((String) r.get("run_id"), r);
                }
                for (Map<String, Object> run : runs) {
                    Map<String, Object> m = meta.get((String) run.get("run"));
                    if (m != null) {
                        for (String k : List.of("mode", "trigger", "parent", "outcome", "version")) {
                            if (m.get(k) != null) {
                                run.put(k, m.get(k));
                            }
                        }
                    }
                }
            }
        } else {
            runs = rows("SELECT '" + LEGACY_PREFIX + "' || n AS run, " + agg + " FROM (" + LEGACY_RUNS + ") "
                    + "GROUP BY n ORDER BY n");
        }
        runs.forEach(r -> r.remove("firstId"));
        return runs;
    }

    /**
     * The curves of one run, columnar (one array per column, null where a row has no value), at most about
     * {@code maxPoints} rows of each kind: evenly spaced rows, always including the newest, so a row just
     * written shows at once.
     *
     * @return {@code run}, {@code lastId}, {@code updates} (step, loss, q_loss, aux_loss, epsilon, grad_norm,
     *         learning_rate) and {@code episodes} (step, raw_return, hindsight_return, trades)
     * @throws DashboardException when there is no such run
     */
    Map<String, Object> training(String run, int maxPoints) throws SQLException {
        String[] range = runFilter(run);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("run", run);
        out.put("updates", columns("update", "step, loss, q_loss, aux_loss, epsilon, grad_norm, learning_rate",
                range, maxPoints));
        out.put("episodes", columns("episode", "step, raw_return, hindsight_return, trades", range, maxPoints));
        Object last = rows("SELECT max(id) AS m FROM training_metrics WHERE " + range[0],
                (Object[]) tail(range)).get(0).get("m");
        out.put("lastId", last);
        return out;
    }

    /** @return the newest training row (kind, step, loss, epsilon, time), empty when there is none */
    Optional<Map<String, Object>> lastTrainingRow() throws SQLException {
        if (!tables.contains("training_metrics")) {
            return Optional.empty();
        }
        List<Map<String, Object>> r = rows("SELECT id, kind, step, ts_millis AS timeMillis, loss, epsilon, raw_return "
                + "FROM training_metrics ORDER BY id DESC LIMIT 1");
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }

    /** @return every evaluation, oldest first, with its metrics and baselines decoded */
    List<Map<String, Object>> evaluations() throws SQLException {
        if (!tables.contains("evaluation_reports")) {
            return List.of();
        }
        // stores migrated to runs record the orchestrator's cycle of a version's evaluation
        String cycle = names(c, "SELECT name FROM pragma_table_info('evaluation_reports')").contains("cycle")
                ? ", cycle" : "";
        List<Map<String, Object>> out = rows("SELECT id, ts_millis AS timeMillis, step, model_version AS version, split, "
                + "date_from AS dateFrom, date_to AS dateTo, metrics_json AS metrics, baselines_json AS baselines" + cycle
                + " FROM evaluation_reports ORDER BY id");
        decode(out, "metrics", "baselines");
        return out;
    }

    /** @return the newest {@code n} trigger decisions, oldest first */
    List<Map<String, Object>> triggers(int n) throws SQLException {
        if (!tables.contains("trigger_events")) {
            return List.of();
        }
        List<Map<String, Object>> out = rows("SELECT * FROM (SELECT id, ts_millis AS timeMillis, trigger_name AS trigger, "
                + "fired, reason, action, details_json AS details FROM trigger_events ORDER BY id DESC LIMIT ?) "
                + "ORDER BY id", n);
        decode(out, "details");
        out.forEach(r -> r.put("fired", truthy(r.get("fired"))));
        return out;
    }

    /** @return the newest {@code n} data-quality and drift reports, oldest first */
    List<Map<String, Object>> dataReports(int n) throws SQLException {
        if (!tables.contains("data_reports")) {
            return List.of();
        }
        List<Map<String, Object>> out = rows("SELECT * FROM (SELECT id, ts_millis AS timeMillis, kind, source, symbol, "
                + "date_from AS dateFrom, date_to AS dateTo, passed, metrics_json AS metrics, findings_json AS findings "
                + "FROM data_reports ORDER BY id DESC LIMIT ?) ORDER BY id", n);
        decode(out, "metrics", "findings");
        out.forEach(r -> r.put("passed", truthy(r.get("passed"))));
        return out;
    }

    /** @return the newest {@code n} model-health reports, oldest first */
    List<Map<String, Object>> health(int n) throws SQLException {
        if (!tables.contains("health_reports")) {
            return List.of();
        }
        List<Map<String, Object>> out = rows("SELECT * FROM (SELECT id, ts_millis AS timeMillis, step, update_no AS "
                + "\"update\", severity, summary, findings_json AS findings, statistics_json AS statistics "
                + "FROM health_reports ORDER BY id DESC LIMIT ?) ORDER BY id", n);
        decode(out, "findings", "statistics");
        return out;
    }

    /** @return the newest {@code n} alerts (regressions, anomalies, change points), oldest first */
    List<Map<String, Object>> alerts(int n) throws SQLException {
        if (!tables.contains("alerts")) {
            return List.of();
        }
        return rows("SELECT * FROM (SELECT id, ts_millis AS timeMillis, step, kind, severity, metric, value, message "
                + "FROM alerts ORDER BY id DESC LIMIT ?) ORDER BY id", n);
    }

    /** @return the newest value and time of a custom metric (e.g. {@code orchestrator.phase}) */
    Optional<Map<String, Object>> lastMetric(String name) throws SQLException {
        if (!tables.contains("custom_metrics")) {
            return Optional.empty();
        }
        List<Map<String, Object>> r = rows("SELECT step, ts_millis AS timeMillis, value FROM custom_metrics "
                + "WHERE name = ? ORDER BY id DESC LIMIT 1", name);
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }

    @Override
    public void close() {
        try {
            c.close();
        } catch (SQLException e) {
            // a read-only connection has nothing to lose; the next request opens a new one
        }
    }

    // ------------------------------------------------------------------ helpers

    /** @return a WHERE clause selecting the run's rows, followed by its arguments */
    private String[] runFilter(String run) throws SQLException {
        if (hasRunColumn()) {
            if (UNASSIGNED.equals(run) && !rows("SELECT 1 FROM training_metrics WHERE run_id IS NULL LIMIT 1").isEmpty()) {
                return new String[] {"run_id IS NULL"};
            }
            if (rows("SELECT 1 FROM training_metrics WHERE run_id = ? LIMIT 1", run).isEmpty()) {
                throw new UnknownItemException("no training run '" + run + "' in the metrics store; GET /api/runs lists them");
            }
            return new String[] {"run_id = ?", run};
        }
        long n;
        try {
            n = run.startsWith(LEGACY_PREFIX) ? Long.parseLong(run.substring(LEGACY_PREFIX.length())) : -1;
        } catch (NumberFormatException e) {
            n = -1;
        }
        List<Map<String, Object>> r = n < 1 || !tables.contains("training_metrics") ? List.of()
                : rows("SELECT min(id) AS lo, max(id) AS hi FROM (" + LEGACY_RUNS + ") WHERE n = ?", n);
        if (r.isEmpty() || r.get(0).get("lo") == null) {
            throw new UnknownItemException("no training run '" + run + "' in the metrics store; GET /api/runs lists them");
        }
        return new String[] {"id >= ? AND id <= ?", r.get(0).get("lo").toString(), r.get(0).get("hi").toString()};
    }

    private static boolean truthy(Object sqliteBoolean) {
        return sqliteBoolean instanceof Number n && n.longValue() != 0;
    }

    private static Object[] tail(String[] a) {
        Object[] out = new Object[a.length - 1];
        System.arraycopy(a, 1, out, 0, out.length);
        return out;
    }

    private Map<String, List<Object>> columns(String kind, String cols, String[] range, int maxPoints)
            throws SQLException {
        Object[] args = tail(range);
        Object[] withKind = new Object[args.length + 1];
        System.arraycopy(args, 0, withKind, 0, args.length);
        withKind[args.length] = kind;
        long count = ((Number) rows("SELECT count(*) AS n FROM training_metrics WHERE " + range[0] + " AND kind = ?",
                withKind).get(0).get("n")).longValue();
        long stride = Math.max(1, (count + maxPoints - 1) / Math.max(1, maxPoints));
        Object[] sampled = new Object[withKind.length + 2];
        System.arraycopy(withKind, 0, sampled, 0, withKind.length);
        sampled[withKind.length] = stride;
        sampled[withKind.length + 1] = count;
        // every stride-th row by position, and the last row, so the newest value is always on the chart
        List<Map<String, Object>> rs = rows("SELECT " + cols + " FROM (SELECT *, row_number() OVER (ORDER BY id) - 1 AS i "
                + "FROM training_metrics WHERE " + range[0] + " AND kind = ?) WHERE i % ? = 0 OR i = ? - 1 ORDER BY id",
                sampled);
        Map<String, List<Object>> out = new LinkedHashMap<>();
        for (String col : cols.split(",\\s*")) {
            List<Object> values = new ArrayList<>(rs.size());
            for (Map<String, Object> r : rs) {
                values.add(r.get(col));
            }
            out.put(col, values);
        }
        return out;
    }

    /** Replaces each named JSON text column by its decoded value (null where the text is damaged). */
    static void decode(List<Map<String, Object>> rows, String... jsonColumns) {
        for (Map<String, Object> r : rows) {
            for (String col : jsonColumns) {
                Object v = r.get(col);
                if (v instanceof String s) {
                    try {
                        r.put(col, JSON.readValue(s, ANY));
                    } catch (IOException e) {
                        r.put(col, null); // a damaged cell shows as empty rather than failing the whole page
                    }
                }
            }
        }
    }

    /** @return the rows of a query as maps by column label (non-finite doubles as null), in order */
    List<Map<String, Object>> rows(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<Map<String, Object>> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> r = new LinkedHashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        Object v = rs.getObject(i);
                        if (v instanceof Double d && !Double.isFinite(d)) {
                            v = null; // JSON has no NaN; the charts draw a gap
                        }
                        r.put(md.getColumnLabel(i), v);
                    }
                    out.add(r);
                }
            }
            return out;
        }
    }

    private static Set<String> names(Connection c, String sql) throws SQLException {
        Set<String> out = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
