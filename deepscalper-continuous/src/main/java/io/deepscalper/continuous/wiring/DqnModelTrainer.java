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
 * <p>The trainer learns on one series: with several symbols the first (alphabetically) is trained on
 * and the others are still validated by the evaluator; this is logged.
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
        SessionSeries series = job.training().get(0);
        if (job.training().size() > 1) {
            LOG.warn("The trainer learns on one series; training on {} of {} symbols", series.symbol(),
                    job.training().size());
        }
        TrainConfig.Builder cfg = train.toBuilder().totalSteps(job.steps()).evalIntervalSteps(0);
        if (job.mode() == RetrainMode.INCREMENTAL) {
            cfg.epsilonStart(train.epsilonEnd()).warmupSteps(Math.min(train.warmupSteps(), train.batchSize()));
        }
        Path dir = job.checkpointDir();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create checkpoint folder " + dir, e);
        }
        TrainerBuilder b = Trainer.builder(series, env, cfg.build()).trainSessions(0, series.sessions().size())
                .listener(listener).checkpointDirectory(dir);
        Path checkpoint = dir.resolve(Checkpoint.FILE_NAME);
        if (job.resume() && Files.exists(checkpoint)) {
            b.resume(checkpoint);
        } else if (job.warmStart() != null) {
            b.warmStart(job.warmStart());
        }
        try (Trainer t = b.build()) {
            ParameterSet initial = t.network().parameters();
            TrainingResult r = t.run();
            return new TrainingOutcome(t.network().parameters(), initial, r.steps(), r.end());
        }
    }
}
