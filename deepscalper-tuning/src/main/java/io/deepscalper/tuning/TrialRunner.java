package io.deepscalper.tuning;

import io.deepscalper.api.model.ModelEvaluation;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.stats.ProbabilisticSharpe;
import io.deepscalper.continuous.RetrainMode;
import io.deepscalper.continuous.TrainingJob;
import io.deepscalper.continuous.TrainingOutcome;
import io.deepscalper.continuous.wiring.BacktestEvaluator;
import io.deepscalper.continuous.wiring.DqnModelTrainer;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.tuning.schedule.SuccessiveHalving;
import io.deepscalper.tuning.space.ConfigOverrides;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one trial with continuous training's own wiring: {@link DqnModelTrainer} trains on the search's training
 * sessions and keeps the best snapshot on the validation window (every {@code train.evalIntervalSteps} steps,
 * which are also the checkpoints successive halving looks at), and {@link BacktestEvaluator} scores the kept
 * model on that window. Stateless: the same context and spec give the same result on any thread or machine.
 */
public final class TrialRunner {
    private static final Logger LOG = LoggerFactory.getLogger(TrialRunner.class);
    private final SuccessiveHalving schedule;

    /** @param schedule the early-stopping rule every trial follows */
    public TrialRunner(SuccessiveHalving schedule) {
        this.schedule = schedule;
    }

    /** @return the early-stopping rule (an executor that runs trials elsewhere ships it with them) */
    public SuccessiveHalving schedule() {
        return schedule;
    }

    /**
     * @param ctx  the shared data and base settings
     * @param spec the trial
     * @return its result; a trial whose settings fail is {@link TrialStatus#FAILED}, not an exception
     */
    public TrialResult run(TrialContext ctx, TrialSpec spec) {
        long t0 = System.nanoTime();
        ConfigOverrides.Settings s;
        TrainConfig train;
        try {
            s = ConfigOverrides.apply(ctx.env(), ctx.train(), spec.values());
            train = s.train().toBuilder().seed(spec.seed()).threads(ctx.threads())
                    .selectionSessions(ctx.validationSessions()).checkpointIntervalSteps(0).build();
        } catch (IllegalArgumentException e) {
            return failed(spec, "invalid settings: " + e.getMessage(), t0);
        }
        List<SessionSeries> validation = ctx.validation();
        CheckpointWatch watch = new CheckpointWatch(validation.size(),
                new HashSet<>(schedule.rungs(train.totalSteps())), spec.thresholds(), spec.deadlineMillis());
        DqnModelTrainer trainer = new DqnModelTrainer(s.env(), train);
        Path dir = ctx.scratch().resolve("trial-" + spec.number() + "-" + ProcessHandle.current().pid() + "-"
                + Thread.currentThread().getId());
        TrainingOutcome outcome;
        try {
            outcome = trainer.train(new TrainingJob("trial-" + spec.number(), RetrainMode.FULL, null,
                    train.totalSteps(), ctx.search(), dir, false), watch);
        } catch (RuntimeException e) {
            LOG.warn("trial {} failed: {}", spec.number(), e.toString());
            return failed(spec, e.toString(), t0);
        } finally {
            deleteTree(dir);
        }
        long wall = (System.nanoTime() - t0) / 1_000_000;
        if (!outcome.completed()) {
            TrialStatus st = watch.stoppedAs() != null ? watch.stoppedAs() : TrialStatus.STOPPED_EARLY;
            String why = watch.stopReason() != null ? watch.stopReason() : outcome.end().text();
            return new TrialResult(spec.number(), spec.seed(), spec.values(), st, why, outcome.steps(), watch.curve(),
                    watch.rungScores(), Map.of(), List.of(), watch.best(), 0,
                    wall, trainer.network(), null);
        }
        ModelEvaluation eval = new BacktestEvaluator(trainer.network(), s.env(), ctx.threads())
                .evaluate(outcome.parameters(), validation);
        double[] r = eval.sessionReturns().stream().mapToDouble(Double::doubleValue).toArray();
        double sharpe = r.length >= 2 ? ProbabilisticSharpe.of(r, 0).sharpe() : 0;
        double score = eval.metrics().getOrDefault("total_return", 0.0);
        return new TrialResult(spec.number(), spec.seed(), spec.values(), TrialStatus.COMPLETED, null,
                outcome.steps(), watch.curve(), watch.rungScores(), eval.metrics(), eval.sessionReturns(), score,
                Double.isFinite(sharpe) ? sharpe : 0, wall, trainer.network(), outcome.parameters());
    }

    private static TrialResult failed(TrialSpec spec, String why, long t0) {
        return new TrialResult(spec.number(), spec.seed(), spec.values(), TrialStatus.FAILED, why, 0, List.of(),
                Map.of(), Map.of(), List.of(), Double.NEGATIVE_INFINITY, 0, (System.nanoTime() - t0) / 1_000_000,
                null, null);
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the trial's checkpoints " + dir, e);
        }
    }
}
