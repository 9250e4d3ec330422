package io.deepscalper.paper.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.deepscalper.api.broker.Fill;
import io.deepscalper.api.broker.Order;
import io.deepscalper.api.io.Json;
import io.deepscalper.monitoring.store.MetricsStore;
import io.deepscalper.paper.decide.Decision;
import io.deepscalper.paper.risk.Breach;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every decision, order, fill, session P&amp;L, risk breach and run event of paper trading, with the model
 * version, in the working directory's metrics store ({@code metrics.db}). Each write commits on its own (WAL), so
 * another process reads them while the trader runs. Thread-safe (one lock).
 */
public final class TradingJournal implements AutoCloseable {
    private final Connection connection;
    private final String runId;
    private final Clock clock;
    private final Object lock = new Object();

    private TradingJournal(Connection connection, String runId, Clock clock) {
        this.connection = connection;
        this.runId = runId;
        this.clock = clock;
    }

    /**
     * Opens the journal in {@code metrics.db} of {@code workingDirectory}, creating the metrics store (with its
     * own schema) and the paper-trading tables when needed.
     *
     * @param runId a name for this run, stored on every row
     * @param clock the time stamps of the rows (the simulated clock in tests)
     */
    public static TradingJournal open(Path workingDirectory, String runId, Clock clock) {
        Path file = workingDirectory.resolve(MetricsStore.FILE_NAME);
        // the metrics store creates the file and applies its own migrations; ours sit beside them
        MetricsStore.inWorkingDirectory(workingDirectory).close();
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 5000");
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
                for (String sql : JournalSchema.STATEMENTS) {
                    s.execute(sql);
                }
            }
            return new TradingJournal(c, Objects.requireNonNull(runId, "runId"), Objects.requireNonNull(clock));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the paper-trading journal in " + file + ": " + e.getMessage(),
                    e);
        }
    }

    /** @return the run id stored on every row */
    public String runId() {
        return runId;
    }

    /** Stores one decision and what the risk guard allowed of it. */
    public void decision(String role, String version, Decision d, long allowed) {
        write("INSERT INTO paper_decisions(ts_millis, run_id, role, model_version, bar_start, action, price_bin, "
                + "quantity_bin, limit_price, asked_shares, allowed_shares, position, equity) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", now(), runId, role, version, d.barStart().toString(),
                d.action(), d.priceBin(), d.quantityBin(), d.limitPrice(), d.shares(), allowed, d.position(),
                d.equity());
    }

    /** Stores an order event ({@code submitted}, {@code cancelled}). */
    public void order(String version, String event, Order o) {
        write("INSERT INTO paper_orders(ts_millis, run_id, model_version, event, order_id, client_order_id, side, "
                + "quantity, limit_price, status, filled_quantity) VALUES (?,?,?,?,?,?,?,?,?,?,?)", now(), runId,
                version, event, o.id(), o.clientOrderId(), o.side().name(), o.quantity(), o.limitPrice(),
                o.status().name(), o.filledQuantity());
    }

    /** Stores a fill. */
    public void fill(String version, Fill f) {
        write("INSERT INTO paper_fills(ts_millis, run_id, model_version, order_id, shares, price, fee) "
                + "VALUES (?,?,?,?,?,?,?)", f.time().toEpochMilli(), runId, version, f.orderId(), f.shares(), f.price(),
                f.fee());
    }

    /** Stores a session's P&amp;L. */
    public void session(SessionRecord r) {
        write("INSERT INTO paper_sessions(ts_millis, run_id, role, model_version, session_date, start_equity, "
                + "end_equity, pnl, session_return, final_position, fills) VALUES (?,?,?,?,?,?,?,?,?,?,?)", now(),
                runId, r.role(), r.modelVersion(), r.date().toString(), r.startEquity(), r.endEquity(), r.pnl(),
                r.sessionReturn(), r.finalPosition(), r.fills());
    }

    /** Stores a risk breach. */
    public void breach(String version, Breach b) {
        write("INSERT INTO paper_breaches(ts_millis, run_id, model_version, limit_name, reason) VALUES (?,?,?,?,?)",
                b.time().toEpochMilli(), runId, version, b.limit(), b.reason());
    }

    /** Stores a run event with its evidence serialised as JSON. */
    public void event(String kind, String version, String message, Object details) {
        String json;
        try {
            json = Json.timeMapper().writeValueAsString(details == null ? java.util.Map.of() : details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the details of a '" + kind + "' event", e);
        }
        write("INSERT INTO paper_events(ts_millis, run_id, kind, model_version, message, details_json) "
                + "VALUES (?,?,?,?,?,?)", now(), runId, kind, version, message, json);
    }

    /** @return this run's session records of {@code role}, oldest first */
    public List<SessionRecord> sessions(String role) {
        synchronized (lock) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT role, model_version, session_date, "
                    + "start_equity, end_equity, pnl, session_return, final_position, fills FROM paper_sessions "
                    + "WHERE run_id = ? AND role = ? ORDER BY id")) {
                ps.setString(1, runId);
                ps.setString(2, role);
                List<SessionRecord> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new SessionRecord(rs.getString(1), rs.getString(2), LocalDate.parse(rs.getString(3)),
                                rs.getDouble(4), rs.getDouble(5), rs.getDouble(6), rs.getDouble(7), rs.getLong(8),
                                rs.getInt(9)));
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read paper sessions: " + e.getMessage(), e);
            }
        }
    }

    /** @return this run's events, oldest first */
    public List<JournalEvent> events() {
        synchronized (lock) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT kind, model_version, message, details_json "
                    + "FROM paper_events WHERE run_id = ? ORDER BY id")) {
                ps.setString(1, runId);
                List<JournalEvent> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new JournalEvent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read paper events: " + e.getMessage(), e);
            }
        }
    }

    /** @return rows of this run in {@code table} (one of the paper_* tables) */
    public long count(String table) {
        if (!table.matches("paper_(decisions|orders|fills|sessions|breaches|events)")) {
            throw new IllegalArgumentException("not a paper-trading table: " + table);
        }
        synchronized (lock) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM " + table
                    + " WHERE run_id = ?")) {
                ps.setString(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot count " + table + ": " + e.getMessage(), e);
            }
        }
    }

    private long now() {
        return clock.millis();
    }

    private void write(String sql, Object... values) {
        synchronized (lock) {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    ps.setObject(i + 1, values[i]);
                }
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot write to the paper-trading journal: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot close the paper-trading journal: " + e.getMessage(), e);
            }
        }
    }
}
