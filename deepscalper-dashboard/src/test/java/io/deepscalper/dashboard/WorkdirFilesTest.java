package io.deepscalper.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The overview from the state files; a damaged file of the working directory is a 503 naming the file. */
class WorkdirFilesTest {
    @TempDir
    Path dir;

    @Test
    void theNextScheduledRetrainFollowsTheConfiguredIntervalAndIsNeverWhenTheTriggerIsDisabled() throws IOException {
        Files.writeString(dir.resolve("state.json"), "{\"lastRetrain\": \"2025-03-03T21:01:00Z\", "
                + "\"completedRetrains\": 1, \"cycles\": 1}");
        Files.writeString(dir.resolve("config.json"), "{\"continuous\": {\"retrainIntervalHours\": 6.5}}");
        DashboardData data = new DashboardData(dir);
        assertThat(data.overview()).containsEntry("nextScheduledRetrain", "2025-03-04T03:31:00Z")
                .containsEntry("scheduleDisabled", false).containsEntry("retrainIntervalHours", 6.5);
        Files.writeString(dir.resolve("config.json"), "{\"continuous\": {\"retrainIntervalHours\": 6.5, "
                + "\"disabledTriggers\": [\"scheduled\"]}}");
        assertThat(data.overview()).containsEntry("nextScheduledRetrain", null).containsEntry("scheduleDisabled", true);
    }

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
