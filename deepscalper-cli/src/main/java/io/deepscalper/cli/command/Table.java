package io.deepscalper.cli.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain-text table with aligned columns, for the human output of the commands. */
public final class Table {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    /** @param header column titles */
    public Table(String... header) {
        this.header = Arrays.asList(header);
    }

    /**
     * Adds a row; numbers are formatted with four decimals, nulls as {@code -}, NaN (a column that does not
     * apply to the row, e.g. the loss of an episode) as blank, instants in local time to the second.
     *
     * @return this
     */
    public Table row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells for " + header.size() + " columns");
        }
        List<String> r = new ArrayList<>();
        for (Object c : cells) {
            r.add(format(c));
        }
        rows.add(r);
        return this;
    }

    /** @return true when no row was added */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** @return the table, one line per row, with a rule under the header */
    public String render() {
        int[] w = new int[header.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = header.get(i).length();
            for (List<String> r : rows) {
                w[i] = Math.max(w[i], r.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, header, w);
        for (int i = 0; i < w.length; i++) {
            sb.append("-".repeat(w[i])).append(i == w.length - 1 ? "\n" : "  ");
        }
        for (List<String> r : rows) {
            line(sb, r, w);
        }
        return sb.toString();
    }

    /** Formats one cell the way {@link #row} does. */
    public static String format(Object c) {
        if (c == null) {
            return "-";
        }
        if (c instanceof Double d) {
            if (d.isNaN()) {
                return "";
            }
            return Math.abs(d) >= 1e6 || d == Math.rint(d) && Math.abs(d) < 1e6 ? String.format("%.0f", d)
                    : String.format("%.4f", d);
        }
        if (c instanceof Float f) {
            return format(f.doubleValue());
        }
        if (c instanceof Instant t) {
            return Times.local(t);
        }
        return c.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] w) {
        for (int i = 0; i < w.length; i++) {
            String c = cells.get(i);
            sb.append(c);
            if (i < w.length - 1) {
                sb.append(" ".repeat(w[i] - c.length() + 2));
            }
        }
        sb.append('\n');
    }
}
