package io.deepscalper.paper.journal;

import java.util.List;

/**
 * The paper-trading tables in {@code metrics.db}. Created with {@code IF NOT EXISTS} next to the metrics
 * store's own tables (whose versioned schema this leaves alone), so that a database without them gains them
 * when a trader first opens it and older readers of the metrics store are unaffected.
 */
final class JournalSchema {
    private JournalSchema() {
    }

    static final List<String> STATEMENTS = List.of(
            """
            CREATE TABLE IF NOT EXISTS paper_decisions (
              id INTEGER PRIMARY KEY, ts_millis INTEGER NOT NULL, run_id TEXT NOT NULL, role TEXT NOT NULL,
              model_version TEXT NOT NULL, bar_start TEXT NOT NULL, action INTEGER NOT NULL,
              price_bin INTEGER NOT NULL, quantity_bin INTEGER NOT NULL, limit_price REAL NOT NULL,
              asked_shares INTEGER NOT NULL, allowed_shares INTEGER NOT NULL, position INTEGER NOT NULL,
              equity REAL NOT NULL)""",
            "CREATE INDEX IF NOT EXISTS paper_decisions_run ON paper_decisions(run_id, id)",
            """
            CREATE TABLE IF NOT EXISTS paper_orders (
              id INTEGER PRIMARY KEY, ts_millis INTEGER NOT NULL, run_id TEXT NOT NULL, model_version TEXT NOT NULL,
              event TEXT NOT NULL, order_id TEXT NOT NULL, client_order_id TEXT, side TEXT NOT NULL,
              quantity INTEGER NOT NULL, limit_price REAL, status TEXT NOT NULL, filled_quantity INTEGER NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS paper_fills (
              id INTEGER PRIMARY KEY, ts_millis INTEGER NOT NULL, run_id TEXT NOT NULL, model_version TEXT NOT NULL,
              order_id TEXT NOT NULL, shares INTEGER NOT NULL, price REAL NOT NULL, fee REAL NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS paper_sessions (
              id INTEGER PRIMARY KEY, ts_millis INTEGER NOT NULL, run_id TEXT NOT NULL, role TEXT NOT NULL,
              model_version TEXT NOT NULL, session_date TEXT NOT NULL, start_equity REAL NOT NULL,
              end_equity REAL NOT NULL, pnl REAL NOT NULL, session_return REAL NOT NULL,
              final_position INTEGER NOT NULL, fills INTEGER NOT NULL)""",
            "CREATE INDEX IF NOT EXISTS paper_sessions_run ON paper_sessions(run_id, role, session_date)",
            """
            CREATE TABLE IF NOT EXISTS paper_breaches (
              id INTEGER PRIMARY KEY, ts_millis INTEGER NOT NULL, run_id TEXT NOT NULL, model_version TEXT NOT NULL,
              limit_name TEXT NOT NULL, reason TEXT NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS paper_events (
              id INTEGER PRIMARY KEY, ts_millis INTEGER NOT NULL, run_id TEXT NOT NULL, kind TEXT NOT NULL,
              model_version TEXT, message TEXT NOT NULL, details_json TEXT NOT NULL)""");
}
