package io.deepscalper.api.train;

import java.util.List;

/**
 * The one way to send a training event to several listeners.
 *
 * <h2>A listener that throws</h2>
 * Listeners are called in list order, and an exception from one propagates at once: the listeners after
 * it do not see that event, and the exception reaches the trainer, which ends the run with it. This is the
 * policy the trainer's own loop has always had, and the right one for training listeners: they steer the
 * run (the health monitor asks for rollbacks, the orchestrator for stops), so one that fails leaves the
 * run in a state nobody is watching. Metric sinks, which only observe and may talk to a flaky dashboard,
 * are fanned out by the monitoring module's composite writer instead, which logs and skips a failing sink.
 */
public final class TrainingListeners {
    private static final TrainingListener NONE = new TrainingListener() {
    };

    private TrainingListeners() {
    }

    /** @return a listener that ignores every event */
    public static TrainingListener none() {
        return NONE;
    }

    /**
     * @param listeners the targets, in call order (copied)
     * @return one listener that forwards every event to each of them, failing fast as described on the type
     */
    public static TrainingListener composite(List<? extends TrainingListener> listeners) {
        return switch (listeners.size()) {
            case 0 -> NONE;
            case 1 -> listeners.get(0);
            default -> new Composite(listeners.toArray(TrainingListener[]::new));
        };
    }

    /** Plain loops over an array: {@link TrainingListener#onUpdate} runs once per learner update. */
    private record Composite(TrainingListener[] targets) implements TrainingListener {

        @Override
        public void onUpdate(UpdateEvent event, TrainingControl control) {
            for (TrainingListener l : targets) {
                l.onUpdate(event, control);
            }
        }

        @Override
        public void onEpisode(EpisodeEvent event, TrainingControl control) {
            for (TrainingListener l : targets) {
                l.onEpisode(event, control);
            }
        }

        @Override
        public void onEvaluation(EvaluationEvent event, TrainingControl control) {
            for (TrainingListener l : targets) {
                l.onEvaluation(event, control);
            }
        }

        @Override
        public void onTrainingEnd(long step, TrainingEnd end) {
            for (TrainingListener l : targets) {
                l.onTrainingEnd(step, end);
            }
        }
    }
}
