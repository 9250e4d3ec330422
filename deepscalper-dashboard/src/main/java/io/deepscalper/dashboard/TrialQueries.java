package io.deepscalper.dashboard;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The SQL of the tuning section: the {@code tuning_trials} table that a hyperparameter search writes into
 * {@code metrics.db} (one row per trial, as soon as its batch finished), read through a {@link MetricsQueries}
 * connection. A store from before the table's migration, or a directory never tuned, has no search: an answer,
 * not an error.
 */
final class TrialQueries {
    static final String TABLE = "tuning_trials";

    private final MetricsQueries q;

    TrialQueries(MetricsQueries q) {
        this.q = q;
    }

    /**
     * @return one entry per search, oldest first: {@code search}, {@code sampler}, {@code trials}, the count of each
     *         status, first and last time, and the best trial by the search's own rule (the completed trial with the
     *         highest validation score, on ties the lower number): {@code bestTrial}, {@code bestScore}
     */
    List<Map<String, Object>> searches() throws SQLException {
        if (!q.hasTable(TABLE)) {
            return List.of();
        }
        return q.rows("SELECT s.*, (SELECT trial FROM tuning_trials b WHERE b.search_id = s.search AND b.status = "
                + "'COMPLETED' AND b.score IS NOT NULL ORDER BY b.score DESC, b.trial LIMIT 1) AS bestTrial, "
                + "(SELECT max(score) FROM tuning_trials b WHERE b.search_id = s.search AND b.status = 'COMPLETED') "
                + "AS bestScore FROM (SELECT search_id AS search, max(sampler) AS sampler, count(*) AS trials, "
                + "sum(status = 'COMPLETED') AS completed, sum(status = 'STOPPED_EARLY') AS stoppedEarly, "
                + "sum(status = 'STOPPED_BUDGET') AS stoppedByBudget, sum(status = 'FAILED') AS failed, "
                + "min(ts_millis) AS startedMillis, max(ts_millis) AS lastMillis, min(id) AS firstId "
                + "FROM tuning_trials GROUP BY search_id) s ORDER BY s.firstId");
    }

    /**
     * @return every trial, oldest search first and by number: values, seed, status, stop reason, steps, validation
     *         score and Sharpe ratio, wall time, the validation curve ({@code curve}: return by checkpoint step) and
     *         the kept model's validation metrics
     */
    List<Map<String, Object>> trials() throws SQLException {
        if (!q.hasTable(TABLE)) {
            return List.of();
        }
        List<Map<String, Object>> out = q.rows("SELECT t.search_id AS search, t.trial, t.ts_millis AS timeMillis, "
                + "t.sampler, t.seed, t.status, t.stop_reason AS stopReason, t.steps, t.score, t.sharpe, "
                + "t.wall_millis AS wallMillis, t.values_json AS \"values\", t.curve_json AS curve, "
                + "t.metrics_json AS metrics FROM tuning_trials t JOIN (SELECT search_id, min(id) AS first "
                + "FROM tuning_trials GROUP BY search_id) f ON f.search_id = t.search_id ORDER BY f.first, t.trial, t.id");
        MetricsQueries.decode(out, "values", "curve", "metrics");
        return out;
    }
}
