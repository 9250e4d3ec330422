package io.deepscalper.api.train;

/**
 * Hook into training, called on the training thread. Monitoring (metrics store, health checks,
 * Prometheus) plugs in here. Implementations must be fast: {@link #onUpdate} runs once per learner
 * update. Every method has an empty default, so a listener overrides only what it needs. To send events
 * to several listeners use {@link TrainingListeners#composite}, which also documents what happens when
 * one of them throws.
 */
public interface TrainingListener {

    /**
     * After each learner update.
     *
     * @param event   losses, exploration and gradient statistics of the update
     * @param control lets the listener ask the trainer to stop or roll back (e.g. on a critical health report)
     */
    default void onUpdate(UpdateEvent event, TrainingControl control) {
    }

    /** After each finished training episode (one session). */
    default void onEpisode(EpisodeEvent event, TrainingControl control) {
    }

    /** After each periodic evaluation on held-out sessions (raw reward, greedy policy). */
    default void onEvaluation(EvaluationEvent event, TrainingControl control) {
    }

    /**
     * Once when training ends, normally or by request.
     *
     * @param step total environment steps done
     * @param end  how it ended; {@link TrainingEnd#text()} is the one-line form for logs
     */
    default void onTrainingEnd(long step, TrainingEnd end) {
    }
}
