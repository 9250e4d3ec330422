package io.deepscalper.tuning;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs trials on threads of this process: at most {@code cores / threads per trial} at a time, so that trials
 * times engine threads never exceed the cores given.
 */
public final class LocalTrialExecutor implements TrialExecutor {
    private final int parallelism;

    /**
     * @param cores           the cores the search may use, at least 1
     * @param threadsPerTrial the engine threads of one trial, at most {@code cores}
     * @throws IllegalArgumentException when one trial alone needs more threads than the cores given
     */
    public LocalTrialExecutor(int cores, int threadsPerTrial) {
        if (cores < 1) {
            throw new IllegalArgumentException("the search needs at least 1 core but got " + cores);
        }
        if (threadsPerTrial < 1 || threadsPerTrial > cores) {
            throw new IllegalArgumentException("a trial's engine threads (train.threads = " + threadsPerTrial
                    + ") must be between 1 and the cores given (" + cores + ")");
        }
        this.parallelism = cores / threadsPerTrial;
    }

    @Override
    public int parallelism() {
        return parallelism;
    }

    @Override
    public List<TrialResult> run(TrialContext ctx, TrialRunner runner, List<TrialSpec> batch) {
        if (batch.size() == 1 || parallelism == 1) {
            return batch.stream().map(s -> runner.run(ctx, s)).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, batch.size()), r -> {
            Thread t = new Thread(r, "tuning-trial");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<TrialResult>> futures = new ArrayList<>();
            for (TrialSpec s : batch) {
                futures.add(pool.submit(() -> runner.run(ctx, s)));
            }
            List<TrialResult> out = new ArrayList<>();
            for (Future<TrialResult> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while trials ran", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a trial failed unexpectedly: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
