package io.deepscalper.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every JSON endpoint, over HTTP with java.net.http, against the working directory of a short real run. */
class DashboardApiTest {
    private static DashboardServer server;
    private static Http http;
    private static Path workdir;

    @BeforeAll
    static void serve() {
        workdir = WorkdirFixture.get();
        server = DashboardServer.start(DashboardOptions.loopback(workdir, 0));
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void listensOnLoopbackOnly() {
        assertThat(server.url()).startsWith("http://127.0.0.1:");
        assertThat(server.port()).isPositive();
    }

    @Test
    void overviewSaysWhatTheRunLeftBehind() {
        JsonNode o = http.json("/api/overview");
        JsonNode versions = http.json("/api/versions");
        assertThat(o.path("running").asBoolean()).isFalse();
        assertThat(o.path("phase").asText()).isEqualTo("stopped");
        assertThat(o.path("cycles").asLong()).isEqualTo(WorkdirFixture.CYCLES);
        assertThat(o.path("retrains").asLong()).isEqualTo(WorkdirFixture.CYCLES);
        assertThat(o.path("versions").asInt()).isEqualTo(versions.path("versions").size());
        assertThat(o.path("champion").isNull() ? null : o.path("champion").asText())
                .isEqualTo(versions.path("aliases").path("champion").isMissingNode() ? null
                        : versions.path("aliases").path("champion").asText());
        Instant last = Instant.parse(o.path("lastRetrain").asText());
        assertThat(Instant.parse(o.path("nextScheduledRetrain").asText())).isEqualTo(last.plus(Duration.ofHours(24)));
        assertThat(o.path("health").path("severity").asText()).isIn("OK", "WARNING", "CRITICAL");
        assertThat(o.path("lastTraining").path("step").asLong()).isPositive();
    }

    @Test
    void trainingRowsAreGroupedIntoOneRunPerRetrain() {
        JsonNode runs = http.json("/api/runs");
        assertThat(runs).hasSize(WorkdirFixture.CYCLES);
        for (JsonNode run : runs) {
            assertThat(run.path("updates").asLong()).as(run.toString()).isPositive();
            JsonNode t = http.json("/api/runs/" + run.path("run").asText() + "/training");
            JsonNode u = t.path("updates");
            int n = u.path("step").size();
            assertThat(n).isPositive().isLessThanOrEqualTo(DashboardData.MAX_POINTS + 1);
            for (String col : List.of("loss", "q_loss", "aux_loss", "epsilon", "grad_norm")) {
                assertThat(u.path(col).size()).as(col).isEqualTo(n);
            }
            long previous = Long.MIN_VALUE;
            for (JsonNode s : u.path("step")) {
                assertThat(s.asLong()).as("steps of a run only grow").isGreaterThan(previous);
                previous = s.asLong();
            }
            assertThat(u.path("step").get(n - 1).asLong()).isEqualTo(run.path("lastStep").asLong());
            assertThat(nonNull(u.path("loss"))).isPositive();
        }
    }

    @Test
    void evaluationsCarryTheFourBaselinesAndTheVersionTheyBelongTo() {
        JsonNode evals = http.json("/api/evaluations");
        Set<String> ids = versionIds();
        int withBaselines = 0;
        for (JsonNode e : evals) {
            if (e.path("version").isTextual()) {
                assertThat(ids).contains(e.path("version").asText());
                assertThat(e.path("forVersion").asText()).isEqualTo(e.path("version").asText());
            }
            if (e.path("baselines").size() > 0) {
                withBaselines++;
                assertThat(fieldNames(e.path("baselines"))).contains("flat", "buy_and_hold", "random", "momentum");
            }
            if (!e.path("inTraining").asBoolean()) {
                assertThat(ids).contains(e.path("forVersion").asText());
            }
            assertThat(e.path("metrics").has("total_return")).isTrue();
        }
        assertThat(withBaselines).isPositive();
    }

    @Test
    void gateDecisionsMatchTheCatalog() {
        JsonNode gate = http.json("/api/gate");
        JsonNode versions = http.json("/api/versions").path("versions");
        assertThat(gate).hasSize(versions.size());
        for (int i = 0; i < gate.size(); i++) {
            JsonNode g = gate.get(i);
            JsonNode v = versions.get(i);
            assertThat(g.path("version").asText()).isEqualTo(v.path("id").asText());
            assertThat(g.path("passed").asBoolean()).isEqualTo(v.path("gate").asText().equals("passed"));
            assertThat(g.path("checks").size()).isPositive();
            for (JsonNode c : g.path("checks")) {
                assertThat(c.path("decision").asText()).isIn("pass", "fail", "skip");
                assertThat(c.path("reason").asText()).isNotBlank();
            }
        }
    }

    @Test
    void triggerTimelineHoldsEveryDecisionAndTheFiredOnes() {
        JsonNode triggers = http.json("/api/triggers");
        List<String> fired = new ArrayList<>();
        for (JsonNode t : triggers) {
            assertThat(t.path("reason").asText()).isNotBlank();
            if (t.path("fired").asBoolean()) {
                fired.add(t.path("trigger").asText());
            }
        }
        // one decision per trigger and cycle; a retrain in each cycle means at least one fired per cycle
        assertThat(fired).hasSizeGreaterThanOrEqualTo(WorkdirFixture.CYCLES);
        assertThat(triggers.size()).isGreaterThan(fired.size());
    }

    @Test
    void versionsShowLineageAndTheVersionPageHasMetadataConfigAndExports() {
        JsonNode v = http.json("/api/versions");
        JsonNode list = v.path("versions");
        assertThat(list).hasSize(WorkdirFixture.CYCLES);
        for (JsonNode x : list) {
            assertThat(x.path("kind").asText()).isIn("full", "incremental");
            if (x.path("kind").asText().equals("incremental")) {
                assertThat(versionIds()).contains(x.path("parent").asText());
            }
        }
        assertThat(v.path("history").findValuesAsText("action")).contains("register");
        String id = list.get(list.size() - 1).path("id").asText();
        JsonNode page = http.json("/api/versions/" + id);
        assertThat(page.path("metadata").path("id").asText()).isEqualTo(id);
        assertThat(page.path("metadata").path("trainingSteps").asLong()).isEqualTo(page.path("kind").asText()
                .equals("full") ? WorkdirFixture.FULL_STEPS : WorkdirFixture.INCREMENTAL_STEPS);
        assertThat(page.path("metadata").path("validation").path("checks").size()).isPositive();
        assertThat(page.path("exports").findValuesAsText("format")).contains("djl", "onnx", "pytorch");
        assertThat(page.path("evaluations").size()).isPositive();
        for (JsonNode e : page.path("evaluations")) {
            assertThat(e.path("forVersion").asText()).isEqualTo(id);
        }
    }

    @Test
    void dataQualityAndDriftPerSymbolAndHealthReports() {
        JsonNode data = http.json("/api/data");
        assertThat(data.findValuesAsText("kind")).contains("quality");
        assertThat(data.findValuesAsText("symbol")).containsOnly("SYN");
        for (JsonNode r : data) {
            if (r.path("kind").asText().equals("quality")) {
                assertThat(r.path("metrics").path("score").asDouble()).isBetween(0.0, 1.0);
            }
        }
        JsonNode health = http.json("/api/health");
        assertThat(health.path("reports").size()).isPositive();
        assertThat(health.path("reports").get(0).path("statistics").has("grad_norm")).isTrue();
        assertThat(fieldNames(health.path("reports").get(0).path("statistics"))).noneMatch(k -> k.contains("."));
        assertThat(fieldNames(health.path("latest").path("statistics"))).anyMatch(k -> k.startsWith("weight_norm."));
    }

    @Test
    void unknownRunsAndVersionsAreA404WithAReason() {
        HttpResponse<String> run = http.get("/api/runs/legacy-99/training");
        assertThat(run.statusCode()).isEqualTo(404);
        assertThat(run.body()).contains("no training run 'legacy-99'");
        HttpResponse<String> bad = http.get("/api/versions/not-a-version");
        assertThat(bad.statusCode()).isEqualTo(404);
        assertThat(bad.body()).contains("is not a version id");
        HttpResponse<String> missing = http.get("/api/versions/v_19990101_000000");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("no version v_19990101_000000");
    }

    @Test
    void thePageAndUplotComeFromTheServerItself() {
        HttpResponse<String> page = http.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/vendor/uPlot.iife.min.js", "/app.js").doesNotContain("http://", "https://");
        HttpResponse<String> uplot = http.get("/vendor/uPlot.iife.min.js");
        assertThat(uplot.statusCode()).isEqualTo(200);
        assertThat(uplot.body()).contains("uPlot");
        assertThat(uplot.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        assertThat(http.get("/vendor/uPlot.min.css").statusCode()).isEqualTo(200);
        assertThat(http.get("/vendor/..%2Fpackage.json").statusCode()).isEqualTo(404);
        assertThat(http.get("/app.js").body()).doesNotContain("http://", "https://");
    }

    private static Set<String> versionIds() {
        Set<String> ids = new HashSet<>();
        for (JsonNode v : http.json("/api/versions").path("versions")) {
            ids.add(v.path("id").asText());
        }
        return ids;
    }

    private static Set<String> fieldNames(JsonNode n) {
        Set<String> out = new HashSet<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static long nonNull(JsonNode array) {
        long k = 0;
        for (JsonNode x : array) {
            if (!x.isNull()) {
                k++;
            }
        }
        return k;
    }
}
