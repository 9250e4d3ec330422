package io.deepscalper.continuous.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.market.SessionSplitter;
import io.deepscalper.api.train.EpisodeEvent;
import io.deepscalper.api.train.TrainingControl;
import io.deepscalper.api.train.TrainingListener;
import io.deepscalper.continuous.RetrainMode;
import io.deepscalper.continuous.TrainingJob;
import io.deepscalper.continuous.TrainingOutcome;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.data.synthetic.SyntheticDataSource;
import io.deepscalper.data.synthetic.SyntheticModel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DJL trainer binding learns from every symbol of a job and selects its candidate on held-out sessions. */
class DqnModelTrainerTest {
    private static final EnvConfig ENV = EnvConfig.builder().lookback(4).rewardScale(100).build();

    private static List<SessionSeries> market() {
        return market(Instant.parse("2024-03-14T00:00:00Z"));
    }

    private static List<SessionSeries> market(Instant to) {
        SyntheticDataSource source = new SyntheticDataSource(SyntheticModel.defaults(), Set.of("AAA", "BBB"));
        Instant from = Instant.parse("2024-03-04T00:00:00Z");
        return List.of("AAA", "BBB").stream().map(s -> SessionSplitter.nyse()
                .split(source.fetch(s, BarInterval.ONE_MINUTE, from, to)).series()).toList();
    }

    private static TrainConfig train(int selectionSessions) {
        return TrainConfig.builder().totalSteps(300).batchSize(16).bufferCapacity(2_000).warmupSteps(50)
                .epsilonDecaySteps(200).trunkSizes(List.of(16)).headHidden(8).auxHidden(4).threads(1)
                .evalIntervalSteps(100).checkpointIntervalSteps(0).selectionSessions(selectionSessions).seed(3)
                .build();
    }

    @Test
    void everySymbolIsTrainedOnAndTheCandidateIsChosenOnHeldOutSessions(@TempDir Path dir) {
        List<SessionSeries> training = market();
        assertThat(training.get(0).sessions()).hasSize(8);
        Set<String> symbols = new HashSet<>();
        TrainingListener l = new TrainingListener() {
            @Override
            public void onEpisode(EpisodeEvent e, TrainingControl control) {
                symbols.add(e.symbol());
            }
        };
        // sessions have 389 steps: 300 steps cover one episode, so a second run with another seed sees more
        TrainingOutcome o = new DqnModelTrainer(ENV, train(2).toBuilder().totalSteps(1_200).build())
                .train(new TrainingJob("r1", RetrainMode.FULL, null, 1_200, training, dir.resolve("r1"), false), l);
        assertThat(symbols).containsExactlyInAnyOrder("AAA", "BBB");
        assertThat(o.selection()).isNotNull();
        assertThat(o.selection().candidates()).isEqualTo(12);
        assertThat(o.selection().beatsFlat()).isEqualTo(o.selection().validationReturn() > 0);
    }

    @Test
    void withoutSelectionSessionsTheLastParametersAreTheCandidate(@TempDir Path dir) {
        TrainingOutcome o = new DqnModelTrainer(ENV, train(0)).train(new TrainingJob("r2", RetrainMode.FULL, null,
                300, market(), dir.resolve("r2"), false), new TrainingListener() { });
        assertThat(o.selection()).isNull();
        assertThat(o.steps()).isEqualTo(300);
    }

    /**
     * Issue 15.6: after a failure (a full disk) the restart may see one session more than the checkpoint was
     * trained on; refusing that failed every later start. The run restarts from its beginning instead.
     */
    @Test
    void aCheckpointOfOtherDataRestartsTheRunInsteadOfFailingEveryStart(@TempDir Path dir) {
        DqnModelTrainer trainer = new DqnModelTrainer(ENV, train(0).toBuilder().checkpointIntervalSteps(100).build());
        Path run = dir.resolve("r4");
        trainer.train(new TrainingJob("r4", RetrainMode.FULL, null, 200, market(), run, false),
                new TrainingListener() { });
        assertThat(run.resolve(io.deepscalper.core.train.Checkpoint.FILE_NAME)).exists();
        TrainingOutcome o = trainer.train(new TrainingJob("r4", RetrainMode.FULL, null, 300,
                market(Instant.parse("2024-03-15T00:00:00Z")), run, true), new TrainingListener() { });
        assertThat(o.steps()).isEqualTo(300);
        assertThat(o.end().isCompleted()).isTrue();
    }
}
