package io.deepscalper.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged file of the working directory is a 503 naming the file; the other sections still answer. */
class UnreadableFilesTest {
    @TempDir
    Path dir;

    @Test
    void aDamagedStateFileIsA503NamingItAndTheOtherSectionsStillAnswer() throws IOException {
        Files.writeString(dir.resolve("state.json"), "{\"cycles\": 3,");
        try (DashboardServer s = DashboardServer.start(DashboardOptions.loopback(dir, 0))) {
            Http http = new Http(s);
            HttpResponse<String> overview = http.get("/api/overview");
            assertThat(overview.statusCode()).isEqualTo(503);
            assertThat(overview.body()).contains("cannot read", "state.json");
            assertThat(http.json("/api/runs")).isEmpty();
            assertThat(http.json("/api/versions").path("versions")).isEmpty();
            assertThat(Files.exists(dir.resolve("models"))).as("reading creates nothing").isFalse();
            assertThat(Files.exists(dir.resolve("metrics.db"))).isFalse();
        }
    }
}
