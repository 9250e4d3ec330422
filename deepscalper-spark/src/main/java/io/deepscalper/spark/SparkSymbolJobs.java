package io.deepscalper.spark;

import io.deepscalper.api.io.Json;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.metrics.MetricsWriter;
import io.deepscalper.api.train.EvaluationEvent;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Per-symbol training and evaluation as Spark tasks, one partition per symbol: each task trains a model on its
 * symbol's history but the last {@code heldOut} sessions and backtests it against flat on them; the driver
 * collects the results and writes each into the metrics store as an evaluation of {@code symbol:<SYMBOL>} on
 * split {@code held-out}, with flat as the baseline.
 */
public final class SparkSymbolJobs {
    /** The split name of the stored evaluations. */
    public static final String SPLIT = "held-out";

    private SparkSymbolJobs() {
    }

    /**
     * @param spark   the Spark context
     * @param env     the environment
     * @param train   the learner (its totalSteps for every symbol)
     * @param series  one series per symbol
     * @param heldOut sessions held out per symbol for the backtest
     * @return one result per symbol, in {@code series} order
     */
    public static List<SymbolResult> trainAndEvaluate(JavaSparkContext spark, EnvConfig env, TrainConfig train,
                                                      List<SessionSeries> series, int heldOut) {
        List<String> json = spark.parallelize(SeriesPayload.of(series), Math.max(1, series.size()))
                .map(new SymbolTask(env, train, heldOut)).collect();
        List<SymbolResult> out = new ArrayList<>();
        try {
            for (String j : json) {
                out.add(Json.timeMapper().readValue(j, SymbolResult.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a symbol's result from Spark", e);
        }
        return out;
    }

    /**
     * Writes the results into the metrics store (failed symbols are skipped; their error is in the result).
     *
     * @param store   the metrics writer
     * @param results the collected results
     * @param clock   stamps the rows
     */
    public static void store(MetricsWriter store, List<SymbolResult> results, Clock clock) {
        for (SymbolResult r : results) {
            if (r.error() != null) {
                continue;
            }
            store.onEvaluation("symbol:" + r.symbol(), new EvaluationEvent(r.steps(), SPLIT, r.from(), r.to(),
                    r.metrics(), Map.of("flat", r.flat()), clock.millis()));
        }
        store.flush();
    }
}
