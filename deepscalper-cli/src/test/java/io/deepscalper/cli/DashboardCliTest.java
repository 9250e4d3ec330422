package io.deepscalper.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code dashboard} and {@code start --dashboard}: bad options are usage errors; the page is served while training. */
class DashboardCliTest {
    @TempDir
    Path dir;

    @Test
    void aBadAddressOrPortIsAUsageErrorNamingTheOption() {
        Cli.Result host = Cli.run(dir, "dashboard", "--bind", "no-such-host.invalid");
        assertThat(host.exitCode()).isEqualTo(2);
        assertThat(host.err()).contains("dashboard.bind must be an IP address or a host name", "no-such-host.invalid");
        Cli.Result port = Cli.run(dir, "dashboard", "--port", "70000");
        assertThat(port.exitCode()).isEqualTo(2);
        assertThat(port.err()).contains("dashboard.port", "70000");
        Cli.Result start = Cli.run(dir, "start", "--dashboard", "--dashboard-port", "-1", "--max-cycles", "1");
        assertThat(start.exitCode()).isEqualTo(2);
        assertThat(start.err()).contains("dashboard.port");
    }

    @Test
    void aMissingWorkingDirectoryIsNamed() {
        Cli.Result r = Cli.run(dir.resolve("absent"), "dashboard", "--port", "0");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("absent", "does not exist");
    }

    @Test
    @Timeout(300)
    void startWithDashboardServesTheWorkingDirectoryWhileTheTrainerRunsAndStopsWithIt() throws Exception {
        TinyConfig.create().save(dir);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        int chosen = port;
        CompletableFuture<Cli.Result> run = CompletableFuture.supplyAsync(() -> Cli.run(dir, "start", "--no-progress",
                "--max-cycles", "1", "--dashboard", "--dashboard-port", Integer.toString(chosen)));
        HttpClient http = HttpClient.newHttpClient();
        URI overview = URI.create("http://127.0.0.1:" + port + "/api/overview");
        String seenRunning = null;
        while (!run.isDone() && seenRunning == null) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(overview).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"running\":true")) {
                    seenRunning = r.body();
                }
            } catch (ConnectException notYet) {
                // the server starts just before the trainer
            }
            Thread.sleep(50);
        }
        Cli.Result result = run.get();
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("dashboard: http://127.0.0.1:" + port + "/");
        assertThat(seenRunning).as("the overview while the trainer ran").isNotNull()
                .contains("\"pid\":" + ProcessHandle.current().pid());
        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(overview).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString())).as("the dashboard stops with the trainer")
                .isInstanceOf(IOException.class);
    }
}
