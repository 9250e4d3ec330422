package io.deepscalper.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsQueriesTest {
    @TempDir
    Path dir;

    @Test
    void noStoreYetMeansEmptyAnswersNotErrors() {
        assertThat(MetricsQueries.open(dir)).isEmpty();
        DashboardData data = new DashboardData(dir);
        assertThat(data.runs()).isEmpty();
        assertThat(data.evaluations()).isEmpty();
        assertThat(data.overview()).containsEntry("phase", "stopped").containsEntry("cycles", 0L);
    }

    @Test
    void withoutARunColumnEachRestartOfTheStepCounterBeginsARun() throws Exception {
        try (RawStore w = RawStore.create(dir, false)) {
            for (int run = 0; run < 3; run++) {
                for (long step = 1; step <= 10 + run; step++) {
                    w.update(step, run + step / 100.0, null, null);
                }
            }
        }
        try (MetricsQueries q = MetricsQueries.open(dir).orElseThrow()) {
            assertThat(q.hasRunColumn()).isFalse();
            List<Map<String, Object>> runs = q.runs();
            assertThat(runs).extracting(r -> r.get("run")).containsExactly("legacy-1", "legacy-2", "legacy-3");
            assertThat(runs).extracting(r -> ((Number) r.get("updates")).intValue()).containsExactly(10, 11, 12);
            Map<String, List<Object>> u = updates(q.training("legacy-2", 1500));
            assertThat(u.get("step")).hasSize(11).first().isEqualTo(1);
            assertThat(((Number) u.get("loss").get(0)).doubleValue()).isEqualTo(1.01);
            assertThatThrownBy(() -> q.training("legacy-4", 10)).isInstanceOf(UnknownItemException.class)
                    .hasMessageContaining("legacy-4");
        }
    }

    @Test
    void aLongRunIsThinnedToAboutMaxPointsKeepingTheNewestRow() throws Exception {
        try (RawStore w = RawStore.create(dir, false)) {
            for (long step = 1; step <= 1001; step++) {
                w.update(step, step, null, null);
                if (step == 390) {
                    w.episode(390, 0.01);
                }
            }
        }
        try (MetricsQueries q = MetricsQueries.open(dir).orElseThrow()) {
            Map<String, Object> t = q.training("legacy-1", 100);
            List<Object> steps = updates(t).get("step");
            assertThat(steps.size()).isBetween(90, 102);
            assertThat(steps.get(steps.size() - 1)).isEqualTo(1001);
            assertThat(steps.get(0)).isEqualTo(1);
            @SuppressWarnings("unchecked")
            List<Object> episodeReturns = ((Map<String, List<Object>>) t.get("episodes")).get("raw_return");
            assertThat(episodeReturns).containsExactly(0.01);
        }
    }

    @Test
    void withARunColumnRowsAreGroupedByItAndCarryTheRunsVersion() throws Exception {
        try (RawStore w = RawStore.create(dir, true)) {
            // two runs whose steps interleave: only the run column can tell them apart
            w.update(1, 0.5, "run_a", "v_20250303_210100").update(1, 0.9, "run_b", null)
                    .update(2, 0.8, "run_a", "v_20250303_210100").update(2, 0.7, "run_b", null)
                    .run("run_b", "INCREMENTAL", "manual", "RUNNING");
        }
        try (MetricsQueries q = MetricsQueries.open(dir).orElseThrow()) {
            assertThat(q.hasRunColumn()).isTrue();
            List<Map<String, Object>> runs = q.runs();
            assertThat(runs).extracting(r -> r.get("run")).containsExactly("run_a", "run_b");
            assertThat(runs.get(0)).containsEntry("version", "v_20250303_210100").containsEntry("updates", 2);
            assertThat(runs.get(1)).containsEntry("mode", "INCREMENTAL").containsEntry("trigger", "manual");
            assertThat(updates(q.training("run_b", 100)).get("loss")).containsExactly(0.9, 0.7);
            assertThatThrownBy(() -> q.training("legacy-1", 10)).isInstanceOf(UnknownItemException.class);
            assertThatThrownBy(() -> q.training(MetricsQueries.UNASSIGNED, 10)).isInstanceOf(UnknownItemException.class);
        }
        // a row written outside any run (a user's own loop) is kept, as its own run
        try (RawStore w = RawStore.open(dir, true)) {
            w.update(1, 0.25, null, null);
        }
        try (MetricsQueries q = MetricsQueries.open(dir).orElseThrow()) {
            assertThat(q.runs()).extracting(r -> r.get("run")).containsExactly("run_a", "run_b", MetricsQueries.UNASSIGNED);
            assertThat(updates(q.training(MetricsQueries.UNASSIGNED, 100)).get("loss")).containsExactly(0.25);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<Object>> updates(Map<String, Object> training) {
        return (Map<String, List<Object>>) training.get("updates");
    }
}
