package io.deepscalper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.cli.config.Workdir;
import io.deepscalper.continuous.TrainerCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The CLI's trainer with {@code metrics.sinks=sqlite,prometheus} on a free port: {@code /metrics} is read over
 * real HTTP while it trains, and has HELP text on every meter, the evaluation gauges' {@code model_version} and
 * {@code split} labels, and JVM and process meters.
 */
@Tag("integration")
class PrometheusCliTest {
    private static final Pattern URL = Pattern.compile("Prometheus metrics at (http://127\\.0\\.0\\.1:(\\d+)/metrics)");

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void scrapeDuringACliRunShowsTheMetersWithHelpAndLabels() throws Exception {
        TinyConfig.create().save(dir);
        for (String set : List.of("continuous.disabledTriggers=every_friday,data_drift,performance",
                "metrics.sinks=sqlite,prometheus", "metrics.prometheus.port=0")) {
            Cli.Result r = Cli.run(dir, "config", "--set", set);
            assertThat(r.exitCode()).as(set + ": " + r.err()).isZero();
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // no cycle limit: the test stops the trainer itself once it has seen what it needs
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> {
            CommandLine cl = DeepScalperCli.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            return cl.execute("--workdir", dir.toString(), "start", "--no-progress", "--retrain-interval", "20");
        });
        try {
            String url = awaitUrl(out, run);
            String body = "";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!body.contains("deepscalper_eval_sharpe{model_version=\"v_") && System.nanoTime() < deadline
                    && !run.isDone()) {
                Thread.sleep(250);
                body = scrape(url);
            }
            assertThat(run.isDone()).as("the trainer still runs: " + err).isFalse();
            assertThat(body).containsPattern("deepscalper_eval_sharpe\\{model_version=\"v_\\d{8}_\\d{6}\","
                            + "split=\"validation\"} -?\\d")
                    .contains("# HELP deepscalper_train_loss total loss of the latest learner update")
                    .contains("deepscalper_train_updates_total")
                    .containsPattern("deepscalper_triggers_total\\{fired=\"true\",trigger=\"scheduled\"} [1-9]")
                    .contains("jvm_memory_used_bytes{", "process_cpu_usage", "process_uptime_seconds");
            assertEveryMeterHasHelp(body);
        } finally {
            new Workdir(dir).commands().submit(TrainerCommand.stop("test done"));
            assertThat(run.get(120, TimeUnit.SECONDS)).as(err.toString()).isZero();
        }
    }

    private static String awaitUrl(StringWriter out, CompletableFuture<Integer> run) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && !run.isDone()) {
            Matcher m = URL.matcher(out.toString());
            if (m.find()) {
                assertThat(Integer.parseInt(m.group(2))).as("a free port, not 0").isPositive();
                return m.group(1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the trainer printed no Prometheus URL: " + out);
    }

    private String scrape(String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    /** Every metric family announced with {@code # TYPE} also has a {@code # HELP} line with some text. */
    private static void assertEveryMeterHasHelp(String body) {
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
        assertThat(types).allSatisfy(t -> assertThat(help.get(t)).as("HELP of " + t).isNotBlank());
        assertThat(types.stream().filter(t -> t.startsWith("deepscalper_")).count()).isGreaterThan(15);
    }
}
