package io.deepscalper.data.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.data.DataUpdate;
import io.deepscalper.api.market.BarCsvWriter;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.BundledData;
import io.deepscalper.api.spi.DataSource;
import io.deepscalper.api.spi.ProviderOptions;
import io.deepscalper.data.cache.MutableClock;
import io.deepscalper.data.csv.CsvDataSource;
import io.deepscalper.data.synthetic.SyntheticDataSource;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityGateAndDriftTest {
    @TempDir
    Path dir;

    private static void writeCsv(Path file, BarSeries s) throws Exception {
        try (Writer w = Files.newBufferedWriter(file)) {
            BarCsvWriter.newYork().write(w, List.of(s));
        }
    }

    @Test
    void batchUnderTheThresholdIsQuarantinedAndNeverTrainingData() throws Exception {
        BarSeries spy = BundledData.spyJanuary2011Raw();
        BarSeries.Builder split = BarSeries.builder("SPY");
        for (int i = 0; i < spy.size(); i++) {
            double f = i >= spy.size() / 2 ? 1.0 / 7 : 1.0; // an unadjusted 7:1 split mid-month
            split.add(spy.startEpochSecond(i), spy.open(i) * f, spy.high(i) * f, spy.low(i) * f, spy.close(i) * f,
                    spy.volume(i));
        }
        Path csvDir = Files.createDirectories(dir.resolve("csv"));
        writeCsv(csvDir.resolve("SPY.csv"), split.build());
        DataSource csv = new CsvDataSource().configure(ProviderOptions.of(Map.of("dir", csvDir.toString())));
        MutableClock clock = new MutableClock(Instant.parse("2011-02-01T06:00:00Z"));
        DataPipelineConfig config = DataPipelineConfig.builder().symbols("SPY").lookbackDays(35).build();
        try (DataPipeline p = new DataPipeline(config, csv, dir.resolve("cache"), clock)) {
            List<DataUpdate> updates = p.updateNow();
            assertThat(updates).singleElement().satisfies(u -> {
                assertThat(u.accepted()).isFalse();
                assertThat(u.newBars()).isZero();
                assertThat(u.quality().issueCounts()).containsEntry("split_like_jumps", 1);
                assertThat(u.quality().score()).isZero();
            });
            assertThat(p.trainingData("SPY")).isEmpty();
            assertThat(dir.resolve("cache/quarantine/SPY_1m.dsbc")).exists();
        }
    }

    @Test
    void cleanRealBarsAreAcceptedAsRegularHoursTrainingData() throws Exception {
        Path csvDir = Files.createDirectories(dir.resolve("csv"));
        writeCsv(csvDir.resolve("SPY_1min_2011-01.csv"), BundledData.spyJanuary2011Raw());
        DataSource csv = new CsvDataSource().configure(ProviderOptions.of(Map.of("dir", csvDir.toString())));
        // the file ends on 2011-01-31; February's sessions up to "now" are not published yet, not missing
        MutableClock clock = new MutableClock(Instant.parse("2011-02-03T18:00:00Z"));
        DataPipelineConfig config = DataPipelineConfig.builder().symbols("SPY").lookbackDays(40).build();
        try (DataPipeline p = new DataPipeline(config, csv, dir.resolve("cache"), clock)) {
            DataUpdate u = p.updateNow().get(0);
            assertThat(u.accepted()).isTrue();
            assertThat(u.quality().score()).isEqualTo(1.0);
            assertThat(u.newBars()).isEqualTo(7_800);
            assertThat(p.trainingData("SPY").orElseThrow()).isEqualTo(BundledData.spyJanuary2011().bars());
            clock.advance(Duration.ofMinutes(5));
            assertThat(p.updateNow()).as("an empty fetch is nothing new, not a rejected batch").isEmpty();
        }
    }

    @Test
    void driftIsReportedAgainstTheStoredReferenceOfTheTrainedModel() {
        MutableClock clock = new MutableClock(Instant.parse("2024-03-08T21:00:00Z"));
        DataPipelineConfig config = DataPipelineConfig.builder().symbols("AAA").lookbackDays(7).build();
        DataSource calm = new SyntheticDataSource().configure(ProviderOptions.of(Map.of("seed", "1")));
        DataSource wild = new SyntheticDataSource().configure(ProviderOptions.of(Map.of("seed", "2",
                "dailyVolatility", "0.036")));
        BarSeries trainedOn;
        try (DataPipeline p = new DataPipeline(config, calm, dir.resolve("calm"), clock)) {
            assertThat(p.updateNow().get(0).driftSummary()).as("no model trained yet").isEmpty();
            trainedOn = p.trainingData("AAA").orElseThrow();
            p.setDriftReference("v_20240308_210000", List.of(trainedOn));
            clock.advance(Duration.ofDays(3).plusHours(-5).plusMinutes(30)); // Monday 2024-03-11 ~ 11:30 ET
            DataUpdate same = p.updateNow().get(0);
            assertThat(same.driftSummary()).hasValueSatisfying(d -> assertThat(d.datasetDrift()).isFalse());
        }
        try (DataPipeline p = new DataPipeline(config, wild, dir.resolve("wild"), clock)) {
            p.setDriftReference("v_20240308_210000", List.of(trainedOn));
        }
        // a restarted pipeline loads the stored reference and reports drift against it
        try (DataPipeline p = new DataPipeline(config, wild, dir.resolve("wild"), clock)) {
            assertThat(p.driftReferenceId()).contains("v_20240308_210000");
            DataUpdate u = p.updateNow().get(0);
            assertThat(u.driftSummary()).hasValueSatisfying(d -> {
                assertThat(d.referenceId()).isEqualTo("v_20240308_210000");
                assertThat(d.datasetDrift()).isTrue();
                assertThat(d.features()).hasSize(15);
            });
        }
    }
}
