package io.deepscalper.monitoring.sink;

import io.deepscalper.api.metrics.MetricsWriter;
import io.deepscalper.api.spi.MetricsSink;
import io.deepscalper.api.spi.ProviderOptions;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.util.Set;

/**
 * Sink {@code prometheus}: a {@link PrometheusMeterRegistry} fed by a {@link MicrometerMetricsWriter}, with
 * Micrometer's JVM and process binders (memory, GC, threads, class loading, CPU, uptime, file descriptors),
 * scraped at {@code http://<bind>:<port>/metrics}. Options: {@code port} (default 9464, 0 for any free port)
 * and {@code bind} (default {@code 127.0.0.1}; another address only when given, with a warning, since the
 * endpoint has no authentication).
 */
public final class PrometheusMetricsSink implements MetricsSink {
    /** Default scrape port (the one the Prometheus Java agent uses by convention). */
    public static final int DEFAULT_PORT = 9464;
    /** Default bind address: the loopback interface only. */
    public static final String DEFAULT_BIND = "127.0.0.1";

    @Override
    public String name() {
        return "prometheus";
    }

    @Override
    public MetricsWriter open(Path workingDirectory, ProviderOptions options) {
        options.requireOnly(name(), Set.of("port", "bind"));
        int port = options.getInt("port", DEFAULT_PORT, 0, 65535);
        String bind = options.get("bind").orElse(DEFAULT_BIND);
        return new PrometheusWriter(bind, port);
    }

    /** The writer: meters plus the endpoint, closed together. */
    public static final class PrometheusWriter extends ForwardingMetricsWriter {
        private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        private final MicrometerMetricsWriter meters = new MicrometerMetricsWriter(registry);
        private final JvmGcMetrics gc = new JvmGcMetrics();
        private final MetricsHttpServer server;

        /** @param port loopback port, 0 for any free one */
        public PrometheusWriter(int port) {
            this(DEFAULT_BIND, port);
        }

        /**
         * @param bind address to listen on ({@link #DEFAULT_BIND} unless exposing on purpose)
         * @param port port, 0 for any free one
         */
        public PrometheusWriter(String bind, int port) {
            new JvmMemoryMetrics().bindTo(registry);
            gc.bindTo(registry);
            new JvmThreadMetrics().bindTo(registry);
            new ClassLoaderMetrics().bindTo(registry);
            new ProcessorMetrics().bindTo(registry);
            new UptimeMetrics().bindTo(registry);
            new FileDescriptorMetrics().bindTo(registry);
            try {
                server = new MetricsHttpServer(bind, port, registry::scrape);
            } catch (RuntimeException e) {
                gc.close();
                registry.close();
                throw e;
            }
        }

        /** @return the port the endpoint listens on */
        public int port() {
            return server.port();
        }

        /** @return the address the endpoint listens on */
        public String bind() {
            return server.bind();
        }

        /** @return the registry, e.g. to add more meters */
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
            gc.close();
            registry.close();
        }
    }
}
