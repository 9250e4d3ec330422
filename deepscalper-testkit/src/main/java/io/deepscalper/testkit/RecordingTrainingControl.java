package io.deepscalper.testkit;

import io.deepscalper.api.train.TrainingControl;

/**
 * A {@link TrainingControl} that remembers what a listener asked of the trainer, for tests of
 * {@code TrainingListener}s and {@code MetricProvider}s: hand it to {@code onUpdate} and assert on the reasons.
 */
public final class RecordingTrainingControl implements TrainingControl {
    private volatile String stopReason;
    private volatile String rollbackReason;

    @Override
    public void requestStop(String reason) {
        stopReason = reason;
    }

    @Override
    public void requestRollback(String reason) {
        rollbackReason = reason;
    }

    @Override
    public boolean stopRequested() {
        return stopReason != null || rollbackReason != null;
    }

    /** @return the reason of the last stop request, or null */
    public String stopReason() {
        return stopReason;
    }

    /** @return the reason of the last rollback request, or null */
    public String rollbackReason() {
        return rollbackReason;
    }
}
