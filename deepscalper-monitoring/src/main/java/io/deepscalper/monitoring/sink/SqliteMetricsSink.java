package io.deepscalper.monitoring.sink;

import io.deepscalper.api.metrics.MetricsWriter;
import io.deepscalper.api.spi.MetricsSink;
import io.deepscalper.api.spi.ProviderOptions;
import io.deepscalper.monitoring.store.MetricsStore;
import io.deepscalper.monitoring.store.StoreConfig;
import java.nio.file.Path;
import java.util.Set;

/**
 * Sink {@code sqlite}: the durable {@link MetricsStore}, {@code metrics.db} in the working directory.
 * Highest priority, so it is the default sink. Options: {@code file} (relative to the working
 * directory, default {@code metrics.db}), {@code batchSize}, {@code flushIntervalMillis}.
 */
public final class SqliteMetricsSink implements MetricsSink {

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public int priority() {
        return 100;
    }

    @Override
    public MetricsWriter open(Path workingDirectory, ProviderOptions options) {
        options.requireOnly(name(), Set.of("file", "batchSize", "flushIntervalMillis"));
        StoreConfig d = StoreConfig.defaults();
        StoreConfig config = StoreConfig.builder()
                .batchSize(options.getInt("batchSize", d.batchSize(), 1, 1_000_000))
                .flushIntervalMillis(options.getInt("flushIntervalMillis", (int) d.flushIntervalMillis(), 0, 3_600_000))
                .build();
        return MetricsStore.open(workingDirectory.resolve(options.getString("file", MetricsStore.FILE_NAME)), config);
    }
}
