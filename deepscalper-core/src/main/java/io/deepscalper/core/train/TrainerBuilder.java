package io.deepscalper.core.train;

import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.api.train.TrainingListener;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Configures a {@link Trainer}; obtain one from {@link Trainer#builder}. */
public final class TrainerBuilder {
    final SessionSeries series;
    final EnvConfig env;
    final TrainConfig train;
    final List<TrainingListener> listeners = new ArrayList<>();
    int trainFrom = -1;
    int trainTo = -1;
    int evalFrom;
    int evalTo;
    Path checkpointDir;
    Path resumeFrom;
    ParameterSet warmStart;

    TrainerBuilder(SessionSeries series, EnvConfig env, TrainConfig train) {
        this.series = Objects.requireNonNull(series, "series");
        this.env = Objects.requireNonNull(env, "env");
        this.train = Objects.requireNonNull(train, "train");
    }

    /** @param from first training session @param to one past the last @return this */
    public TrainerBuilder trainSessions(int from, int to) {
        this.trainFrom = from;
        this.trainTo = to;
        return this;
    }

    /** @param from first held-out session @param to one past the last @return this */
    public TrainerBuilder evalSessions(int from, int to) {
        this.evalFrom = from;
        this.evalTo = to;
        return this;
    }

    /** @param l called on the training thread @return this */
    public TrainerBuilder listener(TrainingListener l) {
        listeners.add(Objects.requireNonNull(l, "listener"));
        return this;
    }

    /** @param dir where {@value Checkpoint#FILE_NAME} is written @return this */
    public TrainerBuilder checkpointDirectory(Path dir) {
        this.checkpointDir = dir;
        return this;
    }

    /**
     * Continues from a checkpoint file; a damaged file fails the build (never a silent fresh start).
     *
     * @param file checkpoint written by a trainer with the same configs and data
     * @return this
     */
    public TrainerBuilder resume(Path file) {
        this.resumeFrom = Objects.requireNonNull(file, "file");
        return this;
    }

    /**
     * Starts from existing parameters (incremental retraining continues the current model).
     *
     * @param parameters parameters of a network with this config's shape
     * @return this
     */
    public TrainerBuilder warmStart(ParameterSet parameters) {
        this.warmStart = Objects.requireNonNull(parameters, "parameters");
        return this;
    }

    /** @return the trainer (loads the engine and, when resuming, the checkpoint) */
    public Trainer build() {
        int n = series.sessions().size();
        if (trainFrom < 0 || trainTo > n || trainFrom >= trainTo) {
            throw new IllegalArgumentException("training sessions [" + trainFrom + ", " + trainTo + ") must be a "
                    + "non-empty range inside the " + n + " sessions of " + series.symbol()
                    + "; call trainSessions(from, to)");
        }
        if (evalTo > evalFrom && evalFrom < trainTo && evalTo > trainFrom) {
            throw new IllegalArgumentException("evaluation sessions [" + evalFrom + ", " + evalTo + ") overlap the "
                    + "training sessions [" + trainFrom + ", " + trainTo + "); hold them out");
        }
        for (int i = trainFrom; i < trainTo; i++) {
            if (series.sessions().get(i).length() < 2) {
                throw new IllegalArgumentException("training session " + series.sessions().get(i).date() + " has "
                        + series.sessions().get(i).length() + " bar; an episode needs at least 2 (decide on one, fill "
                        + "on the next); drop it from the training range");
            }
        }
        if (resumeFrom != null && warmStart != null) {
            throw new IllegalArgumentException("choose either resume(checkpoint) or warmStart(parameters)");
        }
        return new Trainer(this);
    }
}
