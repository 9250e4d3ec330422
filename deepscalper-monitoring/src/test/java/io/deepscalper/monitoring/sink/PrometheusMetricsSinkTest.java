package io.deepscalper.monitoring.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.metrics.MetricsWriter;
import io.deepscalper.api.spi.MetricsSink;
import io.deepscalper.api.spi.ProviderOptions;
import io.deepscalper.api.spi.Providers;
import io.deepscalper.testkit.SampleEvents;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrometheusMetricsSinkTest {
    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void scrapeEndpointOnLoopbackServesTheMetersInPrometheusFormat() throws Exception {
        MetricsSink sink = Providers.byName(MetricsSink.class, "prometheus");
        try (MetricsWriter w = sink.open(dir, ProviderOptions.of(Map.of("port", "0")))) {
            SampleEvents.feed(w);
            int port = ((PrometheusMetricsSink.PrometheusWriter) w).port();
            assertThat(port).isPositive();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/metrics")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValue(MetricsHttpServer.CONTENT_TYPE);
            String body = r.body();
            assertThat(body).contains("deepscalper_train_loss 0.25")
                    .contains("deepscalper_train_epsilon 0.9")
                    .contains("deepscalper_train_updates_total 1.0")
                    .contains("deepscalper_eval_sharpe{split=\"validation\"} 1.25")
                    .contains("deepscalper_health_severity 1.0")
                    .contains("deepscalper_alerts_total{kind=\"anomaly\",severity=\"warning\"} 1.0")
                    .contains("deepscalper_triggers_total{fired=\"true\",trigger=\"schedule\"} 1.0")
                    .contains("deepscalper_custom_example_q_share 0.8");
            assertThat(body).as("no high-cardinality labels").doesNotContain("v_20240105").doesNotContain("2024-01");

            HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/metrics")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isEqualTo(405);
            HttpResponse<String> other = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/metrics/x")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(other.statusCode()).isEqualTo(404);
        }
    }

    @Test
    void badOptionsAndATakenPortGiveClearMessages() {
        MetricsSink sink = new PrometheusMetricsSink();
        assertThatThrownBy(() -> sink.open(dir, ProviderOptions.of(Map.of("prot", "1")))).hasMessageContaining("provider 'prometheus' has no option 'prot'")
                .hasMessageContaining("[port]");
        assertThatThrownBy(() -> sink.open(dir, ProviderOptions.of(Map.of("port", "70000")))).hasMessageContaining("option 'port' must be a whole number in [0, 65535] but was '70000'");
        try (MetricsWriter first = sink.open(dir, ProviderOptions.of(Map.of("port", "0")))) {
            int port = ((PrometheusMetricsSink.PrometheusWriter) first).port();
            assertThatThrownBy(() -> sink.open(dir, ProviderOptions.of(Map.of("port", Integer.toString(port)))))
                    .hasMessageContaining("127.0.0.1:" + port).hasMessageContaining("choose another port");
        }
    }
}
