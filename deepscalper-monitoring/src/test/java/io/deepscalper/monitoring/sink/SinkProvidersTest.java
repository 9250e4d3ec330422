package io.deepscalper.monitoring.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.metrics.MetricsWriter;
import io.deepscalper.api.spi.MetricsSink;
import io.deepscalper.api.spi.ProviderOptions;
import io.deepscalper.api.spi.Providers;
import io.deepscalper.api.spi.UnknownProviderException;
import io.deepscalper.monitoring.store.MetricsStore;
import io.deepscalper.monitoring.store.MetricsTable;
import io.deepscalper.testkit.SampleEvents;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SinkProvidersTest {
    @TempDir
    Path dir;

    @Test
    void everySinkIsFoundByNameAndSqliteIsTheDefault() {
        assertThat(Providers.names(MetricsSink.class)).contains("csv", "micrometer", "prometheus", "slf4j", "sqlite");
        assertThat(Providers.best(MetricsSink.class).name()).isEqualTo("sqlite");
        assertThatThrownBy(() -> Providers.byName(MetricsSink.class, "influx"))
                .isInstanceOf(UnknownProviderException.class).hasMessageContaining("sqlite");
    }

    @Test
    void compositeOpensNamedSinksAndClosesThemAllWhenOneNameIsUnknown() throws Exception {
        try (io.deepscalper.monitoring.sink.CompositeMetricsWriter w = io.deepscalper.monitoring.sink.CompositeMetricsWriter
                .open(dir, List.of("sqlite", "csv"), Map.of("csv", ProviderOptions.of(Map.of("dir", "csv_out"))))) {
            SampleEvents.feed(w);
        }
        assertThat(Files.readAllLines(dir.resolve("csv_out/training.csv"))).hasSize(3);
        try (MetricsStore s = MetricsStore.openReadOnly(dir.resolve(MetricsStore.FILE_NAME))) {
            assertThat(s.count(MetricsTable.TRAINING_METRICS)).isEqualTo(2);
        }
        Path other = dir.resolve("other");
        assertThatThrownBy(() -> io.deepscalper.monitoring.sink.CompositeMetricsWriter.open(other,
                List.of("sqlite", "influx"), Map.of())).isInstanceOf(UnknownProviderException.class);
        // the sqlite writer opened before the unknown name was closed: the file is not locked
        try (MetricsStore s = MetricsStore.open(other.resolve(MetricsStore.FILE_NAME),
                io.deepscalper.monitoring.store.StoreConfig.defaults())) {
            assertThat(s.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void sqliteSinkWritesMetricsDbInTheWorkingDirectory() {
        try (MetricsWriter w = Providers.byName(MetricsSink.class, "sqlite").open(dir, ProviderOptions.of(Map.of("batchSize", "10")))) {
            SampleEvents.feed(w);
        }
        try (MetricsStore s = MetricsStore.openReadOnly(dir.resolve(MetricsStore.FILE_NAME))) {
            assertThat(s.count(MetricsTable.TRAINING_METRICS)).isEqualTo(2);
            assertThat(s.count(MetricsTable.CUSTOM_METRICS)).isEqualTo(1);
            for (MetricsTable t : List.of(MetricsTable.EVALUATION_REPORTS, MetricsTable.HEALTH_REPORTS,
                    MetricsTable.ALERTS, MetricsTable.TRIGGER_EVENTS, MetricsTable.DATA_REPORTS)) {
                assertThat(s.count(t)).as(t.name()).isEqualTo(1);
            }
            assertThat(s.recentEvaluations(1).get(0).modelVersion()).isEqualTo("v_20240105_093000");
        }
        assertThatThrownBy(() -> new SqliteMetricsSink().open(dir, ProviderOptions.of(Map.of("batchSize", "zero"))))
                .hasMessageContaining("option 'batchSize' must be a whole number in [1, 1000000] but was 'zero'");
    }

    @Test
    void csvSinkAppendsRowsWithOneHeaderPerFile() throws Exception {
        MetricsSink csv = Providers.byName(MetricsSink.class, "csv");
        try (MetricsWriter w = csv.open(dir, ProviderOptions.empty())) {
            SampleEvents.feed(w);
        }
        try (MetricsWriter w = csv.open(dir, ProviderOptions.empty())) {
            SampleEvents.feed(w);
        }
        List<String> training = Files.readAllLines(dir.resolve("metrics_csv/training.csv"));
        assertThat(training).hasSize(5);
        assertThat(training.get(0)).isEqualTo(CsvMetricsWriter.TRAINING_HEADER);
        assertThat(training.get(1)).startsWith("update,100,50,,1,0.25,0.2,0.5,,,0.9,1000,3.0E-4,1.5,");
        assertThat(training.get(2)).startsWith("episode,390,,1,2,,,,0.01,0.02,0.9,").endsWith(",SPY,2024-01-02,390,7");
        List<String> evals = Files.readAllLines(dir.resolve("metrics_csv/evaluations.csv"));
        assertThat(evals).contains("3,400,v_20240105_093000,validation,2024-01-03,2024-01-04,agent,sharpe,1.25",
                "3,400,v_20240105_093000,validation,2024-01-03,2024-01-04,flat,sharpe,0.0");
        assertThat(Files.readAllLines(dir.resolve("metrics_csv/events.csv"))).hasSize(1 + 2 * 4);
        assertThat(Files.readAllLines(dir.resolve("metrics_csv/custom.csv"))).contains("400,8,example.q_share,0.8");
    }

    @Test
    void micrometerSinkPublishesToTheGlobalRegistry() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Metrics.addRegistry(registry);
        try (MetricsWriter w = Providers.byName(MetricsSink.class, "micrometer").open(dir, ProviderOptions.empty())) {
            SampleEvents.feed(w);
            assertThat(registry.get("deepscalper.train.loss").gauge().value()).isEqualTo(0.25);
            assertThat(registry.get("deepscalper.train.grad_norm").gauge().value()).isEqualTo(1.5);
            assertThat(registry.get("deepscalper.eval.sharpe").tag("split", "validation").gauge().value())
                    .isEqualTo(1.25);
            assertThat(registry.get("deepscalper.train.update.time").timer().count()).isEqualTo(1);
            assertThat(registry.get("deepscalper.data.reports").tag("kind", "drift").counter().count()).isEqualTo(1);
        }
        // a second writer on the same registry (the next retraining cycle) must move the same gauges
        try (MetricsWriter w = Providers.byName(MetricsSink.class, "micrometer").open(dir, ProviderOptions.empty())) {
            w.onUpdate(new io.deepscalper.api.train.UpdateEvent(1, 1, 0.125, 0, 0, 0, 0, 0, 0, Map.of(), Map.of(), 0,
                    0), io.deepscalper.api.train.TrainingControl.NONE);
            assertThat(registry.get("deepscalper.train.loss").gauge().value()).isEqualTo(0.125);
            assertThat(registry.get("deepscalper.train.updates").counter().count()).isEqualTo(2);
        } finally {
            Metrics.removeRegistry(registry);
        }
    }

    @Test
    void slf4jSinkAcceptsEveryEventAndValidatesItsOption() {
        try (MetricsWriter w = Providers.byName(MetricsSink.class, "slf4j").open(dir, ProviderOptions.of(Map.of("every", "1")))) {
            SampleEvents.feed(w);
        }
        assertThatThrownBy(() -> new Slf4jMetricsSink().open(dir, ProviderOptions.of(Map.of("every", "0"))))
                .hasMessageContaining("option 'every' must be a whole number");
    }
}
