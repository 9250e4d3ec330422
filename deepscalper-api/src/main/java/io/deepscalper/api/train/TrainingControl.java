package io.deepscalper.api.train;

/**
 * What a {@link TrainingListener} may ask of the running trainer. Requests take effect after the
 * current step finishes, never in the middle of an update.
 */
public interface TrainingControl {

    /** Asks the trainer to stop after this step and keep the current parameters unpromoted. */
    void requestStop(String reason);

    /** Asks the trainer to restore the last good checkpoint and stop. */
    void requestRollback(String reason);

    /** @return true once a stop or rollback was requested */
    boolean stopRequested();

    /** A control that ignores requests, for listeners driven outside a trainer (tests, replays). */
    TrainingControl NONE = new TrainingControl() {
        @Override
        public void requestStop(String reason) {
        }

        @Override
        public void requestRollback(String reason) {
        }

        @Override
        public boolean stopRequested() {
            return false;
        }
    };
}
