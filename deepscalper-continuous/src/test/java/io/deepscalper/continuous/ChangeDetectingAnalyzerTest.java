package io.deepscalper.continuous;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.continuous.PerformanceSignal;
import io.deepscalper.api.continuous.PerformanceTrend;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChangeDetectingAnalyzerTest {
    private final ChangeDetectingAnalyzer analyzer = ChangeDetectingAnalyzer.defaults();

    private static double[] noise(long seed, int n, double mean, double sd) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = mean + sd * r.nextGaussian();
        }
        return y;
    }

    @Test
    void tooFewSessionsGiveNoVerdict() {
        PerformanceSignal s = analyzer.analyze(new double[] {0.01, -0.02, 0.0, 0.01});
        assertThat(s.trend()).isEqualTo(PerformanceTrend.UNKNOWN);
        assertThat(s.changeDetected()).isFalse();
        assertThat(s.detail()).contains("4 session return(s)");
    }

    @Test
    void aDropOfTwoStandardDeviationsIsFoundWithinThreeSessions() {
        double[] y = noise(5, 13, 0.002, 0.001);
        for (int i = 10; i < 13; i++) {
            y[i] -= 0.004; // the profitable signal's sign flipped: the mean goes from +2 sd to -2 sd
        }
        PerformanceSignal s = analyzer.analyze(y);
        assertThat(s.changeDetected()).as(s.detail()).isTrue();
        assertThat(s.detail()).contains("CUSUM detected a drop");
    }

    @Test
    void theValidationSessionsAreTheReferenceAndAreNotTestedThemselves() {
        double[] y = noise(7, 12, 0.002, 0.001);
        for (int i = 5; i < 8; i++) {
            y[i] -= 0.004; // a bad stretch inside the 8 validation sessions is part of what the gate accepted
        }
        PerformanceSignal asReference = analyzer.analyze(y, 8);
        assertThat(asReference.detail()).contains("the 8 validation sessions").contains("4 session(s) tested");
        assertThat(asReference.changeDetected()).as(asReference.detail()).isFalse();
        PerformanceSignal none = analyzer.analyze(java.util.Arrays.copyOf(y, 8), 8);
        assertThat(none.detail()).contains("no session after the validation sessions yet");
    }

    @Test
    void onUnchangedReturnsAtMostFivePercentOfCyclesAlarm() {
        // the orchestrator's use: five validation sessions, then one new session per cycle; an alarm
        // restarts the series from the last held-out sessions (the retrain it causes)
        int alarms = 0;
        int cycles = 0;
        for (long seed = 1; seed <= 40; seed++) {
            double[] all = noise(seed, 35, 0.001, 0.002);
            int from = 0;
            for (int end = 6; end <= all.length; end++, cycles++) {
                PerformanceSignal s = analyzer.analyze(java.util.Arrays.copyOfRange(all, from, end));
                if (s.changeDetected() || s.trend() == PerformanceTrend.DEGRADING) {
                    alarms++;
                    from = end - 4;
                }
            }
        }
        assertThat(cycles).isEqualTo(40 * 30);
        assertThat((double) alarms / cycles).isLessThanOrEqualTo(0.05);
    }

    @Test
    void aSteadyDeclineIsDegradingAndARiseImproving() {
        double[] down = new double[12];
        double[] up = new double[12];
        SplittableRandom r = new SplittableRandom(9);
        for (int i = 0; i < 12; i++) {
            down[i] = 0.01 - 0.001 * i + 0.0001 * r.nextGaussian();
            up[i] = -down[i];
        }
        assertThat(analyzer.analyze(down).trend()).isEqualTo(PerformanceTrend.DEGRADING);
        assertThat(analyzer.analyze(up).trend()).isEqualTo(PerformanceTrend.IMPROVING);
        assertThat(analyzer.analyze(up).changeDetected()).isFalse();
    }

    @Test
    void aModelThatNeverTradesHasNoDrop() {
        PerformanceSignal s = analyzer.analyze(new double[10]);
        assertThat(s.changeDetected()).isFalse();
        assertThat(s.trend()).isEqualTo(PerformanceTrend.STABLE);
    }
}
