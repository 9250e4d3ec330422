///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.deepscalper:deepscalper-monitoring:0.1.0-SNAPSHOT
//DEPS io.deepscalper:deepscalper-core:0.1.0-SNAPSHOT
//DEPS org.slf4j:slf4j-simple:2.0.20

// Run: examples/jbang/jbang examples/jbang/OwnTrainingLoop.java [--quick]   (after ./mvnw -B install)
// Generated from examples/src/main/java/io/deepscalper/examples/OwnTrainingLoop.java by generate-from-java.sh

import io.deepscalper.api.health.HealthReport;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.train.TrainingControl;
import io.deepscalper.api.train.UpdateEvent;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.nn.djl.DjlDqnLearner;
import io.deepscalper.core.nn.djl.DjlQNetwork;
import io.deepscalper.core.nn.djl.UpdateStats;
import io.deepscalper.core.replay.ReplayBatch;
import io.deepscalper.monitoring.health.CriticalAction;
import io.deepscalper.monitoring.health.HealthConfig;
import io.deepscalper.monitoring.health.ModelHealthMonitor;
import io.deepscalper.monitoring.store.MetricsStore;
import io.deepscalper.monitoring.store.TrainingMetric;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Scenario 4, integration with an existing training loop: the loop below is yours (here it fits a small
 * branching network to a toy one-step problem with the project's DJL learner); you add two things to it: a
 * {@link MetricsStore} (SQLite, the same file {@code deepscalper metrics} reads) that records every update, and a
 * {@link ModelHealthMonitor} that checks gradients, weights and activations and asks your loop to stop on a
 * critical finding. The second run uses a learning rate of 0.9 to show the monitor stopping it.
 */
public class OwnTrainingLoop {
    static final NetworkConfig NET = new NetworkConfig(8, List.of(32, 32), 32, 16, 5, 3);
    static final int BATCH = 32;

    /** Your loop's stop flag, which the monitor sets through {@link TrainingControl}. */
    static final class StopFlag implements TrainingControl {
        String reason;

        @Override
        public void requestStop(String why) {
            reason = why;
        }

        @Override
        public void requestRollback(String why) {
            reason = "rollback: " + why;
        }

        @Override
        public boolean stopRequested() {
            return reason != null;
        }
    }

    public static void main(String[] args) throws Exception {
        int updates = List.of(args).contains("--quick") ? 60 : 600;
        Path workdir = Files.createTempDirectory("deepscalper-own-loop");
        try (MetricsStore metrics = MetricsStore.inWorkingDirectory(workdir)) {
            train("lr=3e-4", 3e-4, updates, metrics);
            train("lr=0.9", 0.9, updates, metrics);
            metrics.flush();
            List<TrainingMetric> last = metrics.recent(3);
            System.out.println("metrics.db holds the updates; the last ones: ");
            for (TrainingMetric m : last) {
                System.out.printf("  %s step %d loss %.4g grad norm %.4g%n", m.kind(), m.step(), m.loss(), m.gradNorm());
            }
            System.out.println("health reports stored: " + metrics.recentHealthReports(100).size());
        }
    }

    static void train(String label, double learningRate, int updates, MetricsStore metrics) {
        // gradient clipping off, so that a bad learning rate shows instead of being clipped away
        TrainConfig config = TrainConfig.builder().learningRate(learningRate).gradClipNorm(1e6).batchSize(BATCH)
                .bufferCapacity(BATCH).trunkSizes(NET.trunkSizes()).headHidden(NET.headHidden())
                .auxHidden(NET.auxHidden()).threads(2).build();
        SplittableRandom random = new SplittableRandom(11);
        try (DjlQNetwork network = DjlQNetwork.create(NET, 3, 2); DjlDqnLearner learner = new DjlDqnLearner(config, network)) {
            List<String> layers = network.layout().canonicalNames();
            UpdateStats stats = new UpdateStats(layers.size(), BATCH);
            ReplayBatch batch = new ReplayBatch(BATCH, NET.inputSize());
            ModelHealthMonitor health = new ModelHealthMonitor(
                    HealthConfig.builder().checkEveryUpdates(10).onCritical(CriticalAction.STOP).build(),
                    network, Arrays.copyOf(toyBatch(batch, random).observations, 4 * NET.inputSize()), 4,
                    metrics::logHealth);
            StopFlag stop = new StopFlag();
            int done = 0;
            for (int u = 1; u <= updates && !stop.stopRequested(); u++, done++) {
                learner.update(toyBatch(batch, random), stats);                      // your update
                UpdateEvent event = event(u, learningRate, stats, layers);
                metrics.logUpdate(event);                                             // + metrics
                metrics.logMetric(u, event.timestampMillis(), "toy.mean_reward", mean(batch.rewards));
                health.onUpdate(event, stop);                                         // + health checks
            }
            HealthReport report = health.lastReport();
            System.out.printf("%s: %d updates, last health %s%s%n", label, done,
                    report == null ? "none" : report.severity() + " (" + report.summary() + ")",
                    stop.stopRequested() ? "; stopped by the monitor: " + stop.reason : "");
        }
    }

    /** One-step problem: the reward is the first feature times the chosen price bin's offset from the middle. */
    static ReplayBatch toyBatch(ReplayBatch b, SplittableRandom random) {
        int n = NET.inputSize();
        for (int k = 0; k < b.size; k++) {
            for (int i = 0; i < n; i++) {
                b.observations[k * n + i] = (float) random.nextGaussian();
                b.nextObservations[k * n + i] = 0f;
            }
            int action = random.nextInt(NET.priceBins() * NET.quantityBins());
            b.actions[k] = action;
            b.rewards[k] = b.observations[k * n] * (action / NET.quantityBins() - NET.priceBins() / 2);
            b.auxTargets[k] = Math.abs(b.observations[k * n + 1]);
            b.dones[k] = 1f;
            b.weights[k] = 1f;
        }
        return b;
    }

    static UpdateEvent event(long update, double learningRate, UpdateStats stats, List<String> layers) {
        Map<String, Double> grads = new LinkedHashMap<>();
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            grads.put(layers.get(i), stats.layerGradNorms[i]);
            weights.put(layers.get(i), stats.layerWeightNorms[i]);
        }
        return new UpdateEvent(update, update, stats.loss, stats.qLoss, stats.auxLoss, 0.0, BATCH, learningRate,
                stats.gradNorm, grads, weights, 0L, System.currentTimeMillis());
    }

    static double mean(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
