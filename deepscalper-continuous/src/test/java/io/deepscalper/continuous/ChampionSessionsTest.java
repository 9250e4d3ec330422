package io.deepscalper.continuous;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.model.ModelEvaluation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The champion's per-session record, read from the one evaluation per cycle on the latest held-out sessions. */
class ChampionSessionsTest {
    private static final LocalDate FIRST = LocalDate.of(2025, 3, 3);

    /** @return an evaluation on sessions {@code from} to {@code from + n - 1} (days after FIRST), return = day / 100 */
    private static ModelEvaluation window(int from, int n) {
        List<LocalDate> dates = new ArrayList<>();
        List<Double> returns = new ArrayList<>();
        for (int d = from; d < from + n; d++) {
            dates.add(FIRST.plusDays(d));
            returns.add(d / 100.0);
        }
        return new ModelEvaluation(Map.of(), dates, returns);
    }

    @Test
    void eachSessionIsKeptOnceAndTheFirstWindowIsTheReference() {
        ChampionSessions s = new ChampionSessions(60);
        s.update("v1", window(0, 5));
        s.update("v1", window(1, 5));
        s.update("v1", window(2, 5));
        assertThat(s.returns()).containsExactly(0.0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06);
        assertThat(s.referenceSessions()).isEqualTo(5);
    }

    @Test
    void aNewChampionOrARestartStartsFromTheNextWindow() {
        ChampionSessions s = new ChampionSessions(60);
        s.update("v1", window(0, 5));
        s.update("v2", window(1, 5));
        assertThat(s.returns()).containsExactly(0.01, 0.02, 0.03, 0.04, 0.05);
        s.restart();
        s.update("v2", window(2, 5));
        assertThat(s.returns()).hasSize(5);
        assertThat(s.referenceSessions()).isEqualTo(5);
        s.update(null, null);
        assertThat(s.returns()).isEmpty();
    }

    @Test
    void olderSessionsBeyondTheCapacityGoAndTheReferenceShrinksWithThem() {
        ChampionSessions s = new ChampionSessions(6);
        s.update("v1", window(0, 5));
        s.update("v1", window(1, 5));
        s.update("v1", window(2, 5));
        assertThat(s.returns()).containsExactly(0.01, 0.02, 0.03, 0.04, 0.05, 0.06);
        assertThat(s.referenceSessions()).isEqualTo(4);
    }
}
