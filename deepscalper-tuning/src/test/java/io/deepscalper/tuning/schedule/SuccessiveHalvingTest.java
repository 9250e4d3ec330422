package io.deepscalper.tuning.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuccessiveHalvingTest {

    @Test
    void rungsGrowByEtaBelowTheBudget() {
        assertThat(new SuccessiveHalving(1000, 2).rungs(8000)).containsExactly(1000L, 2000L, 4000L);
        assertThat(new SuccessiveHalving(500, 3).rungs(8000)).containsExactly(500L, 1500L, 4500L);
        assertThat(SuccessiveHalving.off().rungs(8000)).isEmpty();
        assertThatThrownBy(() -> new SuccessiveHalving(100, 1)).hasMessageContaining("eta >= 2");
    }

    @Test
    void theBarIsTheTopOneOverEtaOfEarlierTrials() {
        SuccessiveHalving sh = new SuccessiveHalving(100, 2);
        Map<Long, Double> bars = sh.thresholds(List.of(Map.of(100L, 0.1, 200L, 0.3), Map.of(100L, 0.4),
                Map.of(100L, -0.2), Map.of(100L, 0.2, 200L, 0.25)));
        // 4 trials at rung 100: the top 2 continue, so the bar is the 2nd best (0.2); 2 at rung 200: the best (0.3)
        assertThat(bars).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(100L, 0.2, 200L, 0.3)));
        // a rung reached by fewer than eta trials does not judge
        assertThat(sh.thresholds(List.of(Map.of(100L, 0.1)))).isEmpty();
        assertThat(new SuccessiveHalving(100, 3).thresholds(List.of(Map.of(100L, 0.1), Map.of(100L, 0.2),
                Map.of(100L, 0.3), Map.of(100L, 0.4), Map.of(100L, 0.5)))).containsEntry(100L, 0.5);
    }
}
