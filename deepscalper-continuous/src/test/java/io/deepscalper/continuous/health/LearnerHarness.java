package io.deepscalper.continuous.health;

import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.train.UpdateEvent;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.nn.djl.DjlDqnLearner;
import io.deepscalper.core.nn.djl.DjlQNetwork;
import io.deepscalper.core.nn.djl.UpdateStats;
import io.deepscalper.core.replay.ReplayBatch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A real DJL (PyTorch) branching dueling network and the issue-3 learner, small enough to update in
 * milliseconds, turning each update into the {@link UpdateEvent} a trainer would send.
 */
final class LearnerHarness implements AutoCloseable {
    static final NetworkConfig NET = new NetworkConfig(9, List.of(32, 32), 24, 8, 5, 3);
    static final int BATCH = 16;

    final DjlQNetwork network;
    final DjlDqnLearner learner;
    private final UpdateStats stats;
    private final List<String> names;
    private final double learningRate;
    private long updates;

    LearnerHarness(double learningRate, long seed) {
        this.learningRate = learningRate;
        network = DjlQNetwork.create(NET, seed, 1);
        learner = new DjlDqnLearner(TrainConfig.builder().batchSize(BATCH).bufferCapacity(64).learningRate(learningRate)
                .threads(1).trunkSizes(NET.trunkSizes()).headHidden(24).auxHidden(8).build(), network);
        names = network.layout().canonicalNames();
        stats = new UpdateStats(names.size(), BATCH);
    }

    static ReplayBatch batch(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        ReplayBatch b = new ReplayBatch(BATCH, NET.inputSize());
        for (int k = 0; k < BATCH; k++) {
            for (int i = 0; i < NET.inputSize(); i++) {
                b.observations[k * NET.inputSize() + i] = (float) r.nextGaussian();
                b.nextObservations[k * NET.inputSize() + i] = (float) r.nextGaussian();
            }
            b.actions[k] = r.nextInt(NET.priceBins() * NET.quantityBins());
            b.rewards[k] = (float) r.nextGaussian();
            b.auxTargets[k] = (float) r.nextDouble();
            b.dones[k] = k % 4 == 0 ? 1f : 0f;
            b.weights[k] = 1f;
        }
        return b;
    }

    /** A fixed probe batch of observations. */
    static float[] probe(int rows) {
        return java.util.Arrays.copyOf(batch(99).observations, rows * NET.inputSize());
    }

    UpdateEvent update(ReplayBatch b) {
        learner.update(b, stats);
        updates++;
        Map<String, Double> grads = new LinkedHashMap<>();
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            grads.put(names.get(i), stats.layerGradNorms[i]);
            weights.put(names.get(i), stats.layerWeightNorms[i]);
        }
        return new UpdateEvent(updates, updates, stats.loss, stats.qLoss, stats.auxLoss, 0.1, 64, learningRate,
                stats.gradNorm, grads, weights, 0, System.currentTimeMillis());
    }

    @Override
    public void close() {
        learner.close();
        network.close();
    }
}
