package io.deepscalper.dashboard;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of the paper-trading section: the {@code paper_*} tables that the paper trader's journal writes into
 * {@code metrics.db} (sessions, orders, fills, risk breaches, run events), read through a {@link MetricsQueries}
 * connection. The journal creates its tables on its first run, so a store without them has had no paper run,
 * which is an answer ({@code recorded: false}), not an error.
 */
final class PaperQueries {
    static final String SESSIONS = "paper_sessions";
    private static final List<String> TABLES = List.of(SESSIONS, "paper_orders", "paper_fills", "paper_breaches",
            "paper_events");

    private final MetricsQueries q;

    PaperQueries(MetricsQueries q) {
        this.q = q;
    }

    /**
     * @return one entry per paper run, oldest first: {@code run}, {@code startedMillis}, {@code lastMillis}, and
     *         per role the sessions, summed P&amp;L and model versions ({@code champion*}, {@code challenger*}),
     *         with the counts of orders, fills and breaches
     */
    List<Map<String, Object>> runs() throws SQLException {
        List<String> times = new ArrayList<>();
        for (String t : TABLES) {
            if (q.hasTable(t)) {
                times.add("SELECT run_id, ts_millis FROM " + t);
            }
        }
        if (times.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Object>> runs = new LinkedHashMap<>();
        for (Map<String, Object> r : q.rows("SELECT run_id AS run, min(ts_millis) AS startedMillis, max(ts_millis) "
                + "AS lastMillis FROM (" + String.join(" UNION ALL ", times) + ") GROUP BY run_id ORDER BY startedMillis")) {
            runs.put((String) r.get("run"), r);
        }
        if (q.hasTable(SESSIONS)) {
            for (Map<String, Object> r : q.rows("SELECT run_id, role, count(*) AS sessions, sum(pnl) AS pnl, "
                    + "group_concat(DISTINCT model_version) AS versions, min(session_date) AS firstDate, "
                    + "max(session_date) AS lastDate FROM paper_sessions GROUP BY run_id, role")) {
                Map<String, Object> run = runs.get((String) r.get("run_id"));
                String role = (String) r.get("role");
                run.put(role + "Sessions", r.get("sessions"));
                run.put(role + "Pnl", r.get("pnl"));
                run.put(role + "Versions", List.of(((String) r.get("versions")).split(",")));
                run.merge("firstDate", r.get("firstDate"), (a, b) -> a.toString().compareTo(b.toString()) <= 0 ? a : b);
                run.merge("lastDate", r.get("lastDate"), (a, b) -> a.toString().compareTo(b.toString()) >= 0 ? a : b);
            }
        }
        count(runs, "paper_orders", "orders", "event = 'submitted'");
        count(runs, "paper_fills", "fills", "1");
        count(runs, "paper_breaches", "breaches", "1");
        return new ArrayList<>(runs.values());
    }

    /** @return every session result of every run and role, oldest first (a run holds one row per session and role) */
    List<Map<String, Object>> sessions(int n) throws SQLException {
        if (!q.hasTable(SESSIONS)) {
            return List.of();
        }
        return q.rows("SELECT * FROM (SELECT id, ts_millis AS timeMillis, run_id AS run, role, model_version AS version, "
                + "session_date AS date, start_equity AS startEquity, end_equity AS endEquity, pnl, session_return AS "
                + "sessionReturn, final_position AS finalPosition, fills FROM paper_sessions ORDER BY id DESC LIMIT ?) "
                + "ORDER BY id", n);
    }

    /** @return the newest {@code n} order events (submitted, cancelled, ...), newest first */
    List<Map<String, Object>> orders(int n) throws SQLException {
        return newest("paper_orders", "id, ts_millis AS timeMillis, run_id AS run, model_version AS version, event, "
                + "order_id AS orderId, side, quantity, limit_price AS limitPrice, status, filled_quantity AS filled", n);
    }

    /** @return the newest {@code n} fills, newest first */
    List<Map<String, Object>> fills(int n) throws SQLException {
        return newest("paper_fills", "id, ts_millis AS timeMillis, run_id AS run, model_version AS version, "
                + "order_id AS orderId, shares, price, fee", n);
    }

    /** @return the newest {@code n} risk breaches with the limit and the reason, newest first */
    List<Map<String, Object>> breaches(int n) throws SQLException {
        return newest("paper_breaches", "id, ts_millis AS timeMillis, run_id AS run, model_version AS version, "
                + "limit_name AS \"limit\", reason", n);
    }

    /** @return the newest {@code n} run events (start, stop, flat, shadow test, promotion, rollback), newest first */
    List<Map<String, Object>> events(int n) throws SQLException {
        List<Map<String, Object>> out = newest("paper_events", "id, ts_millis AS timeMillis, run_id AS run, kind, "
                + "model_version AS version, message, details_json AS details", n);
        MetricsQueries.decode(out, "details");
        return out;
    }

    private List<Map<String, Object>> newest(String table, String columns, int n) throws SQLException {
        if (!q.hasTable(table)) {
            return List.of();
        }
        return q.rows("SELECT " + columns + " FROM " + table + " ORDER BY id DESC LIMIT ?", n);
    }

    private void count(Map<String, Map<String, Object>> runs, String table, String key, String where)
            throws SQLException {
        for (Map<String, Object> run : runs.values()) {
            run.put(key, 0L);
        }
        if (!q.hasTable(table)) {
            return;
        }
        for (Map<String, Object> r : q.rows("SELECT run_id, count(*) AS n FROM " + table + " WHERE " + where
                + " GROUP BY run_id")) {
            runs.get((String) r.get("run_id")).put(key, r.get("n"));
        }
    }
}
