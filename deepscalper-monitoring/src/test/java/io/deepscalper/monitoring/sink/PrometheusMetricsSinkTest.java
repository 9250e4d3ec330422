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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
                    .contains("deepscalper_eval_sharpe{model_version=\"v_20240105_093000\",split=\"validation\"} 1.25")
                    .contains("deepscalper_health_severity 1.0")
                    .contains("deepscalper_alerts_total{kind=\"anomaly\",severity=\"warning\"} 1.0")
                    .contains("deepscalper_triggers_total{fired=\"true\",trigger=\"schedule\"} 1.0")
                    .contains("deepscalper_custom_example_q_share 0.8")
                    .contains("deepscalper_train_episode_return_count_total 1.0")
                    .contains("deepscalper_train_episode_return_sum 0.01");
            assertThat(body).as("no dates as labels").doesNotContain("2024-01");
            assertThat(body).as("JVM and process meters").contains("jvm_memory_used_bytes{", "jvm_threads_live_threads",
                    "jvm_classes_loaded_classes", "process_cpu_usage", "process_uptime_seconds", "system_cpu_count");
            assertEveryMeterHasHelp(body);

            HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/metrics")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isEqualTo(405);
            HttpResponse<String> other = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/metrics/x")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(other.statusCode()).isEqualTo(404);
        }
    }

    /** Every metric family announced with {@code # TYPE} also has a {@code # HELP} line with some text. */
    static void assertEveryMeterHasHelp(String body) {
        Map<String, String> help = new HashMap<>();
        List<String> types = new ArrayList<>();
        for (String line : body.lines().toList()) {
            String[] f = line.split(" ", 4);
            if (line.startsWith("# HELP ")) {
                help.put(f[2], f.length > 3 ? f[3].strip() : "");
            } else if (line.startsWith("# TYPE ")) {
                types.add(f[2]);
            }
        }
        assertThat(types).isNotEmpty();
        assertThat(types).allSatisfy(t -> assertThat(help.get(t)).as("HELP of " + t).isNotBlank());
        assertThat(types.stream().filter(t -> t.startsWith("deepscalper_")).count()).isGreaterThan(15);
    }

    @Test
    void anotherAddressOnlyWhenGivenAndBadOnesRefused() throws Exception {
        MetricsSink sink = new PrometheusMetricsSink();
        try (MetricsWriter w = sink.open(dir, ProviderOptions.of(Map.of("port", "0")))) {
            assertThat(((PrometheusMetricsSink.PrometheusWriter) w).bind()).isEqualTo("127.0.0.1");
        }
        try (MetricsWriter w = sink.open(dir, ProviderOptions.of(Map.of("port", "0", "bind", "0.0.0.0")))) {
            int port = ((PrometheusMetricsSink.PrometheusWriter) w).port();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/metrics")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
        }
        assertThatThrownBy(() -> sink.open(dir, ProviderOptions.of(Map.of("port", "0", "bind", " "))))
                .hasMessageContaining("bind address must not be blank");
    }

    @Test
    void badOptionsAndATakenPortGiveClearMessages() {
        MetricsSink sink = new PrometheusMetricsSink();
        assertThatThrownBy(() -> sink.open(dir, ProviderOptions.of(Map.of("prot", "1")))).hasMessageContaining("provider 'prometheus' has no option 'prot'")
                .hasMessageContaining("[bind, port]");
        assertThatThrownBy(() -> sink.open(dir, ProviderOptions.of(Map.of("port", "70000")))).hasMessageContaining("option 'port' must be a whole number in [0, 65535] but was '70000'");
        try (MetricsWriter first = sink.open(dir, ProviderOptions.of(Map.of("port", "0")))) {
            int port = ((PrometheusMetricsSink.PrometheusWriter) first).port();
            assertThatThrownBy(() -> sink.open(dir, ProviderOptions.of(Map.of("port", Integer.toString(port)))))
                    .hasMessageContaining("127.0.0.1:" + port).hasMessageContaining("choose another port");
        }
    }
}
