package io.deepscalper.continuous.wiring;

import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.api.train.TrainingListener;
import io.deepscalper.continuous.ModelTrainer;
import io.deepscalper.continuous.RetrainMode;
import io.deepscalper.continuous.TrainingJob;
import io.deepscalper.continuous.TrainingOutcome;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.env.Observations;
import io.deepscalper.core.train.Checkpoint;
import io.deepscalper.core.train.CheckpointDataMismatchException;
import io.deepscalper.core.train.SelectedModel;
import io.deepscalper.core.train.Trainer;
import io.deepscalper.core.train.TrainerBuilder;
import io.deepscalper.core.train.TrainingResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binds the orchestrator's {@link ModelTrainer} to core's DJL {@link Trainer}.
 *
 * <p>A full run trains fresh parameters for {@code train.totalSteps}. An incremental run warm-starts
 * the network from the champion's parameters and trains {@code job.steps()} more steps; it explores at
 * the champion's final rate ({@code epsilonEnd}) rather than from 1.0, and its warm-up only fills one
 * batch, because restarting exploration from scratch would throw away what the champion learned.
 * Checkpoints go to the job's folder; a resumed job continues from the checkpoint there.
 *
 * <p>One network learns from every symbol of the job (the features are scale-free): each episode is a session
 * drawn uniformly over all symbols' training sessions, so a symbol weighs in proportion to its sessions.
 *
 * <p>With {@code train.selectionSessions = k > 0} the last {@code k} sessions of each symbol's training data
 * (which already excludes the orchestrator's validation sessions) are held out of training; every
 * {@code train.evalIntervalSteps} steps and at the end the greedy snapshot is backtested on them and the best
 * one, by mean return over the symbols, is the candidate; "stay flat" is a candidate too and wins ties
 * ({@link TrainerBuilder#selectOnValidation}). A symbol with {@code k + 1} sessions or fewer is trained on
 * whole and not used for selection; when no symbol has enough history, selection is off for that run (logged).
 */
public final class DqnModelTrainer implements ModelTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(DqnModelTrainer.class);
    private final EnvConfig env;
    private final TrainConfig train;

    /**
     * @param env   environment settings
     * @param train learner settings (network shape, steps, seed)
     */
    public DqnModelTrainer(EnvConfig env, TrainConfig train) {
        this.env = env;
        this.train = train;
    }

    @Override
    public NetworkConfig network() {
        return train.network(Observations.size(env), env.priceBins(), env.quantityBins());
    }

    @Override
    public long fullSteps() {
        return train.totalSteps();
    }

    @Override
    public long seed() {
        return train.seed();
    }

    @Override
    public TrainingOutcome train(TrainingJob job, TrainingListener listener) {
        int k = train.selectionSessions();
        boolean select = k > 0 && train.evalIntervalSteps() > 0
                && job.training().stream().anyMatch(s -> s.sessions().size() > k + 1);
        if (k > 0 && !select) {
            LOG.warn("snapshot selection is off for run {}: it needs train.evalIntervalSteps > 0 (is {}) and a symbol "
                    + "with more than {} sessions", job.runId(), train.evalIntervalSteps(), k + 1);
        }
        if (!select && env.costHurdle() == 0) {
            // the quick-start profile drops the rule because selection guards against trading noise; without
            // either, the last snapshot trades on estimation error (docs/learning.md, "Round four")
            LOG.warn("run {} has neither snapshot selection nor the cost-aware action rule (env.costHurdle 0): the "
                    + "last snapshot becomes the candidate and may trade on estimation noise; set "
                    + "train.selectionSessions > 0 or env.costHurdle > 0", job.runId());
        }
        TrainConfig.Builder cfg = train.toBuilder().totalSteps(job.steps());
        if (!select) {
            cfg.evalIntervalSteps(0);
        }
        if (job.mode() == RetrainMode.INCREMENTAL) {
            cfg.epsilonStart(train.epsilonEnd()).warmupSteps(Math.min(train.warmupSteps(), train.batchSize()));
        }
        Path dir = job.checkpointDir();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create checkpoint folder " + dir, e);
        }
        TrainerBuilder b = null;
        for (SessionSeries series : job.training()) {
            int n = series.sessions().size();
            int trainTo = select && n > k + 1 ? n - k : n;
            if (b == null) {
                b = Trainer.builder(series, env, cfg.build()).trainSessions(0, trainTo).evalSessions(trainTo, n);
            } else {
                b.addMarket(series, 0, trainTo, trainTo, n);
            }
        }
        b.listener(listener).checkpointDirectory(dir);
        if (select) {
            b.selectOnValidation();
        }
        Path checkpoint = dir.resolve(Checkpoint.FILE_NAME);
        Trainer built;
        if (job.resume() && Files.exists(checkpoint)) {
            b.resume(checkpoint);
            try {
                built = b.build();
            } catch (CheckpointDataMismatchException e) {
                // the run's data moved between the failure and this start (e.g. a failed write on a full disk
                // ended the process after the clock had advanced): refusing would fail every later start too
                LOG.warn("run {}: its checkpoint cannot be resumed on the data it has now ({}); the run restarts "
                        + "from its beginning", job.runId(), e.getMessage());
                deleteQuietly(checkpoint);
                return train(new TrainingJob(job.runId(), job.mode(), job.warmStart(), job.steps(), job.training(),
                        job.checkpointDir(), false), listener);
            }
        } else {
            if (job.warmStart() != null) {
                b.warmStart(job.warmStart());
            }
            built = b.build();
        }
        try (Trainer t = built) {
            ParameterSet initial = t.network().parameters();
            TrainingResult r = t.run();
            if (!select || !r.end().isCompleted()) {
                return new TrainingOutcome(t.network().parameters(), initial, r.steps(), r.end());
            }
            SelectedModel s = t.selection();
            LOG.info("run {}: kept {} (validation return {} over {} candidates)", job.runId(),
                    s.flat() ? "flat, no snapshot beat it" : "the snapshot of step " + s.step(), s.validationReturn(),
                    s.candidates());
            return new TrainingOutcome(s.parameters(), initial, r.steps(), r.end(),
                    new TrainingOutcome.Selection(s.step(), s.validationReturn(), s.beatsFlat(), s.candidates()));
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the stale checkpoint " + file, e);
        }
    }
}
