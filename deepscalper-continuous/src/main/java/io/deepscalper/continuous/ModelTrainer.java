package io.deepscalper.continuous;

import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.train.TrainingListener;

/**
 * The learner as the orchestrator sees it: one training run per call, from fresh parameters or warm
 * started from given ones, with checkpoints for resume. The CLI binds it to core's DJL trainer; the
 * orchestrator never needs to know the engine.
 */
public interface ModelTrainer {

    /** @return the network shape every run trains (fixed by the train config) */
    NetworkConfig network();

    /** @return environment steps of a full retrain (the train config's total steps) */
    long fullSteps();

    /** @return the seed every run starts from (recorded in the model's metadata) */
    long seed();

    /**
     * Trains one model. Returns when the steps are done or a listener asked to stop (graceful stop,
     * critical health); in the latter case a checkpoint of the run is left in
     * {@link TrainingJob#checkpointDir()} so that {@link TrainingJob#resume()} can continue it.
     *
     * @param job      what to train on, from where, for how long
     * @param listener receives every update, episode and evaluation; may ask to stop
     * @return the trained parameters and how the run ended
     */
    TrainingOutcome train(TrainingJob job, TrainingListener listener);
}
