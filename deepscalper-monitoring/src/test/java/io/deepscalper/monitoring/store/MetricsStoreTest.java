package io.deepscalper.monitoring.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.health.HealthFinding;
import io.deepscalper.api.health.HealthReport;
import io.deepscalper.api.health.HealthSeverity;
import io.deepscalper.api.metrics.AlertEvent;
import io.deepscalper.api.metrics.DataReport;
import io.deepscalper.api.metrics.TriggerEvent;
import io.deepscalper.api.train.EvaluationEvent;
import io.deepscalper.api.train.TrainingControl;
import io.deepscalper.api.train.UpdateEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsStoreTest {
    @TempDir
    Path dir;

    private MetricsStore store(int batch) {
        return MetricsStore.open(dir.resolve(MetricsStore.FILE_NAME),
                StoreConfig.builder().batchSize(batch).flushIntervalMillis(0).build());
    }

    @Test
    void trainingRowsRoundTripWithRangesAndRecent() {
        try (MetricsStore s = store(64)) {
            for (long i = 0; i < 1000; i++) {
                s.onUpdate(Events.update(i), TrainingControl.NONE);
                if (i % 100 == 99) {
                    s.onEpisode(Events.episode(i, i / 100, 0.01 * i), TrainingControl.NONE);
                }
            }
            assertThat(s.count(MetricsTable.TRAINING_METRICS)).isEqualTo(1010);
            List<TrainingMetric> last = s.recent(3);
            assertThat(last).extracting(TrainingMetric::kind).containsExactly("update", "update", "episode");
            TrainingMetric ep = last.get(2);
            assertThat(ep.step()).isEqualTo(999);
            assertThat(ep.rawReturn()).isEqualTo(9.99);
            assertThat(ep.hindsightReturn()).isEqualTo(9.99 * 1.5);
            assertThat(ep.session()).isEqualTo(LocalDate.of(2024, 1, 11));
            assertThat(ep.loss()).isNaN();
            TrainingMetric up = last.get(1);
            UpdateEvent expected = Events.update(999);
            assertThat(up.loss()).isEqualTo(expected.loss());
            assertThat(up.qLoss()).isEqualTo(expected.qLoss());
            assertThat(up.epsilon()).isEqualTo(expected.epsilon());
            assertThat(up.bufferSize()).isEqualTo(expected.bufferSize());
            assertThat(up.learningRate()).isEqualTo(3e-4);
            assertThat(up.gradNorm()).isEqualTo(0.7);
            assertThat(up.rawReturn()).isNaN();
            assertThat(s.trainingBySteps(10, 20)).hasSize(10).allMatch(r -> r.step() >= 10 && r.step() < 20);
            assertThat(s.trainingBetween(Instant.ofEpochMilli(1_700_000_000_000L + 500),
                    Instant.ofEpochMilli(1_700_000_000_000L + 600))).hasSize(101);
        }
    }

    @Test
    void nanAndInfinityAreKeptAsFarAsSqliteAllows() {
        try (MetricsStore s = store(10)) {
            UpdateEvent u = new UpdateEvent(1, 1, Double.NaN, Double.POSITIVE_INFINITY, 0, 0, 0, 0, Double.NaN,
                    Map.of(), Map.of(), 0, 0);
            s.logUpdate(u);
            TrainingMetric r = s.recent(1).get(0);
            assertThat(r.loss()).isNaN();
            assertThat(r.qLoss()).isInfinite();
        }
    }

    @Test
    void customMetricsEvaluationsAndEventsRoundTrip() {
        try (MetricsStore s = store(1000)) {
            for (int i = 0; i < 50; i++) {
                s.logMetric(i, 1000 + i, "custom.a", i * 2.0);
                s.logMetric(i, 1000 + i, "custom.b", -i);
            }
            assertThat(s.metric("custom.a", 10, 15)).extracting(MetricPoint::value)
                    .containsExactly(20.0, 22.0, 24.0, 26.0, 28.0);

            EvaluationEvent e1 = new EvaluationEvent(100, "validation", LocalDate.of(2024, 3, 1),
                    LocalDate.of(2024, 3, 29), Map.of("sharpe", 1.2, "max_drawdown", 0.05),
                    Map.of("flat", Map.of("sharpe", 0.0)), 5);
            EvaluationEvent e2 = new EvaluationEvent(200, "test", LocalDate.of(2024, 4, 1),
                    LocalDate.of(2024, 4, 30), Map.of("sharpe", Double.NaN), Map.of(), 6);
            s.logEvaluation("v_20240401_120000", e1);
            s.onEvaluation(e2, TrainingControl.NONE);
            assertThat(s.evaluations("v_20240401_120000", null, null)).singleElement()
                    .satisfies(r -> assertThat(r.event()).isEqualTo(e1));
            assertThat(s.evaluations(null, LocalDate.of(2024, 4, 1), null)).singleElement()
                    .satisfies(r -> {
                        assertThat(r.modelVersion()).isNull();
                        assertThat(r.event().metrics().get("sharpe")).isNaN();
                    });
            assertThat(s.recentEvaluations(5)).hasSize(2);

            HealthReport h = HealthReport.of(7, 3, 99, List.of(new HealthFinding("nonfinite.loss", "*", Double.NaN,
                    0, HealthSeverity.CRITICAL, "loss is NaN")), Map.of("loss", Double.NaN, "grad_norm", 3.0));
            s.onHealth(h);
            HealthReport back = s.recentHealthReports(1).get(0);
            assertThat(back.severity()).isEqualTo(HealthSeverity.CRITICAL);
            assertThat(back.findings()).hasSize(1);
            assertThat(back.findings().get(0).value()).isNaN();
            assertThat(back.statistics()).containsEntry("grad_norm", 3.0);

            TriggerEvent t = new TriggerEvent(10, "drift", true, "PSI 0.3 > 0.2", "retrain", Map.of("psi", 0.3));
            s.onTrigger(t);
            assertThat(s.recentTriggerEvents(10)).containsExactly(t);

            AlertEvent a = new AlertEvent(11, 200, "trend.degrading", HealthSeverity.WARNING, "sharpe", -2.5,
                    "Mann-Kendall p=0.01 < 0.05");
            s.onAlert(a);
            assertThat(s.recentAlerts(10)).containsExactly(a);

            DataReport d = new DataReport(12, DataReport.QUALITY, "csv", "SPY", LocalDate.of(2024, 1, 2),
                    LocalDate.of(2024, 1, 31), false, Map.of("missing_share", 0.02), List.of("3 duplicate bars"));
            s.onDataReport(d);
            assertThat(s.recentDataReports(10)).containsExactly(d);
        }
    }

    @Test
    void exportCsvWritesHeaderAndEveryRowAtomically() throws Exception {
        Path csv = dir.resolve("out/training.csv");
        try (MetricsStore s = store(100)) {
            for (long i = 0; i < 25; i++) {
                s.logUpdate(Events.update(i));
            }
            s.onEpisode(Events.episode(25, 0, 0.5), TrainingControl.NONE);
            assertThat(s.exportCsv(csv)).isEqualTo(26);
            s.logTrigger(new TriggerEvent(1, "schedule", false, "reason, with \"quotes\"", "none", Map.of()));
            assertThat(s.exportCsv(MetricsTable.TRIGGER_EVENTS, dir.resolve("out/triggers.csv"))).isEqualTo(1);
        }
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(27);
        assertThat(lines.get(0)).startsWith("id,kind,step,update_no,episode,ts_millis,loss");
        assertThat(lines.get(26)).contains(",episode,25,").contains("SPY").contains("2024-01-02");
        assertThat(Files.readString(dir.resolve("out/triggers.csv"))).contains("\"reason, with \"\"quotes\"\"\"");
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("training.csv",
                    "triggers.csv");
        }
    }

    @Test
    void readOnlyStoreSeesCommittedRowsButNotBufferedOnesAndRefusesWrites() {
        Path file = dir.resolve(MetricsStore.FILE_NAME);
        try (MetricsStore w = store(1000); MetricsStore r = MetricsStore.openReadOnly(file)) {
            for (long i = 0; i < 10; i++) {
                w.logUpdate(Events.update(i));
            }
            assertThat(r.count(MetricsTable.TRAINING_METRICS)).as("still buffered in the writer").isZero();
            w.flush();
            assertThat(r.count(MetricsTable.TRAINING_METRICS)).isEqualTo(10);
            assertThat(r.recent(1).get(0).step()).isEqualTo(9);
            assertThatThrownBy(() -> r.logUpdate(Events.update(11))).hasMessageContaining("read-only");
        }
    }

    @Test
    void backgroundFlushMakesRowsVisibleWithoutAnExplicitFlush() throws Exception {
        Path file = dir.resolve(MetricsStore.FILE_NAME);
        try (MetricsStore w = MetricsStore.open(file, StoreConfig.builder().batchSize(10_000)
                .flushIntervalMillis(20).build()); MetricsStore r = MetricsStore.openReadOnly(file)) {
            w.logUpdate(Events.update(0));
            long seen = 0;
            for (int i = 0; i < 500 && seen == 0; i++) {
                Thread.sleep(10);
                seen = r.count(MetricsTable.TRAINING_METRICS);
            }
            assertThat(seen).isEqualTo(1);
        }
    }

    @Test
    void migratesAVersionOneDatabaseAndKeepsItsRows() throws Exception {
        Path file = dir.resolve(MetricsStore.FILE_NAME);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Schema.migrate(c, 1, file.toString());
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO training_metrics(kind, step, ts_millis, loss) VALUES ('update', 5, 1, 0.25)");
            }
        }
        assertThatThrownBy(() -> MetricsStore.openReadOnly(file)).hasMessageContaining("schema version 1")
                .hasMessageContaining("migrate");
        try (MetricsStore s = store(10)) {
            assertThat(s.schemaVersion()).isEqualTo(Schema.LATEST).isEqualTo(4);
            assertThat(s.recent(1).get(0).loss()).isEqualTo(0.25);
            s.logAlert(new AlertEvent(1, 1, "anomaly", HealthSeverity.WARNING, "sharpe", 5, "robust z 5 > 3.5"));
            assertThat(s.recentAlerts(1)).hasSize(1);
        }
    }

    @Test
    void refusesADatabaseFromANewerVersionAndLeavesItUntouched() throws Exception {
        Path file = dir.resolve(MetricsStore.FILE_NAME);
        try (MetricsStore s = store(10)) {
            s.logUpdate(Events.update(1));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("INSERT INTO schema_version VALUES (99, 'future', 0)");
        }
        assertThatThrownBy(() -> store(10)).hasMessageContaining("schema version 99")
                .hasMessageContaining("upgrade deepscalper");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM training_metrics")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void clearErrorsForMissingFilesGarbageAndBadArguments() throws Exception {
        assertThatThrownBy(() -> MetricsStore.openReadOnly(dir.resolve("nope.db")))
                .hasMessageContaining("no metrics database").hasMessageContaining("nope.db");
        Path garbage = dir.resolve("garbage.db");
        Files.writeString(garbage, "this is not a database, just some text that is long enough to have a header"
                .repeat(20));
        assertThatThrownBy(() -> MetricsStore.open(garbage, StoreConfig.defaults()))
                .isInstanceOf(MetricsStoreException.class).hasMessageContaining("garbage.db");
        assertThatThrownBy(() -> StoreConfig.builder().batchSize(0).build()).hasMessageContaining("batchSize");
        try (MetricsStore s = store(10)) {
            assertThatThrownBy(() -> s.recent(0)).hasMessageContaining("n must be >= 1");
            s.close();
            assertThatThrownBy(() -> s.logUpdate(Events.update(1))).hasMessageContaining("closed");
        }
    }

    @Test
    void integrityCheckIsOkAfterWrites() {
        try (MetricsStore s = store(7)) {
            for (long i = 0; i < 100; i++) {
                s.logUpdate(Events.update(i));
            }
            assertThat(s.integrityCheck()).isEqualTo("ok");
        }
    }
}
