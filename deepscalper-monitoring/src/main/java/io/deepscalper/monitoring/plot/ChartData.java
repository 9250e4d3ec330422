package io.deepscalper.monitoring.plot;

import io.deepscalper.monitoring.store.EvaluationRecord;
import io.deepscalper.monitoring.store.MetricsStore;
import io.deepscalper.monitoring.store.StepSeries;
import io.deepscalper.monitoring.store.TrainingFilter;
import io.deepscalper.monitoring.store.TrainingRun;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a {@link TrainingChart} draws: the series of each run and the evaluations that go with them.
 *
 * @param runs        one entry per run drawn, oldest first
 * @param evaluations the evaluations to draw
 * @param runsLeftOut runs that passed the filter but were not drawn (only the latest {@link #MAX_RUNS} are)
 * @param producedIn  the cycle each version was trained in, by version: its evaluation in that cycle is the
 *                    candidate's, any other one a champion's re-evaluation
 */
record ChartData(List<Run> runs, List<EvaluationRecord> evaluations, int runsLeftOut, Map<String, Long> producedIn) {
    /** More runs than this make an unreadable legend; the latest are drawn and the count left out is reported. */
    static final int MAX_RUNS = 12;

    /** The series of one run. */
    record Run(String label, StepSeries loss, StepSeries rawReturn) {
        boolean isEmpty() {
            return loss.size() == 0 && rawReturn.size() == 0;
        }
    }

    /**
     * Reads the runs that pass {@code filter} and their evaluations. A store whose rows carry no run (written
     * outside the orchestrator) is drawn as one series of all rows.
     */
    static ChartData read(MetricsStore store, TrainingFilter filter, int points) {
        List<TrainingRun> runs = new ArrayList<>();
        for (TrainingRun r : store.runs()) {
            if (filter.runId() == null || filter.runId().equals(r.runId())) {
                runs.add(r);
            }
        }
        List<Run> drawn = new ArrayList<>();
        Set<String> versions = new HashSet<>();
        Map<String, Long> producedIn = new HashMap<>();
        for (TrainingRun r : store.runs()) {
            if (r.modelVersion() != null && r.cycle() >= 0 && !r.modelVersion().equals(r.parentVersion())) {
                producedIn.put(r.modelVersion(), r.cycle());
            }
        }
        int leftOut = 0;
        for (int i = runs.size() - 1; i >= 0; i--) {
            TrainingRun r = runs.get(i);
            TrainingFilter ofRun = new TrainingFilter(r.runId(), filter.modelVersion());
            if (drawn.size() == MAX_RUNS) {
                leftOut += store.recent(1, ofRun).isEmpty() ? 0 : 1;
                continue;
            }
            Run series = TrainingChart.run(store, label(r), ofRun, points);
            if (!series.isEmpty()) {
                drawn.add(0, series);
                if (r.modelVersion() != null) {
                    versions.add(r.modelVersion());
                }
            }
        }
        if (runs.isEmpty()) {
            Run all = TrainingChart.run(store, "all rows", filter, points);
            if (!all.isEmpty()) {
                drawn.add(all);
            }
        }
        List<EvaluationRecord> evaluations = new ArrayList<>();
        for (EvaluationRecord e : store.evaluations(filter.modelVersion(), null, null)) {
            if (filter.runId() == null || versions.contains(e.modelVersion())) {
                evaluations.add(e);
            }
        }
        return new ChartData(drawn, evaluations, leftOut, producedIn);
    }

    /** @return e.g. {@code run_1733241600000_3 (INCREMENTAL, v_20240102_143000)} */
    private static String label(TrainingRun r) {
        String version = r.modelVersion() == null ? "" : ", " + r.modelVersion();
        return r.runId() + " (" + r.mode() + version + ")";
    }
}
