package io.deepscalper.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.nn.CorruptParameterFileException;
import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.api.train.EpisodeEvent;
import io.deepscalper.api.train.EvaluationEvent;
import io.deepscalper.api.train.TrainingControl;
import io.deepscalper.api.train.TrainingEnd;
import io.deepscalper.api.train.TrainingListener;
import io.deepscalper.api.train.UpdateEvent;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrainerTest {
    static final SessionSeries MARKET = SyntheticMarket.generate(1, 6, 60, 0.5, 0.002);
    static final EnvConfig ENV = EnvConfig.builder().lookback(4).rewardScale(100).build();

    static TrainConfig small(long totalSteps) {
        return TrainConfig.builder().totalSteps(totalSteps).batchSize(16).bufferCapacity(1000).warmupSteps(40)
                .epsilonDecaySteps(200).trunkSizes(List.of(32, 32)).headHidden(16).auxHidden(8).threads(1)
                .evalIntervalSteps(0).checkpointIntervalSteps(0).seed(11).build();
    }

    private static TrainerBuilder builder(TrainConfig c) {
        return Trainer.builder(MARKET, ENV, c).trainSessions(0, 4).evalSessions(4, 6);
    }

    @ParameterizedTest(name = "nStep {0}, updatesPerStep {1}")
    @CsvSource({"1, 1", "3, 2"})
    void halfRunCheckpointResumeAndHalfGiveExactlyTheParametersOfAStraightRun(int nStep, int updatesPerStep,
                                                                              @TempDir Path dir) {
        // with n-step returns the pending transitions of the interrupted episode are rebuilt on resume
        TrainConfig c = small(300).toBuilder().nStep(nStep).updatesPerStep(updatesPerStep).build();
        ParameterSet straight;
        try (Trainer t = builder(c).build()) {
            t.run();
            straight = t.network().parameters();
        }
        try (Trainer t = builder(c).checkpointDirectory(dir).build()) {
            // 130 is mid-episode (sessions have 59 steps), so the episode replay on resume is exercised
            assertThat(t.runUntil(130).steps()).isEqualTo(130);
        }
        try (Trainer t = builder(c).checkpointDirectory(dir).resume(dir.resolve(Checkpoint.FILE_NAME)).build()) {
            assertThat(t.step()).isEqualTo(130);
            TrainingResult r = t.run();
            assertThat(r.steps()).isEqualTo(300);
            assertThat(r.updates()).isEqualTo((300 - 40) * updatesPerStep);
            assertThat(t.network().parameters()).isEqualTo(straight);
        }
    }

    @Test
    void sameConfigAndSeedGiveIdenticalMetricsAndAnotherSeedDoesNot() {
        List<Double> a = lossesAndEvaluation(small(200));
        List<Double> b = lossesAndEvaluation(small(200));
        List<Double> other = lossesAndEvaluation(small(200).toBuilder().seed(12).build());
        assertThat(a).hasSizeGreaterThan(100).isEqualTo(b);
        assertThat(other).isNotEqualTo(a);
    }

    private static List<Double> lossesAndEvaluation(TrainConfig c) {
        List<Double> out = new ArrayList<>();
        try (Trainer t = builder(c).listener(new TrainingListener() {
            @Override
            public void onUpdate(UpdateEvent e, TrainingControl control) {
                out.add(e.loss());
                out.add(e.gradNorm());
            }
        }).build()) {
            t.run();
            out.addAll(t.evaluate().get(0).toMetricMap().values());
        }
        return out;
    }

    @Test
    void aCorruptCheckpointFailsLoudlyInsteadOfStartingFresh(@TempDir Path dir) throws Exception {
        try (Trainer t = builder(small(100)).checkpointDirectory(dir).build()) {
            t.run();
        }
        Path file = dir.resolve(Checkpoint.FILE_NAME);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(f.length() / 2);
            int v = f.read();
            f.seek(f.length() / 2);
            f.write(v ^ 0xff);
        }
        assertThatThrownBy(() -> builder(small(100)).resume(file).build())
                .isInstanceOf(CorruptParameterFileException.class).hasMessageContaining("SHA-256")
                .hasMessageContaining("training did not start");
        Files.write(file, new byte[] {1, 2, 3});
        assertThatThrownBy(() -> builder(small(100)).resume(file).build())
                .isInstanceOf(CorruptParameterFileException.class).hasMessageContaining("not a deepscalper checkpoint");
    }

    @Test
    void resumingWithOtherSettingsOrDataIsRefused(@TempDir Path dir) {
        try (Trainer t = builder(small(60)).checkpointDirectory(dir).build()) {
            t.run();
        }
        Path file = dir.resolve(Checkpoint.FILE_NAME);
        assertThatThrownBy(() -> builder(small(60).toBuilder().gamma(0.9).build()).resume(file).build())
                .hasMessageContaining("only totalSteps may change");
        assertThatThrownBy(() -> Trainer.builder(MARKET, ENV, small(60)).trainSessions(0, 3).resume(file).build())
                .hasMessageContaining("resume with the same data");
    }

    @Test
    void listenersSeeEveryFieldAndCanStopTheRun() {
        List<UpdateEvent> updates = new ArrayList<>();
        List<EpisodeEvent> episodes = new ArrayList<>();
        List<EvaluationEvent> evaluations = new ArrayList<>();
        long[] ended = {-1};
        TrainConfig c = small(1000).toBuilder().evalIntervalSteps(100).build();
        try (Trainer t = builder(c).listener(new TrainingListener() {
            @Override
            public void onUpdate(UpdateEvent e, TrainingControl control) {
                updates.add(e);
                if (e.step() == 150) {
                    control.requestStop("enough");
                }
            }

            @Override
            public void onEpisode(EpisodeEvent e, TrainingControl control) {
                episodes.add(e);
            }

            @Override
            public void onEvaluation(EvaluationEvent e, TrainingControl control) {
                evaluations.add(e);
            }

            @Override
            public void onTrainingEnd(long step, TrainingEnd end) {
                ended[0] = step;
                assertThat(end).isEqualTo(TrainingEnd.stopped("enough"));
            }
        }).build()) {
            TrainingResult r = t.run();
            assertThat(r.steps()).isEqualTo(150);
            assertThat(r.end().kind()).isEqualTo(TrainingEnd.Kind.STOPPED);
            assertThat(r.end().text()).isEqualTo("stopped: enough");
        }
        assertThat(ended[0]).isEqualTo(150);
        assertThat(updates).hasSize(150 - 40);
        UpdateEvent u = updates.get(updates.size() - 1);
        assertThat(u.update()).isEqualTo(110);
        assertThat(u.loss()).isFinite().isPositive();
        assertThat(u.loss()).isCloseTo(u.qLoss() + 0.1 * u.auxLoss(), org.assertj.core.data.Offset.offset(1e-5));
        assertThat(u.bufferSize()).isEqualTo(150);
        assertThat(u.learningRate()).isEqualTo(3e-4);
        assertThat(u.epsilon()).isBetween(0.05, 1.0);
        assertThat(u.layerGradNorms()).containsKeys("trunk.0.weight", "value.1.bias", "aux.0.weight").hasSize(20);
        assertThat(u.layerWeightNorms().get("trunk.0.weight")).isPositive();
        assertThat(u.wallTimeNanos()).isPositive();
        assertThat(episodes).hasSize(2); // 150 steps, 59 per session
        EpisodeEvent e = episodes.get(0);
        assertThat(e.steps()).isEqualTo(59);
        assertThat(e.symbol()).isEqualTo("SYN");
        assertThat(e.rawReturn()).isFinite();
        assertThat(evaluations).hasSize(1);
        assertThat(evaluations.get(0).baselines()).containsKeys("flat", "buy_and_hold", "random", "momentum");
        assertThat(evaluations.get(0).metrics()).containsKeys("total_return", "sharpe", "max_drawdown");
        assertThat(evaluations.get(0).from()).isEqualTo(MARKET.sessions().get(4).date());
    }

    @Test
    void rollbackRestoresTheLastCheckpoint(@TempDir Path dir) {
        TrainConfig c = small(400).toBuilder().checkpointIntervalSteps(100).build();
        try (Trainer t = builder(c).checkpointDirectory(dir).listener(new TrainingListener() {
            @Override
            public void onUpdate(UpdateEvent e, TrainingControl control) {
                if (e.step() == 170) {
                    control.requestRollback("health critical");
                }
            }
        }).build()) {
            TrainingResult r = t.run();
            assertThat(r.end()).isEqualTo(TrainingEnd.rolledBack("health critical"));
            assertThat(r.end().text()).isEqualTo("rolled back: health critical");
            assertThat(t.step()).isEqualTo(100);
            ParameterSet atRollback = t.network().parameters();
            try (Trainer fresh = builder(c).build()) {
                fresh.runUntil(100);
                assertThat(atRollback).isEqualTo(fresh.network().parameters());
            }
        }
    }

    @Test
    void warmStartContinuesFromTheGivenParameters() {
        ParameterSet trained;
        try (Trainer t = builder(small(120)).build()) {
            t.run();
            trained = t.network().parameters();
        }
        try (Trainer t = builder(small(120).toBuilder().seed(99).build()).warmStart(trained).build()) {
            assertThat(t.network().parameters()).isEqualTo(trained);
            t.runUntil(40); // warm-up only: no update yet
            assertThat(t.network().parameters()).isEqualTo(trained);
            t.run();
            assertThat(t.network().parameters()).isNotEqualTo(trained);
        }
        assertThatThrownBy(() -> builder(small(10)).evalSessions(3, 5).build()).hasMessageContaining("overlap");
        SessionSeries oneBar = new SessionSeries(MARKET.bars(), List.of(new io.deepscalper.api.market.TradingSession(
                MARKET.sessions().get(0).date(), 0, 1)));
        assertThatThrownBy(() -> Trainer.builder(oneBar, ENV, small(10)).trainSessions(0, 1).build())
                .hasMessageContaining("has 1 bar").hasMessageContaining("at least 2");
    }
}
