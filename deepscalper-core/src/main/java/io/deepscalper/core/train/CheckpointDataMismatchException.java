package io.deepscalper.core.train;

/**
 * A checkpoint was trained on other bars or sessions than the trainer that would resume it. A separate type
 * so that the continuous loop can restart such a run from its beginning (the data a run sees can change
 * between a failure and the restart) while other refusals (another network, other settings) still stop it.
 */
public class CheckpointDataMismatchException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** @param message names the checkpoint, its data and this trainer's data */
    public CheckpointDataMismatchException(String message) {
        super(message);
    }
}
