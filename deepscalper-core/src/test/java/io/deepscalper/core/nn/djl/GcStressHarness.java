package io.deepscalper.core.nn.djl;

import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.replay.ReplayBatch;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Manual stress harness (not a test): runs seeded learner updates twice while other threads churn the
 * heap and call {@link System#gc()}, and reports any update whose statistics differ between the runs.
 * Run with {@code java -cp ... io.deepscalper.core.nn.djl.GcStressHarness [updates] [gcThreads]}.
 */
public final class GcStressHarness {
    private GcStressHarness() {
    }

    public static void main(String[] args) throws Exception {
        int updates = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int gcThreads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        AtomicBoolean stop = new AtomicBoolean();
        Thread[] churn = new Thread[gcThreads];
        for (int t = 0; t < gcThreads; t++) {
            churn[t] = new Thread(() -> {
                long n = 0;
                while (!stop.get()) {
                    byte[][] junk = new byte[64][];
                    for (int i = 0; i < junk.length; i++) {
                        junk[i] = new byte[4096];
                    }
                    java.nio.ByteBuffer.allocateDirect(4096 + (int) (n % 977)).put(0, (byte) 1);
                    if (++n % 50 == 0) {
                        System.gc();
                    }
                }
            });
            churn[t].setDaemon(true);
            churn[t].start();
        }
        double[] reference = null;
        float[] refParams = null;
        for (int round = 0; round < rounds; round++) {
            double[] norms = new double[updates];
            float[] params = run(updates, norms);
            if (reference == null) {
                reference = norms;
                refParams = params;
                System.out.println("round 0 done, max grad norm " + Arrays.stream(norms).max().orElse(0));
                continue;
            }
            int diffs = 0;
            for (int i = 0; i < updates; i++) {
                if (Double.doubleToLongBits(norms[i]) != Double.doubleToLongBits(reference[i])) {
                    if (diffs++ < 10) {
                        System.out.println("round " + round + " update " + i + " grad norm " + norms[i] + " vs "
                                + reference[i]);
                    }
                }
            }
            System.out.println("round " + round + ": " + diffs + " differing updates, params identical "
                    + Arrays.equals(params, refParams) + ", max grad norm " + Arrays.stream(norms).max().orElse(0));
        }
        stop.set(true);
    }

    /**
     * One seeded run of {@code updates} learner updates on random batches.
     *
     * @param updates updates to run
     * @param norms   receives the gradient norm of each update
     * @return the online parameters afterwards
     */
    static float[] run(int updates, double[] norms) {
        NetworkConfig net = new NetworkConfig(40, List.of(32, 32), 32, 8, 5, 3);
        TrainConfig c = TrainConfig.builder().batchSize(32).bufferCapacity(64).learningRate(1e-3).threads(1)
                .trunkSizes(net.trunkSizes()).headHidden(32).auxHidden(8).build();
        ReplayBatch b = new ReplayBatch(32, 40);
        SplittableRandom r = new SplittableRandom(7);
        try (DjlQNetwork online = DjlQNetwork.create(net, 3, 1);
             DjlDqnLearner learner = new DjlDqnLearner(c, online)) {
            UpdateStats stats = new UpdateStats(online.layout().canonicalNames().size(), 32);
            for (int u = 0; u < updates; u++) {
                for (int k = 0; k < 32; k++) {
                    for (int i = 0; i < 40; i++) {
                        b.observations[k * 40 + i] = (float) r.nextGaussian();
                        b.nextObservations[k * 40 + i] = (float) r.nextGaussian();
                    }
                    b.actions[k] = r.nextInt(15);
                    b.rewards[k] = (float) r.nextGaussian() * 0.01f;
                    b.auxTargets[k] = (float) r.nextDouble() * 0.01f;
                    b.dones[k] = r.nextInt(20) == 0 ? 1f : 0f;
                    b.weights[k] = (float) (0.5 + 0.5 * r.nextDouble());
                }
                learner.update(b, stats);
                norms[u] = stats.gradNorm;
                if (u % 50 == 0) {
                    online.act(Arrays.copyOf(b.observations, 40));
                }
            }
            return online.flatValues();
        }
    }
}
