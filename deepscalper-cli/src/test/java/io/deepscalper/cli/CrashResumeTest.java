package io.deepscalper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.model.ModelStore;
import io.deepscalper.cli.config.Sections;
import io.deepscalper.cli.config.Workdir;
import io.deepscalper.cli.config.WorkdirConfig;
import io.deepscalper.continuous.PendingRun;
import io.deepscalper.continuous.TrainerLock;
import io.deepscalper.monitoring.store.MetricsStore;
import io.deepscalper.monitoring.store.TrainingMetric;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a child JVM running {@code start} in the middle of training; the next start resumes the
 * same run from its checkpoint, and the registry and the metrics store are intact.
 */
@Tag("integration")
class CrashResumeTest {
    @TempDir
    Path dir;

    @Test
    void killMinus9DuringTrainingThenResumeFromTheCheckpoint() throws Exception {
        WorkdirConfig cfg = TinyConfig.create();
        cfg = cfg.with(Sections.TRAIN, cfg.section(Sections.TRAIN).toBuilder().totalSteps(3_000)
                .checkpointIntervalSteps(100).build());
        cfg = cfg.with(Sections.CONTINUOUS, cfg.section(Sections.CONTINUOUS).toBuilder()
                .disabledTriggers(Set.of("every_friday", "data_drift", "performance")).build());
        cfg.save(dir);

        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-Xmx1g", "-Dai.djl.offline=true", "-cp",
                System.getProperty("java.class.path"), "io.deepscalper.cli.DeepScalperCli", "--workdir", dir.toString(),
                "start", "--no-progress", "--max-cycles", "1").redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
            // kill once a checkpoint exists and the store has committed training rows, so both are tested
            while (!(checkpointWritten() && committedRows() > 0) && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(checkpointWritten()).as("child log:\n" + Files.readString(dir.resolve("child.log"))).isTrue();
            assertThat(TrainerLock.runningTrainer(dir)).contains(child.pid());
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
        long killedAt = System.currentTimeMillis();
        assertThat(TrainerLock.runningTrainer(dir)).as("the OS released the lock of the killed JVM").isEmpty();
        PendingRun pending = PendingRun.load(dir.resolve("checkpoints")).orElseThrow();
        long stepsBefore;
        try (MetricsStore m = MetricsStore.openReadOnly(dir.resolve("metrics.db"))) {
            assertThat(m.integrityCheck()).isEqualTo("ok");
            stepsBefore = m.recent(1).get(0).step();
        }
        assertThat(stepsBefore).isPositive();

        // restart in this JVM: the pending run resumes from its checkpoint
        Cli.Result r = Cli.run(dir, "start", "--no-progress", "--max-cycles", "1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("resumed: FULL retrain registered v_");
        assertThat(PendingRun.load(dir.resolve("checkpoints"))).isEmpty();
        assertThat(dir.resolve("checkpoints").resolve(pending.runId())).doesNotExist();
        ModelStore models = new Workdir(dir).models();
        assertThat(models.list()).hasSize(1);
        assertThat(models.list().get(0).trigger()).isEqualTo(pending.trigger());
        try (MetricsStore m = MetricsStore.openReadOnly(dir.resolve("metrics.db"))) {
            assertThat(m.integrityCheck()).isEqualTo("ok");
            List<TrainingMetric> after = m.recent(100_000).stream().filter(TrainingMetric::isUpdate)
                    .filter(t -> t.timestampMillis() >= killedAt).toList();
            assertThat(after).isNotEmpty();
            long firstStepAfter = after.stream().mapToLong(TrainingMetric::step).min().orElseThrow();
            assertThat(firstStepAfter).as("training continued from the checkpoint, not from step 0")
                    .isGreaterThanOrEqualTo(100);
            assertThat(m.recent(100_000).stream().filter(t -> t.timestampMillis() < killedAt).count())
                    .as("rows committed before the kill are still there").isPositive();
        }
    }

    private long committedRows() {
        Path db = dir.resolve("metrics.db");
        if (!Files.exists(db)) {
            return 0;
        }
        try (MetricsStore m = MetricsStore.openReadOnly(db)) {
            return m.recent(1).size();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private boolean checkpointWritten() throws Exception {
        Path cp = dir.resolve("checkpoints");
        if (!Files.isDirectory(cp)) {
            return false;
        }
        try (Stream<Path> s = Files.walk(cp)) {
            return s.anyMatch(p -> p.getFileName().toString().equals("checkpoint.bin"));
        }
    }
}
