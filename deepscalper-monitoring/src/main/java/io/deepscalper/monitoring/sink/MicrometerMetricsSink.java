package io.deepscalper.monitoring.sink;

import io.deepscalper.api.metrics.MetricsWriter;
import io.deepscalper.api.spi.MetricsSink;
import io.deepscalper.api.spi.ProviderOptions;
import io.micrometer.core.instrument.Metrics;
import java.nio.file.Path;
import java.util.Set;

/**
 * Sink {@code micrometer}: publishes to Micrometer's global composite registry
 * ({@link Metrics#globalRegistry}), so that an application that already ships metrics through Micrometer
 * (Spring Boot, Quarkus) sees deepscalper's meters with no extra wiring. No options.
 */
public final class MicrometerMetricsSink implements MetricsSink {

    @Override
    public String name() {
        return "micrometer";
    }

    @Override
    public MetricsWriter open(Path workingDirectory, ProviderOptions options) {
        options.requireOnly(name(), Set.of());
        return new MicrometerMetricsWriter(Metrics.globalRegistry);
    }
}
