package io.deepscalper.spark;

import io.deepscalper.api.io.Json;
import io.deepscalper.tuning.TrialContext;
import io.deepscalper.tuning.TrialExecutor;
import io.deepscalper.tuning.TrialResult;
import io.deepscalper.tuning.TrialRunner;
import io.deepscalper.tuning.TrialSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Runs each batch of trials as Spark tasks, one partition per trial, and collects the results (parameters
 * included) back to the driver, in the batch's order. The tuner's batches are as large as
 * {@code parallelism}: give it the cluster's task slots (executors x cores per executor / {@code train.threads}).
 */
public final class SparkTrialExecutor implements TrialExecutor {
    private final JavaSparkContext spark;
    private final int parallelism;

    /**
     * @param spark       the Spark context (local[N] or a cluster)
     * @param parallelism trials per batch, at least 1
     */
    public SparkTrialExecutor(JavaSparkContext spark, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("Spark trials need parallelism >= 1 but got " + parallelism);
        }
        this.spark = spark;
        this.parallelism = parallelism;
    }

    @Override
    public int parallelism() {
        return parallelism;
    }

    @Override
    public List<TrialResult> run(TrialContext ctx, TrialRunner runner, List<TrialSpec> batch) {
        List<String> specs = new ArrayList<>();
        try {
            for (TrialSpec s : batch) {
                specs.add(Json.mapper().writeValueAsString(s));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise the trials", e);
        }
        List<String> out = spark.parallelize(specs, specs.size()).map(new TrialTask(ctx, runner.schedule()))
                .collect();
        List<TrialResult> results = new ArrayList<>();
        try {
            for (String json : out) {
                results.add(TrialTask.decode(json));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a trial's result from Spark", e);
        }
        return results;
    }
}
