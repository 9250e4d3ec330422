package io.deepscalper.core.train;

import io.deepscalper.api.train.TrainingControl;
import java.util.Objects;

/** The {@link TrainingControl} a trainer hands to listeners: remembers why a stop or rollback was asked for. */
final class RequestControl implements TrainingControl {
    String stopReason;
    String rollbackReason;

    @Override
    public void requestStop(String reason) {
        stopReason = Objects.requireNonNullElse(reason, "requested");
    }

    @Override
    public void requestRollback(String reason) {
        rollbackReason = Objects.requireNonNullElse(reason, "requested");
    }

    @Override
    public boolean stopRequested() {
        return stopReason != null || rollbackReason != null;
    }
}
