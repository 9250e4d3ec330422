package io.deepscalper.monitoring.sink;

import io.deepscalper.api.metrics.MetricsWriter;
import io.deepscalper.api.spi.MetricsSink;
import io.deepscalper.api.spi.ProviderOptions;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.util.Set;

/**
 * Sink {@code prometheus}: a {@link PrometheusMeterRegistry} fed by a {@link MicrometerMetricsWriter},
 * scraped at {@code http://127.0.0.1:<port>/metrics}. Options: {@code port} (default 9464, 0 for any
 * free port).
 */
public final class PrometheusMetricsSink implements MetricsSink {
    /** Default scrape port (the one the Prometheus Java agent uses by convention). */
    public static final int DEFAULT_PORT = 9464;

    @Override
    public String name() {
        return "prometheus";
    }

    @Override
    public MetricsWriter open(Path workingDirectory, ProviderOptions options) {
        options.requireOnly(name(), Set.of("port"));
        int port = options.getInt("port", DEFAULT_PORT, 0, 65535);
        return new PrometheusWriter(port);
    }

    /** The writer: meters plus the endpoint, closed together. */
    public static final class PrometheusWriter extends ForwardingMetricsWriter {
        private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        private final MicrometerMetricsWriter meters = new MicrometerMetricsWriter(registry);
        private final MetricsHttpServer server;

        /** @param port loopback port, 0 for any free one */
        public PrometheusWriter(int port) {
            server = new MetricsHttpServer(port, registry::scrape);
        }

        /** @return the port the endpoint listens on */
        public int port() {
            return server.port();
        }

        /** @return the registry, e.g. to add JVM meters */
        public PrometheusMeterRegistry registry() {
            return registry;
        }

        @Override
        protected MetricsWriter delegate() {
            return meters;
        }

        @Override
        public void close() {
            server.close();
            registry.close();
        }
    }
}
