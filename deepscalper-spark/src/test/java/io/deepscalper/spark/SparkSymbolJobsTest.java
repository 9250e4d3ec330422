package io.deepscalper.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.spi.ProviderOptions;
import io.deepscalper.data.pipeline.DataPipelineConfig;
import io.deepscalper.monitoring.store.EvaluationRecord;
import io.deepscalper.monitoring.store.MetricsStore;
import io.deepscalper.tuning.SearchData;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Per-symbol training and evaluation as Spark tasks: the same as in the driver, and collected into the store. */
class SparkSymbolJobsTest {

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void eachSymbolTrainsInItsOwnTaskAndLandsInTheStore(@TempDir Path dir) throws Exception {
        DataPipelineConfig d = DataPipelineConfig.builder().symbols(List.of("SYN", "SYNB")).lookbackDays(20)
                .source("synthetic").sourceOptions(ProviderOptions.empty().with("signal", "0.5")).build();
        List<SessionSeries> series = SearchData.fetch(d, Instant.parse("2025-03-03T21:01:00Z"));
        var env = SparkTrialExecutorTest.env();
        var train = SparkTrialExecutorTest.train();
        List<SymbolResult> results;
        try (JavaSparkContext spark = new JavaSparkContext(new SparkConf().setMaster("local[2]")
                .setAppName("deepscalper-test").set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1"))) {
            results = SparkSymbolJobs.trainAndEvaluate(spark, env, train, series, 4);
        }
        assertThat(results).extracting(SymbolResult::symbol).containsExactly("SYN", "SYNB");
        SymbolTask task = new SymbolTask(env, train, 4);
        for (int i = 0; i < 2; i++) {
            SymbolResult r = results.get(i);
            assertThat(r.error()).isNull();
            assertThat(r.sessionReturns()).hasSize(4);
            assertThat(r).isEqualTo(task.run(series.get(i)));
        }
        try (MetricsStore store = MetricsStore.inWorkingDirectory(dir)) {
            SparkSymbolJobs.store(store, results, Clock.systemUTC());
            List<EvaluationRecord> rows = store.evaluations("symbol:SYNB", null, null);
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).event().split()).isEqualTo(SparkSymbolJobs.SPLIT);
            assertThat(rows.get(0).event().metrics()).isEqualTo(results.get(1).metrics());
            assertThat(rows.get(0).event().baselines()).containsKey("flat");
        }
    }
}
