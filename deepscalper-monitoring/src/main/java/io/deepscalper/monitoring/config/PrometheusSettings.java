package io.deepscalper.monitoring.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.deepscalper.api.config.ConfigChecks;
import io.deepscalper.api.spi.ProviderOptions;
import io.deepscalper.monitoring.sink.PrometheusMetricsSink;
import java.util.Map;

/**
 * Where the {@code prometheus} sink serves {@code /metrics}.
 *
 * @param port TCP port, 0 for any free one (the log says which); default {@value PrometheusMetricsSink#DEFAULT_PORT}
 * @param bind the address to listen on; default {@code 127.0.0.1} (this machine only). Another address exposes an
 *             endpoint without authentication: allowed only when given here, and warned about when it starts
 */
public record PrometheusSettings(int port, String bind) {

    /** Validates the port and the address's shape. */
    public PrometheusSettings {
        ConfigChecks.inRange("metrics.prometheus.port", port, 0, 65535);
        ConfigChecks.nonBlank("metrics.prometheus.bind", bind);
        bind = bind.strip();
    }

    /** Binds a section with keys left out to their defaults. */
    @JsonCreator
    static PrometheusSettings json(@JsonProperty("port") Integer port, @JsonProperty("bind") String bind) {
        return new PrometheusSettings(port == null ? PrometheusMetricsSink.DEFAULT_PORT : port,
                bind == null ? PrometheusMetricsSink.DEFAULT_BIND : bind);
    }

    /** @return port {@value PrometheusMetricsSink#DEFAULT_PORT} on {@code 127.0.0.1} */
    public static PrometheusSettings defaults() {
        return new PrometheusSettings(PrometheusMetricsSink.DEFAULT_PORT, PrometheusMetricsSink.DEFAULT_BIND);
    }

    /** @return true when the address is one of this machine's loopback addresses only */
    public boolean loopbackOnly() {
        return bind.equals("127.0.0.1") || bind.equals("::1") || bind.equalsIgnoreCase("localhost")
                || bind.startsWith("127.");
    }

    /** @return the sink options these settings stand for */
    public ProviderOptions options() {
        return ProviderOptions.of(Map.of("port", Integer.toString(port), "bind", bind));
    }
}
