package io.deepscalper.monitoring.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.metrics.RunEnd;
import io.deepscalper.api.metrics.RunStart;
import io.deepscalper.api.train.EvaluationEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training rows carry their run and version; evaluations their cycle; queries and the CSV export filter by them. */
class TrainingRunsTest {
    @TempDir
    Path dir;

    private MetricsStore store() {
        // a large batch, so that rows are still buffered when the run ends
        return MetricsStore.open(dir.resolve(MetricsStore.FILE_NAME),
                StoreConfig.builder().batchSize(1000).flushIntervalMillis(0).build());
    }

    /** A full run producing v1, then an incremental run continuing v1 and producing v2, each from step 0. */
    private static void twoRuns(MetricsStore s) {
        s.logRunStart(new RunStart("run_a", "FULL", "schedule", null, 1, 10));
        for (long i = 0; i < 50; i++) {
            s.logUpdate(Events.update(i));
        }
        s.logEpisode(Events.episode(49, 0, -0.5));
        s.logRunEnd(new RunEnd("run_a", "v1", "REGISTERED", 50, 20));
        s.logRunStart(new RunStart("run_b", "INCREMENTAL", "performance", "v1", 2, 30));
        for (long i = 0; i < 20; i++) {
            s.logUpdate(Events.update(i));
        }
    }

    @Test
    void rowsCarryTheirRunAndTheVersionItProducedOrContinues() {
        try (MetricsStore s = store()) {
            twoRuns(s);
            List<TrainingMetric> a = s.recent(1000, TrainingFilter.run("run_a"));
            assertThat(a).hasSize(51).allMatch(r -> "v1".equals(r.modelVersion()));
            List<TrainingMetric> b = s.recent(1000, TrainingFilter.run("run_b"));
            // still running: its rows carry the version it continues
            assertThat(b).hasSize(20).allMatch(r -> "v1".equals(r.modelVersion()));
            assertThat(s.recent(1000, TrainingFilter.version("v1"))).hasSize(71);

            s.logRunEnd(new RunEnd("run_b", "v2", "REGISTERED", 20, 40));
            assertThat(s.recent(1000, TrainingFilter.version("v2"))).hasSize(20)
                    .allMatch(r -> "run_b".equals(r.runId()));
            assertThat(s.recent(1000, TrainingFilter.version("v1"))).hasSize(51);
            assertThat(s.recent(1000, new TrainingFilter("run_a", "v2"))).isEmpty();

            // rows written after the run ended belong to no run
            s.logUpdate(Events.update(99));
            assertThat(s.recent(1).get(0).runId()).isNull();

            List<TrainingRun> runs = s.runs();
            assertThat(runs).extracting(TrainingRun::runId).containsExactly("run_a", "run_b");
            TrainingRun rb = runs.get(1);
            assertThat(rb.parentVersion()).isEqualTo("v1");
            assertThat(rb.modelVersion()).isEqualTo("v2");
            assertThat(rb.mode()).isEqualTo("INCREMENTAL");
            assertThat(rb.trigger()).isEqualTo("performance");
            assertThat(rb.cycle()).isEqualTo(2);
            assertThat(rb.startedMillis()).isEqualTo(30);
            assertThat(rb.endedMillis()).isEqualTo(40);
            assertThat(rb.outcome()).isEqualTo("REGISTERED");
            assertThat(rb.steps()).isEqualTo(20);
        }
    }

    @Test
    void aResumedRunKeepsItsRowAndAnAbortedOneNoVersion() {
        try (MetricsStore s = store()) {
            s.logRunStart(new RunStart("run_c", "FULL", "manual", null, 3, 100));
            s.logUpdate(Events.update(0));
            s.logRunEnd(new RunEnd("run_c", null, "INTERRUPTED", 1, 110));
            s.logRunStart(new RunStart("run_c", "FULL", "manual", null, 4, 200));
            s.logUpdate(Events.update(1));
            assertThat(s.runs()).hasSize(1);
            assertThat(s.runs().get(0).startedMillis()).isEqualTo(100);
            assertThat(s.runs().get(0).outcome()).isNull();
            assertThat(s.runs().get(0).cycle()).isEqualTo(4);
            s.logRunEnd(new RunEnd("run_c", null, "ABORTED", 2, 210));
            assertThat(s.recent(10, TrainingFilter.run("run_c"))).hasSize(2).allMatch(r -> r.modelVersion() == null);
            assertThat(s.runs().get(0).outcome()).isEqualTo("ABORTED");
            assertThat(s.runs().get(0).modelVersion()).isNull();
        }
    }

    @Test
    void seriesOfOneRunLeavesTheOthersOut() {
        try (MetricsStore s = store()) {
            twoRuns(s);
            StepSeries all = s.series(TrainingSeries.LOSS, 1000);
            StepSeries b = s.series(TrainingSeries.LOSS, TrainingFilter.run("run_b"), 1000);
            assertThat(b.size()).isEqualTo(20);
            assertThat(b.steps()[19]).isEqualTo(19);
            // both runs have a step 0..19: the unfiltered series averages them, the run's does not
            assertThat(all.size()).isEqualTo(50);
            assertThat(b.values()[0]).isEqualTo(Events.update(0).loss());
            StepSeries raw = s.series(TrainingSeries.RAW_RETURN, TrainingFilter.run("run_a"), 10);
            assertThat(raw.values()).containsExactly(-0.5);
        }
    }

    @Test
    void evaluationsKeepTheirCycleVersionWindowAndTime() {
        try (MetricsStore s = store()) {
            EvaluationEvent e = new EvaluationEvent(50, "validation", LocalDate.of(2024, 3, 1),
                    LocalDate.of(2024, 3, 20), Map.of("sharpe", 1.25), Map.of(), 12_345);
            s.logEvaluation("v1", 6, e);
            s.logEvaluation(null, e);
            List<EvaluationRecord> r = s.evaluations(null, null, null);
            assertThat(r).extracting(EvaluationRecord::cycle).containsExactly(6L, -1L);
            EvaluationRecord first = r.get(0);
            assertThat(first.modelVersion()).isEqualTo("v1");
            assertThat(first.event().from()).isEqualTo(LocalDate.of(2024, 3, 1));
            assertThat(first.event().to()).isEqualTo(LocalDate.of(2024, 3, 20));
            assertThat(first.event().timestampMillis()).isEqualTo(12_345);
            assertThat(first.event().step()).isEqualTo(50);
        }
    }

    @Test
    void csvExportHasRunAndVersionColumnsAndFilters() throws Exception {
        try (MetricsStore s = store()) {
            twoRuns(s);
            s.logRunEnd(new RunEnd("run_b", "v2", "REGISTERED", 20, 40));
            Path all = dir.resolve("all.csv");
            Path onlyB = dir.resolve("b.csv");
            assertThat(s.exportCsv(MetricsTable.TRAINING_METRICS, all)).isEqualTo(71);
            assertThat(s.exportCsv(MetricsTable.TRAINING_METRICS, TrainingFilter.version("v2"), onlyB)).isEqualTo(20);
            List<String> lines = Files.readAllLines(onlyB, StandardCharsets.UTF_8);
            List<String> header = List.of(lines.get(0).split(","));
            assertThat(header).contains("run_id", "model_version");
            int run = header.indexOf("run_id");
            int version = header.indexOf("model_version");
            assertThat(lines.subList(1, lines.size())).allSatisfy(l -> {
                String[] f = l.split(",", -1);
                assertThat(f[run]).isEqualTo("run_b");
                assertThat(f[version]).isEqualTo("v2");
            });
            assertThatThrownBy(() -> s.exportCsv(MetricsTable.ALERTS, TrainingFilter.run("run_b"), dir.resolve("x.csv")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only training_metrics");
        }
    }

    @Test
    void blankFilterIdsAreRefused() {
        assertThatThrownBy(() -> TrainingFilter.run(" ")).hasMessageContaining("must not be blank");
    }
}
