package io.deepscalper.cli.progress;

import io.deepscalper.api.train.EpisodeEvent;
import io.deepscalper.api.train.EvaluationEvent;
import io.deepscalper.api.train.TrainingControl;
import io.deepscalper.api.train.TrainingEnd;
import io.deepscalper.api.train.TrainingListener;
import io.deepscalper.api.train.UpdateEvent;
import io.deepscalper.continuous.ForwardingModelTrainer;
import io.deepscalper.continuous.ModelTrainer;
import io.deepscalper.continuous.TrainingJob;
import io.deepscalper.continuous.TrainingOutcome;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Shows a terminal progress bar (environment steps) for each training run of the wrapped trainer. */
public final class ProgressTrainer extends ForwardingModelTrainer {

    /** @param delegate the trainer whose runs are shown */
    public ProgressTrainer(ModelTrainer delegate) {
        super(delegate);
    }

    @Override
    public TrainingOutcome train(TrainingJob job, TrainingListener listener) {
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName(job.mode().name().toLowerCase() + " training")
                .setInitialMax(job.steps()).setStyle(ProgressBarStyle.ASCII).setUnit(" steps", 1)
                .setUpdateIntervalMillis(500).showSpeed().build()) {
            TrainingListener withBar = new TrainingListener() {
                @Override
                public void onUpdate(UpdateEvent e, TrainingControl c) {
                    bar.stepTo(Math.min(e.step(), job.steps()));
                    bar.setExtraMessage(String.format(" loss %.4f eps %.2f", e.loss(), e.epsilon()));
                    listener.onUpdate(e, c);
                }

                @Override
                public void onEpisode(EpisodeEvent e, TrainingControl c) {
                    bar.stepTo(Math.min(e.step(), job.steps()));
                    listener.onEpisode(e, c);
                }

                @Override
                public void onEvaluation(EvaluationEvent e, TrainingControl c) {
                    listener.onEvaluation(e, c);
                }

                @Override
                public void onTrainingEnd(long step, TrainingEnd end) {
                    bar.stepTo(Math.min(step, job.steps()));
                    listener.onTrainingEnd(step, end);
                }
            };
            return delegate.train(job, withBar);
        }
    }
}
