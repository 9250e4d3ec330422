package io.deepscalper.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.continuous.PerformanceSignal;
import io.deepscalper.api.continuous.PerformanceTrend;
import io.deepscalper.continuous.wiring.MannKendallAnalyzer;
import org.junit.jupiter.api.Test;

class MannKendallAnalyzerTest {

    @Test
    void classifiesPerSessionReturnsWithTheMannKendallTest() {
        MannKendallAnalyzer a = new MannKendallAnalyzer(0.01, 10);
        PerformanceSignal few = a.analyze(new double[] {0.01, 0.005});
        assertThat(few.trend()).isEqualTo(PerformanceTrend.UNKNOWN);
        assertThat(few.detail()).isEqualTo("2 session return(s) of the champion; the tests need 5");
        PerformanceSignal down = a.analyze(new double[] {0.020, 0.017, 0.015, 0.012, 0.009, 0.006, 0.002, -0.001,
            -0.004, -0.006});
        assertThat(down.trend()).isEqualTo(PerformanceTrend.DEGRADING);
        assertThat(down.detail()).contains("Mann-Kendall on the last 10 session returns").contains("p = ");
        assertThat(a.analyze(new double[] {0.001, 0.003, 0.002, 0.006, 0.008, 0.009, 0.013, 0.014, 0.016, 0.02})
                .trend()).isEqualTo(PerformanceTrend.IMPROVING);
        assertThat(a.analyze(new double[] {0.010, 0.012, 0.009, 0.011, 0.010, 0.0095, 0.0105, 0.010}).trend())
                .isEqualTo(PerformanceTrend.STABLE);
    }

    @Test
    void theTrendLooksOnlyAtTheWindow() {
        MannKendallAnalyzer a = new MannKendallAnalyzer(0.01, 5);
        // a long decline followed by five flat-ish sessions: the window sees no trend
        PerformanceSignal s = a.analyze(new double[] {0.05, 0.04, 0.03, 0.02, 0.01, 0.001, 0.002, 0.001, 0.002,
            0.0015});
        assertThat(s.trend()).isEqualTo(PerformanceTrend.STABLE);
        assertThat(s.detail()).contains("last 5 session returns");
    }

    @Test
    void refusesBadSettings() {
        assertThatThrownBy(() -> new MannKendallAnalyzer(0.7, 10)).hasMessageContaining("(0, 0.5)");
        assertThatThrownBy(() -> new MannKendallAnalyzer(0.01, 2)).hasMessageContaining("at least 4");
    }
}
