package io.deepscalper.dashboard;

import io.deepscalper.continuous.ContinuousTrainer;
import io.deepscalper.continuous.wiring.AgentSetup;
import io.deepscalper.continuous.wiring.Feeds;
import io.deepscalper.continuous.wiring.QuickStartProfile;
import io.deepscalper.continuous.wiring.SimulatedMarketClock;
import io.deepscalper.continuous.wiring.TrainerAssembly;
import io.deepscalper.data.pipeline.DataPipelineConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

/**
 * A working directory made by a short real run: the continuous trainer on the synthetic market with a
 * simulated clock, two cycles of a tiny profile (a full retrain, then an incremental one), with evaluations
 * during training (validation-based snapshot selection), so that every table the
 * dashboard reads holds real rows. Built once per test JVM and shared (the first test class that uses it took
 * 6 to 21 s in surefire's reports on the shared 2-core machine).
 */
final class WorkdirFixture {
    static final int CYCLES = 2;
    /** Steps of the first (full) retrain: two whole sessions, so that episodes end and are recorded. */
    static final long FULL_STEPS = 800;
    static final long INCREMENTAL_STEPS = 400;
    private static Path dir;

    private WorkdirFixture() {
    }

    static synchronized Path get() {
        if (dir == null) {
            try {
                Files.createDirectories(Path.of("target"));
                Path d = Files.createTempDirectory(Path.of("target"), "dashboard-fixture-");
                run(d);
                dir = d;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    private static void run(Path d) {
        // the quick start's 60 days: 10 sessions held out for the gate, 5 for selection during training
        DataPipelineConfig data = QuickStartProfile.data();
        AgentSetup q = QuickStartProfile.setup();
        AgentSetup setup = AgentSetup.of(
                q.continuous().toBuilder().incrementalSteps(INCREMENTAL_STEPS).retrainIntervalHours(24).build(),
                q.env(),
                q.train().toBuilder().totalSteps(FULL_STEPS).warmupSteps(100).epsilonDecaySteps(400).batchSize(16)
                        .evalIntervalSteps(200).seed(7).build(),
                q.health(), q.gate());
        SimulatedMarketClock clock = SimulatedMarketClock.afterSession(LocalDate.of(2025, 3, 3), 0);
        try (TrainerAssembly a = TrainerAssembly.open(d, setup, clock, Feeds.open(data, d, clock))) {
            ContinuousTrainer trainer = a.trainer();
            trainer.start();
            trainer.run(CYCLES, Duration.ofDays(1), clock.sleeper(), report -> { });
        }
    }
}
