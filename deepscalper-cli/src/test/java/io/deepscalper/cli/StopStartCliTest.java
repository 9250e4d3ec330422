package io.deepscalper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.model.ModelMetadata;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersion;
import io.deepscalper.cli.config.Sections;
import io.deepscalper.cli.config.Workdir;
import io.deepscalper.cli.config.WorkdirConfig;
import io.deepscalper.continuous.OrchestratorState;
import io.deepscalper.continuous.PendingRun;
import io.deepscalper.continuous.TrainerLock;
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
 * {@code start --detach}, {@code stop} during the first training, then {@code start}: the run resumes from its
 * checkpoint on the same simulated day and registers the same version, with the same parameters, as a run
 * that was never stopped (tiny config, synthetic source).
 */
@Tag("integration")
class StopStartCliTest {
    @TempDir
    Path stopped;
    @TempDir
    Path uninterrupted;

    @Test
    void startDetachThenStopThenStartFinishesLikeAnUninterruptedRun() throws Exception {
        config().save(uninterrupted);
        Cli.Result reference = Cli.run(uninterrupted, "start", "--no-progress", "--max-cycles", "2");
        assertThat(reference.exitCode()).as(reference.out() + reference.err()).isZero();

        config().save(stopped);
        Cli.Result detached = Cli.run(stopped, "start", "--detach", "--max-cycles", "0");
        assertThat(detached.exitCode()).as(detached.out() + detached.err()).isZero();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (!checkpointWritten() && TrainerLock.runningTrainer(stopped).isPresent() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(checkpointWritten()).as(log()).isTrue();
        Cli.Result stop = Cli.run(stopped, "stop");
        assertThat(stop.exitCode()).as(stop.out() + stop.err() + log()).isZero();
        assertThat(TrainerLock.runningTrainer(stopped)).isEmpty();
        assertThat(PendingRun.load(stopped.resolve("checkpoints"))).as(log()).isPresent();
        assertThat(OrchestratorState.load(stopped).cycleInProgress()).as(log()).isTrue();

        Cli.Result restart = Cli.run(stopped, "start", "--no-progress", "--max-cycles", "1");
        assertThat(restart.exitCode()).as(restart.out() + restart.err()).isZero();
        assertThat(restart.out()).contains("resumed: FULL retrain registered v_").doesNotContain("interrupted");
        assertThat(Files.readString(stopped.resolve("trainer.log")) + restart.out()).doesNotContain("was trained on");
        assertThat(new Workdir(stopped).commands().peek()).as("the handled stop is gone").isEmpty();

        assertThat(versions(stopped)).isEqualTo(versions(uninterrupted));
        OrchestratorState a = OrchestratorState.load(uninterrupted);
        OrchestratorState b = OrchestratorState.load(stopped);
        assertThat(b.cycles()).isEqualTo(a.cycles()).isEqualTo(2);
        assertThat(b.clockAt()).isEqualTo(a.clockAt());
        assertThat(b.completedRetrains()).isEqualTo(a.completedRetrains()).isEqualTo(1);
    }

    private static WorkdirConfig config() {
        WorkdirConfig cfg = TinyConfig.create();
        cfg = cfg.with(Sections.TRAIN, cfg.section(Sections.TRAIN).toBuilder().totalSteps(1_500)
                .checkpointIntervalSteps(100).build());
        return cfg.with(Sections.CONTINUOUS, cfg.section(Sections.CONTINUOUS).toBuilder().retrainIntervalHours(1000)
                .disabledTriggers(Set.of("every_friday", "data_drift", "performance")).build());
    }

    /** Each version's id, training data, parameter checksum and gate outcome. */
    private static List<String> versions(Path dir) {
        ModelStore models = new Workdir(dir).models();
        List<ModelVersion> list = models.list();
        assertThat(list).isNotEmpty();
        return list.stream().map(v -> {
            ModelMetadata m = models.metadata(ModelRef.of(v.id()));
            return v.id() + " " + m.data() + " " + m.files() + " " + m.trainingSteps() + " " + v.gate();
        }).toList();
    }

    private String log() throws Exception {
        Path log = stopped.resolve("trainer.log");
        return Files.exists(log) ? "trainer.log:\n" + Files.readString(log) : "(no trainer.log)";
    }

    private boolean checkpointWritten() throws Exception {
        Path cp = stopped.resolve("checkpoints");
        if (!Files.isDirectory(cp)) {
            return false;
        }
        try (Stream<Path> s = Files.walk(cp)) {
            return s.anyMatch(p -> p.getFileName().toString().equals("checkpoint.bin"));
        }
    }
}
