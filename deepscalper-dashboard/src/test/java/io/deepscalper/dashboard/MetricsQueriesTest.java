package io.deepscalper.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.train.EpisodeEvent;
import io.deepscalper.api.train.UpdateEvent;
import io.deepscalper.monitoring.store.MetricsStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
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
        try (MetricsStore w = MetricsStore.inWorkingDirectory(dir)) {
            for (int run = 0; run < 3; run++) {
                for (long step = 1; step <= 10 + run; step++) {
                    w.logUpdate(update(step, run + step / 100.0));
                }
            }
            w.flush();
        }
        try (MetricsQueries q = MetricsQueries.open(dir).orElseThrow()) {
            assertThat(q.hasRunColumn()).isFalse();
            List<Map<String, Object>> runs = q.runs();
            assertThat(runs).extracting(r -> r.get("run")).containsExactly("legacy-1", "legacy-2", "legacy-3");
            assertThat(runs).extracting(r -> ((Number) r.get("updates")).intValue()).containsExactly(10, 11, 12);
            @SuppressWarnings("unchecked")
            Map<String, List<Object>> u = (Map<String, List<Object>>) q.training("legacy-2", 1500).get("updates");
            assertThat(u.get("step")).hasSize(11).first().isEqualTo(1);
            assertThat(((Number) u.get("loss").get(0)).doubleValue()).isEqualTo(1.01);
            assertThatThrownBy(() -> q.training("legacy-4", 10)).isInstanceOf(DashboardException.class)
                    .hasMessageContaining("legacy-4");
        }
    }

    @Test
    void aLongRunIsThinnedToAboutMaxPointsKeepingTheNewestRow() throws Exception {
        try (MetricsStore w = MetricsStore.inWorkingDirectory(dir)) {
            for (long step = 1; step <= 1001; step++) {
                w.logUpdate(update(step, step));
                if (step == 390) {
                    w.logEpisode(new EpisodeEvent(390, 1, "SYN", null, 0.01, 0.02, 390, 12, 0.5, 1L));
                }
            }
            w.flush();
        }
        try (MetricsQueries q = MetricsQueries.open(dir).orElseThrow()) {
            Map<String, Object> t = q.training("legacy-1", 100);
            @SuppressWarnings("unchecked")
            List<Object> steps = ((Map<String, List<Object>>) t.get("updates")).get("step");
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
        try (MetricsStore w = MetricsStore.inWorkingDirectory(dir)) {
            w.logUpdate(update(1, 0.5));
            w.flush();
        }
        // the layout of a store migrated to runs: run_id and model_version on training rows, a training_runs table
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(MetricsStore.FILE_NAME));
             Statement s = c.createStatement()) {
            s.execute("ALTER TABLE training_metrics ADD COLUMN run_id TEXT");
            s.execute("ALTER TABLE training_metrics ADD COLUMN model_version TEXT");
            s.execute("CREATE TABLE training_runs (run_id TEXT PRIMARY KEY, mode TEXT NOT NULL, trigger_name TEXT, "
                    + "parent_version TEXT, model_version TEXT, cycle INTEGER, started_millis INTEGER NOT NULL, "
                    + "ended_millis INTEGER, outcome TEXT, steps INTEGER)");
            s.execute("UPDATE training_metrics SET run_id = 'run_a', model_version = 'v_20250303_210100'");
            // two runs whose steps interleave: only the run column can tell them apart
            s.execute("INSERT INTO training_metrics(kind, step, ts_millis, loss, run_id) VALUES "
                    + "('update', 1, 0, 0.9, 'run_b'), ('update', 2, 0, 0.8, 'run_a'), ('update', 2, 0, 0.7, 'run_b')");
            s.execute("INSERT INTO training_runs(run_id, mode, trigger_name, started_millis, outcome) VALUES "
                    + "('run_b', 'INCREMENTAL', 'manual', 0, 'RUNNING')");
        }
        try (MetricsQueries q = MetricsQueries.open(dir).orElseThrow()) {
            assertThat(q.hasRunColumn()).isTrue();
            List<Map<String, Object>> runs = q.runs();
            assertThat(runs).extracting(r -> r.get("run")).containsExactly("run_a", "run_b");
            assertThat(runs.get(0)).containsEntry("version", "v_20250303_210100").containsEntry("updates", 2);
            assertThat(runs.get(1)).containsEntry("mode", "INCREMENTAL").containsEntry("trigger", "manual");
            @SuppressWarnings("unchecked")
            Map<String, List<Object>> b = (Map<String, List<Object>>) q.training("run_b", 100).get("updates");
            assertThat(b.get("loss")).containsExactly(0.9, 0.7);
            assertThatThrownBy(() -> q.training("legacy-1", 10)).isInstanceOf(DashboardException.class);
            assertThatThrownBy(() -> q.training(MetricsQueries.UNASSIGNED, 10)).isInstanceOf(DashboardException.class);
        }
        // a row written outside any run (a user's own loop) is kept, as its own run
        try (MetricsStore w = MetricsStore.inWorkingDirectory(dir)) {
            w.logUpdate(update(1, 0.25));
            w.flush();
        }
        try (MetricsQueries q = MetricsQueries.open(dir).orElseThrow()) {
            assertThat(q.runs()).extracting(r -> r.get("run")).containsExactly("run_a", "run_b", MetricsQueries.UNASSIGNED);
            @SuppressWarnings("unchecked")
            Map<String, List<Object>> none = (Map<String, List<Object>>) q.training(MetricsQueries.UNASSIGNED, 100)
                    .get("updates");
            assertThat(none.get("loss")).containsExactly(0.25);
        }
    }

    private static UpdateEvent update(long step, double loss) {
        return new UpdateEvent(step, step, loss, loss / 2, loss / 4, 0.1, 100, 1e-3, 0.3, Map.of(), Map.of(), 1000, step);
    }
}
