package io.deepscalper.continuous;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.continuous.PerformanceSignal;
import io.deepscalper.api.continuous.PerformanceTrend;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

class ChangeDetectingAnalyzerTest {
    private static List<Map<String, Double>> series(double... v) {
        return DoubleStream.of(v).mapToObj(x -> Map.of("sharpe", x)).toList();
    }

    @Test
    void classifiesTrendsAndDetectsADrop() {
        ChangeDetectingAnalyzer a = ChangeDetectingAnalyzer.defaults();
        assertThat(a.analyze("sharpe", series(1, 2)).trend()).isEqualTo(PerformanceTrend.UNKNOWN);
        assertThat(a.analyze("sharpe", series(2.0, 1.8, 1.5, 1.1, 0.9, 0.4)).trend())
                .isEqualTo(PerformanceTrend.DEGRADING);
        assertThat(a.analyze("sharpe", series(0.1, 0.5, 0.9, 1.2, 1.8)).trend())
                .isEqualTo(PerformanceTrend.IMPROVING);
        PerformanceSignal noisy = a.analyze("sharpe", series(1.0, 1.2, 0.9, 1.1, 1.0, 0.95, 1.05));
        assertThat(noisy.trend()).isEqualTo(PerformanceTrend.STABLE);
        assertThat(noisy.changeDetected()).isFalse();
        assertThat(a.analyze("sharpe", series(1, 1, 1, 1, 1, -2, -2)).changeDetected()).isTrue();
    }
}
