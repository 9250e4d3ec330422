package io.deepscalper.monitoring.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.deepscalper.api.train.EvaluationEvent;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RollingPerformanceTest {

    @Test
    void computesSharpeDrawdownWinRateAndProfitFactorOfTheWindow() {
        RollingPerformance p = new RollingPerformance(4, 252, "total_return");
        p.add(0.50); // falls out of the window
        for (double r : new double[] {0.01, -0.02, 0.03, -0.01}) {
            p.add(r);
        }
        PerformanceWindow w = p.current();
        assertThat(w.count()).isEqualTo(4);
        double mean = 0.0025;
        double sd = Math.sqrt(((0.0075 * 0.0075) + (0.0225 * 0.0225) + (0.0275 * 0.0275) + (0.0125 * 0.0125)) / 3);
        assertThat(w.meanReturn()).isCloseTo(mean, within(1e-12));
        assertThat(w.sharpe()).isCloseTo(mean / sd * Math.sqrt(252), within(1e-9));
        assertThat(w.winRate()).isEqualTo(0.5);
        assertThat(w.profitFactor()).isCloseTo(0.04 / 0.03, within(1e-12));
        // equity 1.01 -> 0.9898 (dd 2%) -> 1.019494 -> 1.00929906 (dd from 1.019494 is 1%)
        assertThat(w.maxDrawdown()).isCloseTo(0.02, within(1e-12));
        assertThat(w.totalReturn()).isCloseTo(1.01 * 0.98 * 1.03 * 0.99 - 1, within(1e-12));
    }

    @Test
    void edgeCasesAndBadInput() {
        RollingPerformance p = new RollingPerformance(3, 252, "total_return");
        assertThat(p.current().sharpe()).isNaN();
        p.add(0.01);
        p.add(0.01);
        assertThat(p.current().sharpe()).as("no spread").isNaN();
        assertThat(p.current().profitFactor()).isInfinite();
        assertThatThrownBy(() -> p.add(Double.NaN)).hasMessageContaining("finite");
        assertThatThrownBy(() -> new RollingPerformance(1, 252, "x")).hasMessageContaining("window");
        EvaluationEvent e = new EvaluationEvent(5, "validation", LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 2),
                Map.of("sharpe", 1.0), Map.of(), 0);
        assertThatThrownBy(() -> p.add(e)).hasMessageContaining("no 'total_return' metric")
                .hasMessageContaining("sharpe");
    }
}
