package io.deepscalper.api.spi;

import io.deepscalper.api.metrics.MetricsWriter;
import java.nio.file.Path;

/**
 * A metrics destination plug-in: the SQLite store, CSV, SLF4J, Micrometer and Prometheus sinks of the
 * monitoring module, or a user's own. The provider is a factory (like a JDBC driver): providers are
 * shared singletons, so all state lives in the {@link MetricsWriter} that {@link #open} returns.
 *
 * <p>Register an implementation in {@code META-INF/services/io.deepscalper.api.spi.MetricsSink}.
 */
public interface MetricsSink extends Provider {

    /**
     * Opens a writer.
     *
     * @param workingDirectory the continuous-training working directory (sinks that write files put them here)
     * @param options          sink-specific settings from config, e.g. {@code port} for Prometheus; unknown keys
     *                         are rejected ({@link ProviderOptions#requireOnly}) with a message listing the known ones
     * @return a new writer; the caller closes it
     * @throws io.deepscalper.api.config.InvalidConfigException when an option is unknown or invalid
     */
    MetricsWriter open(Path workingDirectory, ProviderOptions options);
}
