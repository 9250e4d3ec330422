package io.deepscalper.continuous;

import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.nn.ParameterSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One retrain for a {@link ModelTrainer}.
 *
 * @param runId         stable id of the run (survives a restart, names the checkpoint)
 * @param mode          incremental (warm start) or full (fresh parameters)
 * @param warmStart     the champion's parameters for {@link RetrainMode#INCREMENTAL}, null for full
 * @param steps         environment steps to train
 * @param training      the training sessions, one series per symbol (validation sessions excluded)
 * @param checkpointDir where the run writes its checkpoint
 * @param resume        true to continue from the checkpoint in {@code checkpointDir} instead of starting
 */
public record TrainingJob(String runId, RetrainMode mode, ParameterSet warmStart, long steps,
                          List<SessionSeries> training, Path checkpointDir, boolean resume) {

    /** Checks that the mode and the warm start agree. */
    public TrainingJob {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(mode, "mode");
        training = List.copyOf(training);
        Objects.requireNonNull(checkpointDir, "checkpointDir");
        if (mode == RetrainMode.INCREMENTAL && warmStart == null) {
            throw new IllegalArgumentException("an incremental job needs the champion's parameters to warm start from");
        }
        if (mode == RetrainMode.FULL && warmStart != null) {
            throw new IllegalArgumentException("a full job starts from fresh parameters; do not pass a warm start");
        }
        if (steps <= 0) {
            throw new IllegalArgumentException("a training job needs steps > 0 but got " + steps);
        }
        if (training.isEmpty()) {
            throw new IllegalArgumentException("a training job needs at least one series of sessions");
        }
    }
}
