package io.deepscalper.monitoring.health;

import io.deepscalper.core.train.TrainingControl;

/** Remembers what a listener asked of the trainer. */
final class RecordingControl implements TrainingControl {
    String stop;
    String rollback;

    @Override
    public void requestStop(String reason) {
        stop = reason;
    }

    @Override
    public void requestRollback(String reason) {
        rollback = reason;
    }

    @Override
    public boolean stopRequested() {
        return stop != null || rollback != null;
    }
}
