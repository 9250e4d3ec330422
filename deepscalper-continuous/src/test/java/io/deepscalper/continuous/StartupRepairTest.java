package io.deepscalper.continuous;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.model.CleanupReport;
import io.deepscalper.api.model.ModelVersionId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 19.7: a start removes the temporary files kills left, and the repair log says what happened. */
class StartupRepairTest extends WithTrainerHarness {

    @Test
    void aStartRemovesTemporaryFilesLeftByKilledWrites() throws Exception {
        Path run = Files.createDirectories(dir.resolve("checkpoints").resolve("run_1_1"));
        Path inRun = Files.writeString(run.resolve(".checkpoint.bin.123456.tmp"), "half a checkpoint");
        Path inCheckpoints = Files.writeString(dir.resolve("checkpoints").resolve(".run.json.42.tmp"), "{");
        Path oldInRoot = Files.writeString(dir.resolve(".state.json.777.tmp"), "{");
        Files.setLastModifiedTime(oldInRoot, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        Path freshInRoot = Files.writeString(dir.resolve(".config.json.778.tmp"), "{");

        ContinuousTrainer ct = h.start();
        assertThat(inRun).doesNotExist();
        assertThat(inCheckpoints).doesNotExist();
        assertThat(oldInRoot).doesNotExist();
        assertThat(freshInRoot).as("may be a 'config --set' in progress").exists();
        ct.close();
    }

    @Test
    void tamperingIsNotBlamedOnAnUncleanStop() {
        ModelVersionId v = ModelVersionId.parse("v_20260102_153007");
        String tampered = StartupRepair.describe(new CleanupReport(List.of(), List.of(), List.of(v), List.of()));
        assertThat(tampered).contains("quarantined [" + v + "]", "fail verification").doesNotContain("unclean stop");
        String crashed = StartupRepair.describe(new CleanupReport(List.of(".staging-1"), List.of(v), List.of(),
                List.of()));
        assertThat(crashed).contains("unclean stop", ".staging-1");
    }
}
