package io.deepscalper.cli;

import io.deepscalper.api.nn.NamedTensor;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.api.train.TrainingEnd;
import io.deepscalper.api.train.TrainingListener;
import io.deepscalper.continuous.ForwardingModelTrainer;
import io.deepscalper.continuous.ModelTrainer;
import io.deepscalper.continuous.TrainingJob;
import io.deepscalper.continuous.TrainingOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains for real through the wrapped trainer, and on request replaces the result with a deliberately
 * bad model: a churner that buys the maximum whenever flat and sells everything whenever long, at the
 * limit that always fills, paying fees and spread on every bar.
 */
final class SabotagingTrainer extends ForwardingModelTrainer {
    private final List<TrainingJob> jobs = new ArrayList<>();
    private boolean sabotageNext;

    SabotagingTrainer(ModelTrainer delegate) {
        super(delegate);
    }

    void sabotageNext() {
        sabotageNext = true;
    }

    List<TrainingJob> jobs() {
        return jobs;
    }

    @Override
    public TrainingOutcome train(TrainingJob job, TrainingListener listener) {
        jobs.add(job);
        TrainingOutcome o = delegate.train(job, listener);
        if (!sabotageNext) {
            return o;
        }
        sabotageNext = false;
        return new TrainingOutcome(churner(o.parameters(), network()), o.initialParameters(), o.steps(),
                TrainingEnd.completed());
    }

    static ParameterSet churner(ParameterSet like, NetworkConfig net) {
        int in = net.inputSize();
        int position = in - 3;
        List<NamedTensor> out = new ArrayList<>();
        for (NamedTensor t : like.tensors()) {
            float[] d = new float[t.data().length];
            int cols = t.shape().length == 2 ? (int) t.shape()[1] : 1;
            switch (t.name()) {
                case "trunk.0.weight" -> {
                    d[position] = 1f;
                    d[cols + position] = -1f;
                }
                case "trunk.0.bias" -> d[2] = 1f;
                case "price.0.weight", "quantity.0.weight" -> {
                    for (int i = 0; i < 3; i++) {
                        d[i * cols + i] = 1f;
                    }
                }
                case "price.1.weight" -> {
                    d[0] = 10f;
                    d[(net.priceBins() - 1) * cols + 1] = 10f;
                    d[(net.priceBins() - 1) * cols + 2] = 1f;
                }
                case "quantity.1.weight" -> {
                    d[0] = 10f;
                    d[(net.quantityBins() - 1) * cols + 1] = 10f;
                    d[(net.quantityBins() - 1) * cols + 2] = 1f;
                }
                default -> {
                }
            }
            out.add(new NamedTensor(t.name(), t.shape(), d));
        }
        return new ParameterSet(out);
    }
}
