package io.deepscalper.monitoring.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.deepscalper.api.config.InvalidConfigException;
import io.deepscalper.api.io.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsConfigTest {
    private static final ObjectMapper JSON = Json.strictPrettyTimeMapper();

    @Test
    void defaultsAreTheStoreOnlyOnLoopback() {
        MetricsConfig d = MetricsConfig.defaults();
        assertThat(d.sinks()).containsExactly("sqlite");
        assertThat(d.extraSinks()).isEmpty();
        assertThat(d.prometheusEnabled()).isFalse();
        assertThat(d.prometheus().bind()).isEqualTo("127.0.0.1");
        assertThat(d.prometheus().port()).isEqualTo(9464);
        assertThat(d.prometheus().loopbackOnly()).isTrue();
        assertThat(d.providers()).isEmpty();
        assertThat(d.alerts()).isFalse();
    }

    @Test
    void namesAreNormalisedAndKeysMayBeLeftOut() throws Exception {
        MetricsConfig c = JSON.readValue("{\"sinks\": [\"sqlite\", \" Prometheus\"], \"prometheus\": {\"port\": 0}}",
                MetricsConfig.class);
        assertThat(c.sinks()).containsExactly("sqlite", "prometheus");
        assertThat(c.extraSinks()).containsExactly("prometheus");
        assertThat(c.prometheus().port()).isZero();
        assertThat(c.prometheus().bind()).isEqualTo("127.0.0.1");
        assertThat(c.regression()).isEqualTo(MetricsConfig.defaults().regression());
        MetricsConfig back = JSON.readValue(JSON.writeValueAsString(c), MetricsConfig.class);
        assertThat(back).isEqualTo(c);
        // config.json is strict: a text where a list belongs is refused ('config --set' splits the commas itself)
        assertThatThrownBy(() -> JSON.readValue("{\"sinks\": \"sqlite,prometheus\"}", MetricsConfig.class))
                .hasMessageContaining("sinks");
    }

    @Test
    void unknownNamesAreRefusedWithTheRegisteredOnes() {
        MetricsConfig c = MetricsConfig.defaults().withSinks(List.of("sqlite", "promethus"));
        assertThatThrownBy(c::checkNames).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("metrics.sinks: 'promethus' is not a registered metric sink")
                .hasMessageContaining("prometheus").hasMessageContaining("csv");
        assertThatThrownBy(() -> MetricsConfig.defaults().withProviders(List.of("nope")).checkNames())
                .hasMessageContaining("metrics.providers: 'nope' is not a registered metric provider");
        MetricsConfig.defaults().withSinks(List.of("sqlite", "prometheus", "slf4j")).checkNames();
    }

    @Test
    void blanksRepeatsAndBadPortsAreRefused() {
        assertThatThrownBy(() -> MetricsConfig.defaults().withSinks(List.of("sqlite,,prometheus")))
                .hasMessageContaining("metrics.sinks must be a list of non-blank names");
        assertThatThrownBy(() -> MetricsConfig.defaults().withSinks(List.of("sqlite", "SQLite")))
                .hasMessageContaining("'sqlite' twice");
        assertThatThrownBy(() -> new PrometheusSettings(70_000, "127.0.0.1"))
                .hasMessageContaining("metrics.prometheus.port");
        assertThatThrownBy(() -> new PrometheusSettings(9464, " ")).hasMessageContaining("metrics.prometheus.bind");
        assertThat(new PrometheusSettings(1, "0.0.0.0").loopbackOnly()).isFalse();
    }
}
