package io.deepscalper.tuning;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.train.EvaluationEvent;
import io.deepscalper.api.train.TrainingControl;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Early stopping stops what it should: a trial below the bar at a rung, and nothing else. */
class CheckpointWatchTest {
    private static final LocalDate D = LocalDate.of(2025, 1, 2);

    private static final class Control implements TrainingControl {
        final List<String> stops = new ArrayList<>();

        @Override
        public void requestStop(String reason) {
            stops.add(reason);
        }

        @Override
        public boolean stopRequested() {
            return !stops.isEmpty();
        }

        @Override
        public void requestRollback(String reason) {
            throw new AssertionError("no rollback expected");
        }
    }

    private static EvaluationEvent at(long step, double totalReturn) {
        return new EvaluationEvent(step, "validation", D, D, Map.of("total_return", totalReturn), Map.of(), 0);
    }

    @Test
    void stopsATrialWhoseBestSoFarIsBelowTheBarAtARung() {
        CheckpointWatch w = new CheckpointWatch(1, Set.of(200L), Map.of(200L, 0.05), 0);
        Control c = new Control();
        w.onEvaluation(at(100, 0.03), c);
        w.onEvaluation(at(200, 0.01), c);
        assertThat(c.stops).hasSize(1);
        assertThat(c.stops.get(0)).contains("step 200").contains("0.030000 below the bar 0.050000");
        assertThat(w.stoppedAs()).isEqualTo(TrialStatus.STOPPED_EARLY);
        assertThat(w.rungScores()).containsEntry(200L, 0.03);
        assertThat(w.curve()).containsExactly(new CurvePoint(100, 0.03), new CurvePoint(200, 0.01));
    }

    @Test
    void keepsATrialThatReachesTheBarWithItsBestCheckpoint() {
        CheckpointWatch w = new CheckpointWatch(1, Set.of(200L), Map.of(200L, 0.05), 0);
        Control c = new Control();
        w.onEvaluation(at(100, 0.06), c); // an earlier checkpoint counts: selection would keep that snapshot
        w.onEvaluation(at(200, 0.0), c);
        w.onEvaluation(at(300, -0.5), c); // not a rung: never judged
        assertThat(c.stops).isEmpty();
        assertThat(w.stoppedAs()).isNull();
    }

    @Test
    void aRungWithoutABarAndAStepThatIsNoRungDoNotStop() {
        CheckpointWatch w = new CheckpointWatch(1, Set.of(200L), Map.of(), 0);
        Control c = new Control();
        w.onEvaluation(at(200, -1), c);
        CheckpointWatch v = new CheckpointWatch(1, Set.of(400L), Map.of(200L, 1.0), 0);
        v.onEvaluation(at(200, -1), c);
        assertThat(c.stops).isEmpty();
        assertThat(w.rungScores()).containsEntry(200L, -1.0);
    }

    @Test
    void judgesOnTheMeanOverAllSymbolsOfACheckpoint() {
        CheckpointWatch w = new CheckpointWatch(2, Set.of(100L), Map.of(100L, 0.02), 0);
        Control c = new Control();
        w.onEvaluation(at(100, 0.05), c); // first symbol alone would pass
        assertThat(c.stops).isEmpty();
        w.onEvaluation(at(100, -0.03), c); // mean 0.01 < 0.02
        assertThat(c.stops).hasSize(1);
        assertThat(w.curve()).hasSize(1);
        assertThat(w.curve().get(0).validationReturn()).isCloseTo(0.01, org.assertj.core.api.Assertions.within(1e-15));
    }

    @Test
    void stopsWhenTheWallTimeBudgetIsOver() {
        CheckpointWatch w = new CheckpointWatch(1, Set.of(), Map.of(), System.currentTimeMillis() - 1);
        Control c = new Control();
        for (int i = 0; i < 64; i++) {
            w.onUpdate(null, c);
        }
        assertThat(c.stops).containsExactly("the search's wall-time budget ran out");
        assertThat(w.stoppedAs()).isEqualTo(TrialStatus.STOPPED_BUDGET);
    }
}
