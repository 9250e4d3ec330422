package io.deepscalper.continuous.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.health.HealthReport;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.market.TradingSession;
import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.api.train.TrainingControl;
import io.deepscalper.api.train.TrainingEnd;
import io.deepscalper.api.train.TrainingListener;
import io.deepscalper.api.train.UpdateEvent;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.train.Trainer;
import io.deepscalper.core.train.TrainingResult;
import io.deepscalper.monitoring.health.HealthConfig;
import io.deepscalper.monitoring.health.ModelHealthMonitor;
import io.deepscalper.monitoring.store.MetricsStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end with the project's trainer: a learning rate far too high makes the health monitor ask for
 * a rollback, and the trainer restores the last good checkpoint instead of keeping broken weights.
 */
@Tag("integration")
class TrainerHealthRollbackTest {
    @TempDir
    Path dir;

    /** A random-walk minute market, 6 sessions of 60 bars. */
    static SessionSeries market(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        BarSeries.Builder b = BarSeries.builder("SYN");
        List<TradingSession> sessions = new ArrayList<>();
        double price = 100;
        LocalDate day = LocalDate.of(2024, 1, 2);
        int index = 0;
        for (int s = 0; s < 6; s++) {
            long open = day.atTime(14, 30).toEpochSecond(ZoneOffset.UTC);
            for (int i = 0; i < 60; i++) {
                double o = price;
                double c = price * Math.exp(0.002 * r.nextGaussian());
                b.add(open + 60L * i, o, Math.max(o, c) + 0.01, Math.min(o, c) - 0.01, c, 1000 + r.nextInt(500));
                price = c;
            }
            sessions.add(new TradingSession(day, index, index + 60));
            index += 60;
            day = day.plusDays(1);
        }
        return new SessionSeries(b.build(), sessions);
    }

    @Test
    void aCriticalReportRollsTheTrainerBackToTheLastGoodCheckpoint() {
        TrainConfig config = TrainConfig.builder().totalSteps(2000).batchSize(16).bufferCapacity(1000).warmupSteps(40)
                .epsilonDecaySteps(200).trunkSizes(List.of(32, 32)).headHidden(16).auxHidden(8).threads(1)
                .learningRate(0.9).evalIntervalSteps(0).checkpointIntervalSteps(50).seed(5).build();
        List<HealthReport> reports = new ArrayList<>();
        ModelHealthMonitor[] monitor = new ModelHealthMonitor[1];
        TrainingListener health = new TrainingListener() {
            @Override
            public void onUpdate(UpdateEvent e, TrainingControl control) {
                monitor[0].onUpdate(e, control);
            }
        };
        try (MetricsStore store = MetricsStore.inWorkingDirectory(dir);
             Trainer trainer = Trainer.builder(market(3), EnvConfig.builder().lookback(4).rewardScale(100).build(),
                     config).trainSessions(0, 4).evalSessions(4, 6).checkpointDirectory(dir.resolve("checkpoints"))
                     .listener(store).listener(health).build()) {
            int in = trainer.network().config().inputSize();
            float[] probe = new float[4 * in];
            for (int i = 0; i < probe.length; i++) {
                probe[i] = (float) Math.sin(i);
            }
            monitor[0] = new ModelHealthMonitor(HealthConfig.builder().checkEveryUpdates(25).build(), trainer.network(),
                    probe, 4, r -> {
                        reports.add(r);
                        store.onHealth(r);
                    });
            TrainingResult result = trainer.run();

            assertThat(result.end().kind()).isEqualTo(TrainingEnd.Kind.ROLLED_BACK);
            assertThat(result.end().text()).startsWith("rolled back: model health CRITICAL");
            assertThat(result.steps()).isLessThan(2000);
            HealthReport last = reports.get(reports.size() - 1);
            assertThat(last.isCritical()).isTrue();
            ParameterSet after = trainer.network().parameters();
            assertThat(after.tensors()).allSatisfy(t -> {
                for (float v : t.data()) {
                    assertThat(Float.isFinite(v)).isTrue();
                }
            });
            assertThat(store.recentHealthReports(1).get(0).severity()).isEqualTo(last.severity());
        }
    }
}
