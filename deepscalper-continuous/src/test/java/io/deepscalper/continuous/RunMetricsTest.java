package io.deepscalper.continuous;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.monitoring.store.EvaluationRecord;
import io.deepscalper.monitoring.store.TrainingFilter;
import io.deepscalper.monitoring.store.TrainingMetric;
import io.deepscalper.monitoring.store.TrainingRun;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The orchestrator tells the metrics store which run the training rows belong to and which version the run
 * produced, and gives every version's evaluation its cycle, so that retrains are not mixed together.
 */
class RunMetricsTest extends WithTrainerHarness {

    @Test
    void eachRetrainsRowsCarryItsRunAndTheVersionItRegistered() {
        h.evaluator.thenScores(1.0, 1.5);
        ContinuousTrainer ct = h.start();
        RetrainReport first = ct.runCycle().retrain().orElseThrow();
        long firstCycle = ct.state().cycles();
        int evaluationsInFirst = h.metrics.evaluations(null, null, null).size();
        RetrainReport second = h.retrainOnRequest(ct, false).retrain().orElseThrow();
        long secondCycle = ct.state().cycles();

        List<TrainingRun> runs = h.metrics.runs();
        assertThat(runs).hasSize(2);
        assertThat(runs).extracting(TrainingRun::modelVersion)
                .containsExactly(first.version().value(), second.version().value());
        assertThat(runs).extracting(TrainingRun::outcome).containsOnly("REGISTERED");
        assertThat(runs.get(1).mode()).isEqualTo(RetrainMode.INCREMENTAL.name());
        assertThat(runs.get(1).parentVersion()).isEqualTo(first.version().value());
        assertThat(runs.get(1).cycle()).isGreaterThan(runs.get(0).cycle());

        for (TrainingRun run : runs) {
            List<TrainingMetric> rows = h.metrics.recent(100_000, TrainingFilter.run(run.runId()));
            assertThat(rows).as("rows of %s", run.runId()).isNotEmpty()
                    .allMatch(r -> run.modelVersion().equals(r.modelVersion()));
            assertThat(rows.get(0).step()).as("every run counts its steps from the start").isLessThan(
                    rows.get(rows.size() - 1).step());
        }
        assertThat(h.metrics.recent(100_000)).allMatch(r -> r.runId() != null);

        List<EvaluationRecord> evals = h.metrics.evaluations(null, null, null);
        assertThat(evals).isNotEmpty().allMatch(e -> e.cycle() >= 1 && e.modelVersion() != null);
        EvaluationRecord ofSecond = evals.stream()
                .filter(e -> e.modelVersion().equals(second.version().value())).findFirst().orElseThrow();
        assertThat(ofSecond.cycle()).isEqualTo(runs.get(1).cycle());
        assertThat(ofSecond.event().from()).isNotNull();
        assertThat(ofSecond.event().to()).isAfterOrEqualTo(ofSecond.event().from());
        // every evaluation carries the cycle it was made in, the champion's re-evaluation on new data included
        assertThat(evals.subList(0, evaluationsInFirst)).allMatch(e -> e.cycle() == firstCycle);
        assertThat(evals.subList(evaluationsInFirst, evals.size())).isNotEmpty()
                .allMatch(e -> e.cycle() == secondCycle);
    }
}
