package io.deepscalper.continuous;

import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.train.TrainingListener;
import java.util.Objects;

/**
 * A {@link ModelTrainer} that wraps another one: it answers {@link #network()}, {@link #fullSteps()} and
 * {@link #seed()} from the wrapped trainer, and by default trains through it too. Decorators (progress
 * output, health monitoring) override {@link #train} only, so the shape, step count and seed they report
 * can never drift from the trainer that does the work.
 */
public abstract class ForwardingModelTrainer implements ModelTrainer {
    /** The wrapped trainer. */
    protected final ModelTrainer delegate;

    /** @param delegate the trainer that does the work */
    protected ForwardingModelTrainer(ModelTrainer delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public NetworkConfig network() {
        return delegate.network();
    }

    @Override
    public long fullSteps() {
        return delegate.fullSteps();
    }

    @Override
    public long seed() {
        return delegate.seed();
    }

    @Override
    public TrainingOutcome train(TrainingJob job, TrainingListener listener) {
        return delegate.train(job, listener);
    }
}
