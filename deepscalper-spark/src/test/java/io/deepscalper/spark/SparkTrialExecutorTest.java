package io.deepscalper.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.nn.ParameterCodec;
import io.deepscalper.api.spi.ProviderOptions;
import io.deepscalper.continuous.wiring.QuickStartProfile;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.data.pipeline.DataPipelineConfig;
import io.deepscalper.tuning.LocalTrialExecutor;
import io.deepscalper.tuning.SearchData;
import io.deepscalper.tuning.TrialExecutor;
import io.deepscalper.tuning.TrialListener;
import io.deepscalper.tuning.TrialResult;
import io.deepscalper.tuning.Tuner;
import io.deepscalper.tuning.TuningConfig;
import io.deepscalper.tuning.TuningResult;
import io.deepscalper.tuning.TuningSplit;
import io.deepscalper.tuning.sample.TpeSampler;
import io.deepscalper.tuning.schedule.SuccessiveHalving;
import io.deepscalper.tuning.space.SearchSpace;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 4-trial search on Spark {@code local[2]} gives exactly the local runner's results for the same seeds: the same
 * values, statuses, steps, curves, validation metrics and the same kept parameters, bit for bit.
 */
class SparkTrialExecutorTest {
    private static JavaSparkContext spark;

    @BeforeAll
    static void start() {
        spark = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("deepscalper-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
        spark.setLogLevel("WARN");
    }

    @AfterAll
    static void stop() {
        spark.close();
    }

    static EnvConfig env() {
        return QuickStartProfile.env().toBuilder().lookback(2).build();
    }

    static TrainConfig train() {
        return QuickStartProfile.training().toBuilder().totalSteps(400).warmupSteps(50).batchSize(16)
                .bufferCapacity(2_000).epsilonDecaySteps(300).trunkSizes(List.of(8)).headHidden(8).auxHidden(4)
                .evalIntervalSteps(100).selectionSessions(3).threads(1).build();
    }

    static List<SessionSeries> data() {
        DataPipelineConfig d = DataPipelineConfig.builder().symbols(List.of("SYN")).lookbackDays(30)
                .source("synthetic").sourceOptions(ProviderOptions.empty().with("signal", "0.5")).build();
        return SearchData.fetch(d, Instant.parse("2025-03-03T21:01:00Z"));
    }

    static TuningResult search(TrialExecutor executor, Path scratch) {
        SearchSpace space = SearchSpace.parse("""
                {"train.learningRate": {"type": "loguniform", "low": 1e-4, "high": 3e-3},
                 "train.gamma": {"type": "uniform", "low": 0.5, "high": 0.95},
                 "train.trunkSizes": {"type": "choice", "values": [[8], [16]]}}""");
        // TPE with 2 start-up trials, so that the second batch is proposed by the model from the first one's results
        TuningConfig config = new TuningConfig(4, null, 11, 3, 5, new SuccessiveHalving(100, 2));
        return new Tuner(space, new TpeSampler(2, 0.25, 25, 24), config, executor, TrialListener.none())
                .search("spark-test", TuningSplit.of(data(), 5, 3), env(), train(), scratch);
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aSearchOnLocal2GivesExactlyTheLocalRunnersResults(@TempDir Path dir) {
        TuningResult local = search(new LocalTrialExecutor(2, 1), dir.resolve("local"));
        TuningResult onSpark = search(new SparkTrialExecutor(spark, 2), dir.resolve("spark"));
        assertThat(onSpark.trials()).hasSize(4);
        for (int i = 0; i < 4; i++) {
            TrialResult a = local.trials().get(i);
            TrialResult b = onSpark.trials().get(i);
            assertThat(b.withParameters(null)).usingRecursiveComparison().ignoringFields("wallMillis")
                    .isEqualTo(a.withParameters(null));
            assertThat(b.parameters() == null).isEqualTo(a.parameters() == null);
            if (a.parameters() != null) {
                assertThat(ParameterCodec.encode(b.network(), b.parameters()))
                        .isEqualTo(ParameterCodec.encode(a.network(), a.parameters()));
            }
        }
        assertThat(onSpark.best().map(TrialResult::number)).isEqualTo(local.best().map(TrialResult::number));
        assertThat(onSpark.deflation()).isEqualTo(local.deflation());
    }
}
