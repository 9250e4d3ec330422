package io.deepscalper.continuous;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.continuous.ContinuousTrainingConfig;
import io.deepscalper.api.model.ModelMetadata;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersion;
import io.deepscalper.api.spi.ModelRegistry;
import io.deepscalper.api.spi.Providers;
import io.deepscalper.continuous.wiring.Feeds;
import io.deepscalper.continuous.wiring.NyseSessions;
import io.deepscalper.continuous.wiring.SimulatedMarketClock;
import io.deepscalper.data.pipeline.DataPipeline;
import io.deepscalper.data.pipeline.DataPipelineConfig;
import io.deepscalper.monitoring.store.MetricsStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A graceful stop on the simulated market clock, then a fresh start, ends where an uninterrupted run ends:
 * same simulated days, same training data, same versions with the same parameters. Each "process" is
 * rebuilt the way the CLI builds it: the clock from the directory's state ({@link OrchestratorState#finishedCycles()}
 * sessions after the start), a new data pipeline, registry (on that clock), metrics store and trainer.
 */
class ContinuousTrainerStopResumeTest {
    private static final LocalDate START = LocalDate.of(2025, 3, 3);
    private static final ContinuousTrainingConfig CONFIG = ContinuousTrainingConfig.builder().retrainIntervalHours(1000)
            .incrementalSteps(40).validationSessions(TrainerHarness.GATE.minSessions())
            .disabledTriggers(Set.of("performance", "data_drift", "model_health")).build();
    private static final int CYCLES = 3;

    @TempDir
    Path uninterrupted;
    @TempDir
    Path stopped;

    @Test
    void aStopDuringTrainingResumesOnTheSameDayAndEndsLikeAnUninterruptedRun() {
        Outcome reference = runUninterrupted();
        try (Launch first = new Launch(stopped)) {
            first.trainer.atStep(50, () -> first.ct.requestStop("stop during training"));
            first.ct.start();
            first.ct.run(CYCLES, Duration.ofMinutes(1), first.clock.sleeper());
            assertThat(first.ct.state().cycles()).isEqualTo(1);
            assertThat(first.ct.state().cycleInProgress()).isTrue();
        }
        OrchestratorState saved = OrchestratorState.load(stopped);
        assertThat(saved.cycleInProgress()).as("the interrupted cycle is not counted as finished").isTrue();
        assertThat(saved.finishedCycles()).isZero();
        try (Launch second = new Launch(stopped)) {
            Optional<RetrainReport> resumed = second.ct.start();
            assertThat(resumed).map(RetrainReport::outcome).contains(RetrainReport.Outcome.REGISTERED);
            assertThat(second.trainer.firstSteps()).as("resumed after its checkpoint").containsExactly(60L);
            assertThat(second.ct.state().cycleInProgress()).isFalse();
            assertThat(second.ct.state().cycles()).isEqualTo(1);
            second.ct.run(CYCLES - 1, Duration.ofMinutes(1), second.clock.sleeper());
        }
        assertThat(outcome(stopped)).isEqualTo(reference);
    }

    @Test
    void aStopDuringRegistrationFinishesTheCycleAndTheNextStartContinuesOnTheNextDay() {
        Outcome reference = runUninterrupted();
        try (Launch first = new Launch(stopped)) {
            first.evaluator.beforeNextEvaluation(() -> first.ct.requestStop("stop during validation"));
            first.ct.start();
            first.ct.run(CYCLES, Duration.ofMinutes(1), first.clock.sleeper());
            assertThat(first.models.list()).as("training was complete: the version is registered").hasSize(1);
        }
        OrchestratorState saved = OrchestratorState.load(stopped);
        assertThat(saved.cycleInProgress()).isFalse();
        assertThat(saved.finishedCycles()).isEqualTo(1);
        assertThat(PendingRun.load(stopped.resolve("checkpoints"))).isEmpty();
        try (Launch second = new Launch(stopped)) {
            assertThat(second.ct.start()).isEmpty();
            second.ct.run(CYCLES - 1, Duration.ofMinutes(1), second.clock.sleeper());
        }
        assertThat(outcome(stopped)).isEqualTo(reference);
    }

    @Test
    void aStopCommandLeftByAnEarlierTrainerIsDiscardedAndDoesNotInterruptTheNextRetrain() {
        new CommandQueue(stopped).submit(TrainerCommand.stop("meant for the trainer that already exited"));
        try (Launch l = new Launch(stopped)) {
            l.ct.start();
            assertThat(l.ct.commands().peek()).isEmpty();
            CycleReport r = l.ct.runCycle();
            assertThat(r.retrain()).map(RetrainReport::outcome).contains(RetrainReport.Outcome.REGISTERED);
            assertThat(l.ct.stopRequested()).isFalse();
        }
    }

    private Outcome runUninterrupted() {
        try (Launch l = new Launch(uninterrupted)) {
            l.ct.start();
            l.ct.run(CYCLES, Duration.ofMinutes(1), l.clock.sleeper());
        }
        return outcome(uninterrupted);
    }

    /** What must agree: the state's counters and clock, and every version's id, data and parameters. */
    private record Outcome(long cycles, int retrains, java.time.Instant clockAt, List<String> versions) {
    }

    private static Outcome outcome(Path dir) {
        OrchestratorState s = OrchestratorState.load(dir);
        assertThat(s.cycleInProgress()).isFalse();
        ModelStore models = Providers.byName(ModelRegistry.class, "filesystem").open(dir.resolve("models"));
        List<String> versions = new ArrayList<>();
        for (ModelVersion v : models.list()) {
            ModelMetadata m = models.metadata(ModelRef.of(v.id()));
            versions.add(v.id() + " " + m.data() + " " + m.files() + " " + v.gate());
        }
        assertThat(versions).isNotEmpty();
        return new Outcome(s.cycles(), s.completedRetrains(), s.clockAt(), versions);
    }

    /** One trainer process in {@code dir}, built as the CLI's start builds it. */
    private static final class Launch implements AutoCloseable {
        final SimulatedMarketClock clock;
        final DataPipeline feed;
        final ModelStore models;
        final MetricsStore metrics;
        final FakeTrainer trainer = new FakeTrainer();
        final ScriptedEvaluator evaluator = new ScriptedEvaluator();
        final ContinuousTrainer ct;

        Launch(Path dir) {
            clock = SimulatedMarketClock.afterSession(START, OrchestratorState.load(dir).finishedCycles());
            feed = Feeds.open(DataPipelineConfig.builder().symbols(List.of("SYN")).lookbackDays(30).source("synthetic")
                    .build(), dir, clock);
            models = Providers.byName(ModelRegistry.class, "filesystem").open(dir.resolve("models"), clock);
            metrics = MetricsStore.inWorkingDirectory(dir);
            ct = ContinuousTrainer.builder().workdir(dir).clock(clock).config(CONFIG).feed(feed).models(models)
                    .metrics(metrics).trainer(trainer).evaluator(evaluator).gate(TrainerHarness.GATE)
                    .splitter(new NyseSessions()).beforeCycle(feed::updateNow).build();
        }

        @Override
        public void close() {
            try {
                ct.close();
            } finally {
                try {
                    feed.close();
                } finally {
                    metrics.close();
                }
            }
        }
    }
}
