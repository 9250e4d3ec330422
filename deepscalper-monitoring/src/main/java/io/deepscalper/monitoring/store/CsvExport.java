package io.deepscalper.monitoring.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/**
 * Writes a table as RFC 4180 CSV with a header row. The file appears atomically (temp file, fsync,
 * rename), so a reader never sees half a file and a failed export leaves an older file intact.
 */
final class CsvExport {
    private CsvExport() {
    }

    static long export(Connection c, MetricsTable table, Path target) throws SQLException, IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, abs.getFileName().toString(), ".tmp");
        long rows = 0;
        try {
            try (OutputStream os = Files.newOutputStream(tmp);
                 Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
                 PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table.sqlName() + " ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                int cols = md.getColumnCount();
                for (int i = 1; i <= cols; i++) {
                    w.write(i > 1 ? "," : "");
                    w.write(quote(md.getColumnLabel(i)));
                }
                w.write("\r\n");
                while (rs.next()) {
                    for (int i = 1; i <= cols; i++) {
                        w.write(i > 1 ? "," : "");
                        Object v = rs.getObject(i);
                        w.write(v == null ? "" : quote(v.toString()));
                    }
                    w.write("\r\n");
                    rows++;
                }
            }
            atomicReplace(tmp, abs);
            return rows;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** fsyncs {@code tmp}, renames it over {@code target} atomically where the file system can. */
    static void atomicReplace(Path tmp, Path target) throws IOException {
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String quote(String s) {
        boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
