package io.deepscalper.continuous;

import io.deepscalper.api.train.EpisodeEvent;
import io.deepscalper.api.train.EvaluationEvent;
import io.deepscalper.api.train.TrainingControl;
import io.deepscalper.api.train.TrainingEnd;
import io.deepscalper.api.train.TrainingListener;
import io.deepscalper.api.train.TrainingListeners;
import io.deepscalper.api.train.UpdateEvent;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The listener of one training run: forwards every event to the configured listeners (metrics,
 * health monitor, progress bar; through {@link TrainingListeners#composite}, so a listener that throws
 * ends the run) and turns a graceful stop or a critical health report into a stop
 * request, which the trainer honours after the current step.
 */
final class RunListener implements TrainingListener {
    private final TrainingListener delegate;
    private final BooleanSupplier shutdown;
    private volatile String abortReason;
    private volatile boolean stoppedForShutdown;

    RunListener(List<TrainingListener> delegates, BooleanSupplier shutdown) {
        this.delegate = TrainingListeners.composite(List.copyOf(delegates));
        this.shutdown = shutdown;
    }

    /** Asks the run to stop and discard its candidate (critical health). */
    void abort(String reason) {
        if (abortReason == null) {
            abortReason = reason;
        }
    }

    String abortReason() {
        return abortReason;
    }

    boolean stoppedForShutdown() {
        return stoppedForShutdown;
    }

    @Override
    public void onUpdate(UpdateEvent event, TrainingControl control) {
        delegate.onUpdate(event, control);
        check(control);
    }

    @Override
    public void onEpisode(EpisodeEvent event, TrainingControl control) {
        delegate.onEpisode(event, control);
        check(control);
    }

    @Override
    public void onEvaluation(EvaluationEvent event, TrainingControl control) {
        delegate.onEvaluation(event, control);
        check(control);
    }

    @Override
    public void onTrainingEnd(long step, TrainingEnd end) {
        delegate.onTrainingEnd(step, end);
    }

    private void check(TrainingControl control) {
        if (abortReason != null) {
            control.requestStop(abortReason);
        } else if (shutdown.getAsBoolean()) {
            stoppedForShutdown = true;
            control.requestStop("graceful stop requested");
        }
    }
}
