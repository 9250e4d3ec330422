package io.deepscalper.core.backtest;

import java.util.List;
import java.util.Locale;

/** Formats reports as aligned plain-text tables: metric names on the left, one column per report. */
final class ReportTables {
    private static final String[] LABELS = {"total return", "sharpe", "sortino", "max drawdown", "calmar",
        "win rate", "profit factor", "trades", "round trips", "avg holding (bars)", "turnover", "fees",
        "final equity", "sessions"};

    private ReportTables() {
    }

    static String single(PerformanceReport r) {
        String header = r.symbol() + " " + r.firstDate() + " .. " + r.lastDate();
        return header + System.lineSeparator() + comparison(List.of(r));
    }

    static String comparison(List<PerformanceReport> reports) {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("no report to tabulate");
        }
        int cols = reports.size();
        String[][] cells = new String[LABELS.length + 1][cols + 1];
        cells[0][0] = "metric";
        for (int c = 0; c < cols; c++) {
            PerformanceReport r = reports.get(c);
            cells[0][c + 1] = r.policy();
            String[] v = values(r);
            for (int row = 0; row < LABELS.length; row++) {
                cells[row + 1][c + 1] = v[row];
            }
        }
        for (int row = 0; row < LABELS.length; row++) {
            cells[row + 1][0] = LABELS[row];
        }
        int[] width = new int[cols + 1];
        for (String[] line : cells) {
            for (int c = 0; c <= cols; c++) {
                width[c] = Math.max(width[c], line[c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int row = 0; row < cells.length; row++) {
            sb.append(pad(cells[row][0], width[0], false));
            for (int c = 1; c <= cols; c++) {
                sb.append("  ").append(pad(cells[row][c], width[c], true));
            }
            sb.append(System.lineSeparator());
            if (row == 0) {
                int total = width[0];
                for (int c = 1; c <= cols; c++) {
                    total += 2 + width[c];
                }
                sb.append("-".repeat(total)).append(System.lineSeparator());
            }
        }
        return sb.toString();
    }

    private static String[] values(PerformanceReport r) {
        return new String[] {pct(r.totalReturn()), num(r.sharpe()), num(r.sortino()), pct(r.maxDrawdown()),
            num(r.calmar()), pct(r.winRate()), num(r.profitFactor()), Integer.toString(r.trades()),
            Integer.toString(r.roundTrips()), num(r.avgHoldingBars()), num(r.turnover()),
            String.format(Locale.ROOT, "%.2f", r.fees()), String.format(Locale.ROOT, "%.2f", r.finalEquity()),
            Integer.toString(r.sessions())};
    }

    private static String pct(double x) {
        return String.format(Locale.ROOT, "%.3f%%", 100 * x);
    }

    private static String num(double x) {
        return String.format(Locale.ROOT, "%.3f", x);
    }

    private static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(width - s.length());
        return right ? fill + s : s + fill;
    }
}
