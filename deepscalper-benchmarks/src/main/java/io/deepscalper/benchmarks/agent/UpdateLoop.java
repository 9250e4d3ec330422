package io.deepscalper.benchmarks.agent;

import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.nn.djl.DjlDqnLearner;
import io.deepscalper.core.nn.djl.DjlQNetwork;
import io.deepscalper.core.nn.djl.UpdateStats;
import io.deepscalper.core.replay.ReplayBatch;
import io.deepscalper.core.util.Rng;

/** A learner with the default {@link TrainConfig} on one fixed random batch, timed in rounds. */
final class UpdateLoop implements AutoCloseable {
    private final DjlQNetwork network;
    private final DjlDqnLearner learner;
    private final ReplayBatch batch;
    private final UpdateStats stats;

    UpdateLoop(NetworkConfig net, int threads, int batchSize) {
        TrainConfig c = TrainConfig.builder().batchSize(batchSize).threads(threads).build();
        Rng rng = new Rng(1);
        batch = new ReplayBatch(batchSize, net.inputSize());
        for (int i = 0; i < batch.observations.length; i++) {
            batch.observations[i] = (float) rng.nextGaussian();
            batch.nextObservations[i] = (float) rng.nextGaussian();
        }
        for (int k = 0; k < batchSize; k++) {
            batch.actions[k] = rng.nextInt(net.priceBins() * net.quantityBins());
            batch.rewards[k] = (float) rng.nextGaussian() * 0.01f;
            batch.weights[k] = 1f;
        }
        network = DjlQNetwork.create(net, 1, threads);
        learner = new DjlDqnLearner(c, network);
        stats = new UpdateStats(network.layout().canonicalNames().size(), batchSize);
    }

    private final long[] phaseTotals = new long[UpdateStats.PHASES.length];
    private long timedUpdates;

    /** @return median milliseconds per update over {@code n} updates */
    double run(int n) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            learner.update(batch, stats);
            t[i] = (System.nanoTime() - t0) / 1e6;
            for (int k = 0; k < phaseTotals.length; k++) {
                phaseTotals[k] += stats.phaseNanos[k];
            }
            timedUpdates++;
        }
        java.util.Arrays.sort(t);
        return t[n / 2];
    }

    /** @return mean milliseconds per phase over every timed update */
    String phases() {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < phaseTotals.length; k++) {
            sb.append(String.format("%s %.2f ms  ", UpdateStats.PHASES[k], phaseTotals[k] / 1e6 / timedUpdates));
        }
        return sb.toString().trim();
    }

    @Override
    public void close() {
        learner.close();
        network.close();
    }
}
