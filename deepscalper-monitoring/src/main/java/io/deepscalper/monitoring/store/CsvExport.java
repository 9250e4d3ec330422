package io.deepscalper.monitoring.store;

import io.deepscalper.api.io.AtomicFiles;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes a table as RFC 4180 CSV with a header row. The file appears atomically ({@link AtomicFiles}), so a
 * reader never sees half a file and a failed export leaves an older file intact.
 */
final class CsvExport {
    private CsvExport() {
    }

    static long export(Connection c, MetricsTable table, Path target) throws SQLException, IOException {
        return export(c, table, TrainingFilter.all(), target);
    }

    /** Exports the rows of {@code table} that pass {@code filter}, which only the training table may narrow. */
    static long export(Connection c, MetricsTable table, TrainingFilter filter, Path target)
            throws SQLException, IOException {
        if (!filter.isAll() && table != MetricsTable.TRAINING_METRICS) {
            throw new IllegalArgumentException("only " + MetricsTable.TRAINING_METRICS.sqlName()
                    + " can be filtered by run or version, not " + table.sqlName());
        }
        long[] rows = {0};
        try {
            AtomicFiles.write(target, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table.sqlName() + " WHERE "
                        + filter.where() + " ORDER BY id")) {
                    List<String> args = filter.arguments();
                    for (int i = 0; i < args.size(); i++) {
                        ps.setString(i + 1, args.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        rows[0] = writeRows(rs, w);
                    }
                } catch (SQLException e) {
                    throw new QueryFailed(e);
                }
                w.flush();
            });
        } catch (QueryFailed e) {
            throw e.query;
        }
        return rows[0];
    }

    private static long writeRows(ResultSet rs, Writer w) throws SQLException, IOException {
        ResultSetMetaData md = rs.getMetaData();
        int cols = md.getColumnCount();
        for (int i = 1; i <= cols; i++) {
            w.write(i > 1 ? "," : "");
            w.write(quote(md.getColumnLabel(i)));
        }
        w.write("\r\n");
        long rows = 0;
        while (rs.next()) {
            for (int i = 1; i <= cols; i++) {
                w.write(i > 1 ? "," : "");
                Object v = rs.getObject(i);
                w.write(v == null ? "" : quote(v.toString()));
            }
            w.write("\r\n");
            rows++;
        }
        return rows;
    }

    /** Carries a failed query through the file writer, which may only throw {@link IOException}. */
    private static final class QueryFailed extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient SQLException query;

        QueryFailed(SQLException query) {
            super(query);
            this.query = query;
        }
    }

    static String quote(String s) {
        boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
