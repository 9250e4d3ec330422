package io.deepscalper.monitoring.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** SQL of the {@code tuning_trials} table. */
final class TrialRows {
    static final String INSERT = "INSERT INTO tuning_trials(search_id, trial, ts_millis, sampler, seed, status, "
            + "stop_reason, steps, score, sharpe, wall_millis, values_json, curve_json, metrics_json) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final TypeReference<TreeMap<Long, Double>> CURVE = new TypeReference<>() {
    };

    private TrialRows() {
    }

    static void bind(PreparedStatement ps, TrialRecord r) throws SQLException {
        ps.setString(1, r.searchId());
        ps.setInt(2, r.trial());
        ps.setLong(3, r.tsMillis());
        ps.setString(4, r.sampler());
        ps.setLong(5, r.seed());
        ps.setString(6, r.status());
        ps.setString(7, r.stopReason());
        ps.setLong(8, r.steps());
        // SQLite has no infinity in REAL columns that JDBC round-trips; a failed trial's -inf is stored as NULL
        setDouble(ps, 9, r.score());
        setDouble(ps, 10, r.sharpe());
        ps.setLong(11, r.wallMillis());
        ps.setString(12, r.valuesJson());
        ps.setString(13, ColumnJson.write(r.curve()));
        ps.setString(14, ColumnJson.write(r.metrics()));
    }

    static List<TrialRecord> query(Connection c, String searchId) throws SQLException {
        String sql = "SELECT search_id, trial, ts_millis, sampler, seed, status, stop_reason, steps, score, sharpe, "
                + "wall_millis, values_json, curve_json, metrics_json FROM tuning_trials"
                + (searchId == null ? "" : " WHERE search_id = ?") + " ORDER BY id";
        List<TrialRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (searchId != null) {
                ps.setString(1, searchId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<Long, Double> curve = ColumnJson.read(rs.getString(13), CURVE);
                    out.add(new TrialRecord(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getString(4),
                            rs.getLong(5), rs.getString(6), rs.getString(7), rs.getLong(8), dbl(rs, 9), dbl(rs, 10),
                            rs.getLong(11), rs.getString(12), curve,
                            ColumnJson.read(rs.getString(14), ColumnJson.DOUBLES)));
                }
            }
        }
        return out;
    }

    private static void setDouble(PreparedStatement ps, int i, double v) throws SQLException {
        if (Double.isFinite(v)) {
            ps.setDouble(i, v);
        } else {
            ps.setNull(i, java.sql.Types.REAL);
        }
    }

    private static double dbl(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? Double.NaN : v;
    }
}
