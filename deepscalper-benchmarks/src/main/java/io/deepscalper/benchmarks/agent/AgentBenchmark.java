package io.deepscalper.benchmarks.agent;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.deepscalper.api.features.FeatureMatrix;
import io.deepscalper.api.market.BundledData;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.core.env.Observations;
import io.deepscalper.core.nn.djl.DjlEngine;
import io.deepscalper.core.nn.djl.DjlQNetwork;
import io.deepscalper.core.replay.PrioritizedReplay;
import io.deepscalper.core.replay.ReplayBatch;
import io.deepscalper.core.replay.Transition;
import io.deepscalper.core.train.SeriesObservationSource;
import io.deepscalper.core.util.Rng;
import java.util.Arrays;
import java.util.List;

/**
 * Prints the agent's performance report: learner updates per second at batch 256 with the original
 * network (input = features x 120 + 3) with 1 and 2 threads, the matmul FLOPs per update and the
 * achieved GFLOP/s next to a large fp32 GEMM's GFLOP/s measured in the same run on the same engine,
 * greedy {@code act} latency p50/p99, replay sampling throughput and the memory of a 500k replay.
 *
 * <p>Run: {@code java -cp deepscalper-benchmarks/target/benchmarks.jar
 * io.deepscalper.benchmarks.agent.AgentBenchmark [rounds] [updatesPerRound]} with the glibc settings
 * {@code MALLOC_MMAP_THRESHOLD_=67108864 MALLOC_TRIM_THRESHOLD_=268435456}.
 */
public final class AgentBenchmark {
    private static final int BATCH = 256;

    private AgentBenchmark() {
    }

    /** @param args optional: rounds (default 7) and updates per round (default 10) */
    public static void main(String[] args) {
        System.setProperty("ai.djl.offline", "true");
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int updatesPerRound = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        SessionSeries spy = BundledData.spyJanuary2011();
        FeatureMatrix features = FeatureMatrix.compute(spy);
        int lookback = 120;
        int input = Observations.size(features.featureCount(), lookback);
        NetworkConfig net = NetworkConfig.defaults(input);
        System.out.printf("network: input %d (%d features x %d + 3), %d parameters, batch %d%n", input,
                features.featureCount(), lookback, net.parameterCount(), BATCH);
        double flops = UpdateFlops.perUpdate(net, BATCH, true);
        System.out.printf("matmul FLOPs per update (double DQN): %.3f GFLOP; OMP_WAIT_POLICY=%s%n", flops / 1e9,
                System.getenv("OMP_WAIT_POLICY"));
        for (int threads : new int[] {1, 2}) {
            DjlEngine.get(threads);
            // GEMM and update rounds alternate so that both see the same machine load
            double[] gemm = new double[rounds];
            double[] update = new double[rounds];
            double[] ratio = new double[rounds];
            try (UpdateLoop loop = new UpdateLoop(net, threads, BATCH)) {
                loop.run(10);
                for (int r = 0; r < rounds; r++) {
                    gemm[r] = gemmGflops(2048, 3);
                    update[r] = loop.run(updatesPerRound);
                    ratio[r] = flops / (update[r] / 1e3) / 1e9 / gemm[r];
                }
                System.out.printf("  threads %d, mean per phase: %s%n", threads, loop.phases());
            }
            double[] sortedGemm = gemm.clone();
            double[] sortedUpdate = update.clone();
            double[] sortedRatio = ratio.clone();
            Arrays.sort(sortedGemm);
            Arrays.sort(sortedUpdate);
            Arrays.sort(sortedRatio);
            double ms = sortedUpdate[rounds / 2];
            System.out.printf("threads %d (%d rounds x %d updates, medians): GEMM 2048^3 %.1f GFLOP/s | update %.2f ms "
                    + "(best %.2f) = %.1f updates/s, %.1f GFLOP/s; update/GEMM FLOP rate per round: median %.0f%%, "
                    + "best %.0f%%%n", threads, rounds, updatesPerRound, sortedGemm[rounds / 2], ms, sortedUpdate[0],
                    1000 / ms, flops / (ms / 1e3) / 1e9, 100 * sortedRatio[rounds / 2],
                    100 * sortedRatio[rounds - 1]);
        }
        DjlEngine.get(1);
        actLatency(net);
        // the same observation through a tiny trunk: the per-call engine overhead floor of act
        actLatency(new NetworkConfig(input, List.of(16), 8, 4, net.priceBins(), net.quantityBins()));
        replay(features, lookback, input);
    }

    static double gemmGflops(int n, int reps) {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray a = m.randomUniform(-1, 1, new Shape(n, n));
            NDArray b = m.randomUniform(-1, 1, new Shape(n, n));
            for (int i = 0; i < 2; i++) {
                a.matMul(b).close();
            }
            long t0 = System.nanoTime();
            for (int i = 0; i < reps; i++) {
                a.matMul(b).close();
            }
            double s = (System.nanoTime() - t0) / 1e9 / reps;
            return 2.0 * n * n * n / s / 1e9;
        }
    }

    static void actLatency(NetworkConfig net) {
        Rng rng = new Rng(2);
        float[] obs = new float[net.inputSize()];
        for (int i = 0; i < obs.length; i++) {
            obs[i] = (float) rng.nextGaussian();
        }
        try (DjlQNetwork n = DjlQNetwork.create(net, 1, 1)) {
            for (int i = 0; i < 2000; i++) {
                n.act(obs);
            }
            int reps = 10_000;
            long[] t = new long[reps];
            for (int i = 0; i < reps; i++) {
                long t0 = System.nanoTime();
                n.act(obs);
                t[i] = System.nanoTime() - t0;
            }
            Arrays.sort(t);
            System.out.printf("act (1 thread, %d parameters): p50 %.1f us, p99 %.1f us, max %.1f us over %d calls%n",
                    net.parameterCount(), t[reps / 2] / 1e3, t[reps * 99 / 100] / 1e3, t[reps - 1] / 1e3, reps);
        }
    }

    static void replay(FeatureMatrix features, int lookback, int input) {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory() - rt.freeMemory();
        PrioritizedReplay replay = new PrioritizedReplay(500_000, 0.6);
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf("replay 500k: arrays hold %.1f MB (heap grew by %.1f MB)%n", replay.bytesHeld() / 1e6,
                (after - before) / 1e6);
        Transition t = new Transition();
        Rng rng = new Rng(3);
        for (int i = 0; i < 500_000; i++) {
            t.barIndex = rng.nextInt(features.rows() - 1);
            t.nextBarIndex = t.barIndex + 1;
            t.action = rng.nextInt(231);
            t.rawReward = (float) rng.nextGaussian();
            t.hindsightReward = t.rawReward;
            replay.add(t);
        }
        SeriesObservationSource source = new SeriesObservationSource(List.of(features), lookback);
        ReplayBatch b = new ReplayBatch(BATCH, input);
        for (int i = 0; i < 200; i++) {
            replay.sample(b, source, 0.4, rng);
        }
        int reps = 400;
        long t0 = System.nanoTime();
        for (int i = 0; i < reps; i++) {
            replay.sample(b, source, 0.4, rng);
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("replay sampling: %.0f batches/s = %.0f transitions/s (batch %d, both observations "
                + "rebuilt, %d floats each)%n", reps / s, reps * BATCH / s, BATCH, input);
    }
}
