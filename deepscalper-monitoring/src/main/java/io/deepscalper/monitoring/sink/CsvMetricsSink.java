package io.deepscalper.monitoring.sink;

import io.deepscalper.api.metrics.MetricsWriter;
import io.deepscalper.api.spi.MetricsSink;
import io.deepscalper.api.spi.ProviderOptions;
import java.nio.file.Path;
import java.util.Set;

/**
 * Sink {@code csv}: appends to plain CSV files in {@code <working dir>/<dir>} (option {@code dir},
 * default {@code metrics_csv}): {@code training.csv} (updates and episodes, the columns of the store's
 * training table), {@code custom.csv}, {@code evaluations.csv} (one row per metric) and {@code events.csv}
 * (health, triggers, alerts, data reports). For spreadsheets and pandas; the SQLite store is the durable
 * record. Headers are written when a file is created.
 */
public final class CsvMetricsSink implements MetricsSink {

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public MetricsWriter open(Path workingDirectory, ProviderOptions options) {
        options.requireOnly(name(), Set.of("dir"));
        return new CsvMetricsWriter(workingDirectory.resolve(options.getString("dir", "metrics_csv")));
    }
}
