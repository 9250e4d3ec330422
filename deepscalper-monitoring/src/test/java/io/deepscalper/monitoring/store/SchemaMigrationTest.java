package io.deepscalper.monitoring.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.metrics.RunEnd;
import io.deepscalper.api.metrics.RunStart;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a metrics database written with the version-2 DDL (from a verbatim copy of it, not from today's
 * migration code) and checks that migration 3 keeps every row, groups the old rows into runs by their step
 * resets, and moves the cycle that old versions' evaluations stored in {@code step} to {@code cycle}.
 */
class SchemaMigrationTest {
    @TempDir
    Path dir;

    @Test
    void versionTwoFileMigratesWithoutLosingRows() throws Exception {
        Path file = dir.resolve(MetricsStore.FILE_NAME);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            createVersionTwo(c);
            try (Statement st = c.createStatement()) {
                // two retrains as the old code stored them: steps 0..4, then again from 0..2, no run column
                for (int step = 0; step <= 4; step++) {
                    st.execute("INSERT INTO training_metrics(kind, step, update_no, ts_millis, loss) VALUES "
                            + "('update', " + step + ", " + step + ", " + (1000 + step) + ", " + (0.1 * step) + ")");
                }
                st.execute("INSERT INTO training_metrics(kind, step, episode, ts_millis, raw_return, symbol, "
                        + "session_date) VALUES ('episode', 4, 1, 1005, -0.25, 'SPY', '2024-01-02')");
                for (int step = 0; step <= 2; step++) {
                    st.execute("INSERT INTO training_metrics(kind, step, update_no, ts_millis, loss) VALUES "
                            + "('update', " + step + ", " + step + ", " + (2000 + step) + ", 0.5)");
                }
                st.execute("INSERT INTO custom_metrics(step, ts_millis, name, value) VALUES (3, 1003, 'x', 1.5)");
                // a version's validation (cycle 7 in 'step'), a training-time evaluation, a probation check
                st.execute(evaluation(3000, 7, "'v1'", "validation"));
                st.execute(evaluation(1004, 400, "NULL", "validation"));
                st.execute(evaluation(3100, 0, "'v1'", "probation"));
            }
        }
        try (MetricsStore s = MetricsStore.open(file, StoreConfig.builder().flushIntervalMillis(0).build())) {
            assertThat(s.schemaVersion()).isEqualTo(4);
            assertThat(s.count(MetricsTable.TRAINING_METRICS)).isEqualTo(9);
            assertThat(s.count(MetricsTable.CUSTOM_METRICS)).isEqualTo(1);
            assertThat(s.count(MetricsTable.EVALUATION_REPORTS)).isEqualTo(3);
            assertThat(s.integrityCheck()).isEqualTo("ok");

            List<TrainingMetric> rows = s.recent(100);
            assertThat(rows).extracting(TrainingMetric::runId).containsExactly("legacy-1", "legacy-1", "legacy-1",
                    "legacy-1", "legacy-1", "legacy-1", "legacy-2", "legacy-2", "legacy-2");
            assertThat(rows).extracting(TrainingMetric::modelVersion).containsOnlyNulls();
            assertThat(rows.get(5).rawReturn()).isEqualTo(-0.25);
            assertThat(rows.get(4).loss()).isEqualTo(0.4);
            assertThat(s.recent(100, TrainingFilter.run("legacy-2"))).hasSize(3)
                    .allMatch(r -> r.timestampMillis() >= 2000);

            assertThat(s.runs()).extracting(TrainingRun::runId).containsExactly("legacy-1", "legacy-2");
            TrainingRun first = s.runs().get(0);
            assertThat(first.outcome()).isEqualTo("LEGACY");
            assertThat(first.startedMillis()).isEqualTo(1000);
            assertThat(first.endedMillis()).isEqualTo(1005);
            assertThat(first.steps()).isEqualTo(4);

            List<EvaluationRecord> evals = s.evaluations(null, null, null);
            assertThat(evals).extracting(EvaluationRecord::cycle).containsExactly(7L, -1L, -1L);
            assertThat(evals).extracting(r -> r.event().step()).containsExactly(7L, 400L, 0L);

            // the migrated file takes new rows with runs
            s.logRunStart(new RunStart("run_9_1", "FULL", "schedule", null, 8, 4000));
            s.logUpdate(Events.update(0));
            s.logRunEnd(new RunEnd("run_9_1", "v2", "REGISTERED", 1, 4100));
            assertThat(s.recent(1).get(0).runId()).isEqualTo("run_9_1");
            assertThat(s.recent(1).get(0).modelVersion()).isEqualTo("v2");
        }
        try (MetricsStore again = MetricsStore.open(file, StoreConfig.builder().flushIntervalMillis(0).build())) {
            // opening once more applies nothing twice
            assertThat(again.schemaVersion()).isEqualTo(4);
            assertThat(again.count(MetricsTable.TRAINING_METRICS)).isEqualTo(10);
            assertThat(again.runs()).hasSize(3);
        }
    }

    @Test
    void aReaderCanHaveAnOldFileMigratedFirst() throws Exception {
        Path file = dir.resolve(MetricsStore.FILE_NAME);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            createVersionTwo(c);
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO training_metrics(kind, step, ts_millis, loss) VALUES ('update', 1, 1, 0.5)");
            }
        }
        assertThatThrownBy(() -> MetricsStore.openReadOnly(file)).hasMessageContaining("schema version 2");
        assertThat(MetricsStore.migrateIfOlder(file)).isTrue();
        assertThat(MetricsStore.migrateIfOlder(file)).as("nothing left to do").isFalse();
        try (MetricsStore r = MetricsStore.openReadOnly(file)) {
            assertThat(r.recent(1).get(0).runId()).isEqualTo("legacy-1");
        }
    }

    @Test
    void emptyVersionTwoFileMigrates() throws Exception {
        Path file = dir.resolve(MetricsStore.FILE_NAME);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            createVersionTwo(c);
        }
        try (MetricsStore s = MetricsStore.open(file, StoreConfig.builder().flushIntervalMillis(0).build())) {
            assertThat(s.schemaVersion()).isEqualTo(4);
            assertThat(s.runs()).isEmpty();
            assertThat(columns(file, "training_metrics")).contains("run_id", "model_version");
            assertThat(columns(file, "evaluation_reports")).contains("cycle");
            assertThat(columns(file, "tuning_trials")).contains("search_id", "values_json", "curve_json");
        }
    }

    private static String evaluation(long ts, long step, String version, String split) {
        return "INSERT INTO evaluation_reports(ts_millis, step, model_version, split, date_from, date_to, "
                + "metrics_json, baselines_json) VALUES (" + ts + ", " + step + ", " + version + ", '" + split
                + "', '2024-01-02', '2024-01-05', '{\"sharpe\":1.0}', '{}')";
    }

    private static void createVersionTwo(Connection c) throws IOException, SQLException {
        String ddl;
        try (InputStream in = SchemaMigrationTest.class.getResourceAsStream("metrics-schema-v2.sql")) {
            ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Statement st = c.createStatement()) {
            for (String sql : ddl.replaceAll("(?m)^--.*$", "").split("(?m)^;$")) {
                if (!sql.isBlank()) {
                    st.execute(sql);
                }
            }
        }
        assertThat(Schema.currentVersion(c)).isEqualTo(2);
    }

    private static List<String> columns(Path file, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement ps = c.prepareStatement("SELECT name FROM pragma_table_info(?)")) {
            ps.setString(1, table);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }
}
