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
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Training progress as plain lines, for output that is not a terminal: one when a run starts, one at most every
 * {@code intervalMillis} while it trains, one when it ends. No carriage returns, so a log file stays readable.
 */
public final class ProgressLines extends ForwardingModelTrainer {
    /** Default time between two lines. */
    public static final long DEFAULT_INTERVAL_MILLIS = 10_000;

    private final PrintWriter out;
    private final long intervalMillis;
    private final LongSupplier nowMillis;

    /**
     * @param delegate       the trainer whose runs are reported
     * @param out            where the lines go
     * @param intervalMillis least time between two progress lines of a run
     * @param nowMillis      the time source (wall time; a test's own)
     */
    public ProgressLines(ModelTrainer delegate, PrintWriter out, long intervalMillis, LongSupplier nowMillis) {
        super(delegate);
        if (intervalMillis < 0) {
            throw new IllegalArgumentException("intervalMillis must be >= 0 but was " + intervalMillis);
        }
        this.out = out;
        this.intervalMillis = intervalMillis;
        this.nowMillis = nowMillis;
    }

    @Override
    public TrainingOutcome train(TrainingJob job, TrainingListener listener) {
        String task = job.mode().name().toLowerCase(Locale.ROOT) + " training " + job.runId();
        long started = nowMillis.getAsLong();
        line(task + ": " + (job.resume() ? "resuming" : "starting") + ", " + job.steps() + " steps");
        TrainingListener withLines = new TrainingListener() {
            private long last = started;

            @Override
            public void onUpdate(UpdateEvent e, TrainingControl c) {
                long now = nowMillis.getAsLong();
                if (now - last >= intervalMillis) {
                    last = now;
                    double seconds = Math.max(1e-3, (now - started) / 1000.0);
                    line(String.format(Locale.ROOT, "%s: step %d/%d (%.0f %%), loss %.4f, epsilon %.2f, %.0f steps/s",
                            task, e.step(), job.steps(), 100.0 * e.step() / Math.max(1, job.steps()), e.loss(),
                            e.epsilon(), e.step() / seconds));
                }
                listener.onUpdate(e, c);
            }

            @Override
            public void onEpisode(EpisodeEvent e, TrainingControl c) {
                listener.onEpisode(e, c);
            }

            @Override
            public void onEvaluation(EvaluationEvent e, TrainingControl c) {
                listener.onEvaluation(e, c);
            }

            @Override
            public void onTrainingEnd(long step, TrainingEnd end) {
                line(String.format(Locale.ROOT, "%s: %s at step %d/%d after %.0f s", task, end.text(), step,
                        job.steps(), (nowMillis.getAsLong() - started) / 1000.0));
                listener.onTrainingEnd(step, end);
            }
        };
        return delegate.train(job, withLines);
    }

    private void line(String s) {
        out.println(s);
        out.flush();
    }
}
