package io.deepscalper.continuous;

import io.deepscalper.api.train.EpisodeEvent;
import io.deepscalper.api.train.EvaluationEvent;
import io.deepscalper.api.train.TrainingControl;
import io.deepscalper.api.train.TrainingListener;
import io.deepscalper.api.train.UpdateEvent;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The listener of one training run: forwards every event to the configured listeners (metrics,
 * health monitor, progress bar) and turns a graceful stop or a critical health report into a stop
 * request, which the trainer honours after the current step.
 */
final class RunListener implements TrainingListener {
    private final List<TrainingListener> delegates;
    private final BooleanSupplier shutdown;
    private volatile String abortReason;
    private volatile boolean stoppedForShutdown;

    RunListener(List<TrainingListener> delegates, BooleanSupplier shutdown) {
        this.delegates = List.copyOf(delegates);
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
        for (TrainingListener l : delegates) {
            l.onUpdate(event, control);
        }
        check(control);
    }

    @Override
    public void onEpisode(EpisodeEvent event, TrainingControl control) {
        for (TrainingListener l : delegates) {
            l.onEpisode(event, control);
        }
        check(control);
    }

    @Override
    public void onEvaluation(EvaluationEvent event, TrainingControl control) {
        for (TrainingListener l : delegates) {
            l.onEvaluation(event, control);
        }
        check(control);
    }

    @Override
    public void onTrainingEnd(long step, String reason) {
        for (TrainingListener l : delegates) {
            l.onTrainingEnd(step, reason);
        }
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
