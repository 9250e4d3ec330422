package io.deepscalper.spark;

import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.monitoring.store.MetricsStore;
import io.deepscalper.tuning.SearchData;
import io.deepscalper.tuning.TuningSetup;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The spark-submit entry of per-symbol training and evaluation: one Spark task per configured symbol trains a model
 * with the working directory's settings on all but the last {@code continuous.validationSessions} sessions and
 * backtests it and flat on those; the driver prints each and stores it in {@code metrics.db} as an evaluation of
 * {@code symbol:<SYMBOL>}.
 *
 * <pre>
 * spark-submit --class io.deepscalper.spark.SparkTrainMain deepscalper-spark-job.jar --workdir DIR --until INSTANT
 * </pre>
 */
public final class SparkTrainMain {
    private SparkTrainMain() {
    }

    /**
     * @param args {@code --workdir DIR --until INSTANT}
     * @throws Exception when a task fails
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        if (args.length != 4 || !args[0].equals("--workdir") || !args[2].equals("--until")) {
            throw new IllegalArgumentException("usage: SparkTrainMain --workdir DIR --until INSTANT "
                    + "(e.g. 2025-03-03T21:01:00Z)");
        }
        Path workdir = Path.of(args[1]);
        Instant until = Instant.parse(args[3]);
        TuningSetup setup = TuningSetup.fromConfigFile(workdir.resolve("config.json"));
        List<SessionSeries> series = SearchData.fetch(setup.data(), until);
        SparkConf conf = new SparkConf().setAppName("deepscalper-train").setIfMissing("spark.master", "local[2]");
        List<SymbolResult> results;
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            spark.setLogLevel("WARN");
            results = SparkSymbolJobs.trainAndEvaluate(spark, setup.env(), setup.train(), series,
                    setup.gateSessions());
        }
        try (MetricsStore store = MetricsStore.inWorkingDirectory(workdir)) {
            SparkSymbolJobs.store(store, results, Clock.systemUTC());
        }
        for (SymbolResult r : results) {
            out.println(r.error() != null ? r.symbol() + ": not trained, " + r.error()
                    : String.format(Locale.ROOT, "%s: %d steps, held-out %s to %s: total return %+.3f %% (flat %+.3f %%)",
                    r.symbol(), r.steps(), r.from(), r.to(), 100 * r.metrics().getOrDefault("total_return", 0.0),
                    100 * r.flat().getOrDefault("total_return", 0.0)));
        }
    }
}
