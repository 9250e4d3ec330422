package io.deepscalper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.continuous.PerformanceSignal;
import io.deepscalper.api.continuous.PerformanceTrend;
import io.deepscalper.continuous.wiring.MannKendallAnalyzer;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

class MannKendallAnalyzerTest {
    private static List<Map<String, Double>> sharpe(double... v) {
        return DoubleStream.of(v).mapToObj(x -> Map.of("sharpe", x)).toList();
    }

    @Test
    void classifiesWithTheMannKendallTest() {
        MannKendallAnalyzer a = new MannKendallAnalyzer(0.05);
        assertThat(a.analyze("sharpe", sharpe(1, 0.5)).trend()).isEqualTo(PerformanceTrend.UNKNOWN);
        PerformanceSignal down = a.analyze("sharpe", sharpe(2.0, 1.7, 1.5, 1.2, 0.9, 0.6, 0.2, -0.1));
        assertThat(down.trend()).isEqualTo(PerformanceTrend.DEGRADING);
        assertThat(down.detail()).contains("Mann-Kendall on sharpe").contains("p = ");
        assertThat(a.analyze("sharpe", sharpe(0.1, 0.3, 0.2, 0.6, 0.8, 0.9, 1.3, 1.4)).trend())
                .isEqualTo(PerformanceTrend.IMPROVING);
        assertThat(a.analyze("sharpe", sharpe(1.0, 1.2, 0.9, 1.1, 1.0, 0.95, 1.05, 1.0)).trend())
                .isEqualTo(PerformanceTrend.STABLE);
    }
}
