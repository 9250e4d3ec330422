package io.deepscalper.api.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SelfStartingCusumTest {

    private static double[] noise(SplittableRandom r, int n, double mean, double sd) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = mean + sd * r.nextGaussian();
        }
        return y;
    }

    @Test
    void theThresholdSolvesSiegmundsApproximation() {
        // k 0.5, ARL0 = 1/0.03: (e^b - b - 1) / 0.5 = 33.3 with b = h + 1.166 gives h = 1.864
        assertThat(new SelfStartingCusum(0.5, 0.03).threshold()).isCloseTo(1.864, within(0.001));
        assertThat(SelfStartingCusum.threshold(0.5, 100)).isGreaterThan(SelfStartingCusum.threshold(0.5, 33));
    }

    @Test
    void aDropOfTwoStandardDeviationsAfterTheReferenceAlarmsWithinThreeValues() {
        SplittableRandom r = new SplittableRandom(3);
        int found = 0;
        for (int trial = 0; trial < 200; trial++) {
            double[] y = noise(r, 13, 0.002, 0.001);
            for (int i = 10; i < 13; i++) {
                y[i] -= 0.002;
            }
            found += new SelfStartingCusum(0.5, 0.03).run(y, 5).alarm() ? 1 : 0;
        }
        // expected shortfall after three values: 3 x (2 - 0.5) = 4.5 sd against a threshold of 1.9
        assertThat(found).isGreaterThan(170);
    }

    @Test
    void onUnchangedNormalValuesTheAlarmRateStaysBelowTheStatedRate() {
        // the orchestrator's use: a reference of 5, then one value per cycle; an alarm restarts the series
        SplittableRandom r = new SplittableRandom(11);
        SelfStartingCusum cusum = new SelfStartingCusum(0.5, 0.03);
        int alarms = 0;
        int cycles = 0;
        for (int run = 0; run < 100; run++) {
            double[] all = noise(r, 65, 0.001, 0.002);
            int from = 0;
            for (int end = 6; end <= all.length; end++, cycles++) {
                if (cusum.run(java.util.Arrays.copyOfRange(all, from, end), 5).alarm()) {
                    alarms++;
                    from = end - 4;
                }
            }
        }
        double rate = (double) alarms / cycles;
        assertThat(rate).isLessThanOrEqualTo(0.03).isGreaterThan(0.005);
    }

    @Test
    void theScoreIsInUnitsOfTheReferenceSoTheScaleDoesNotMatter() {
        double[] y = noise(new SplittableRandom(5), 20, 0.001, 0.002);
        double[] scaled = y.clone();
        for (int i = 0; i < y.length; i++) {
            scaled[i] = 1000 * y[i] + 7;
        }
        SelfStartingCusum cusum = new SelfStartingCusum(0.5, 0.03);
        assertThat(cusum.run(scaled, 5).statistic()).isCloseTo(cusum.run(y, 5).statistic(), within(1e-9));
    }

    @Test
    void aShortfallIsKeptOutOfTheReferenceUntilItEnds() {
        double[] y = {0.01, 0.012, 0.009, 0.011, 0.010, 0.002};
        SelfStartingCusum.Result r = new SelfStartingCusum(0.5, 0.03).run(y, 5);
        assertThat(r.excursion()).isEqualTo(1);
        assertThat(r.reference()).isEqualTo(5);
        assertThat(r.referenceMean()).isCloseTo(0.0104, within(1e-12));
        assertThat(r.alarm()).isTrue();
        double[] rise = {0.01, 0.012, 0.009, 0.011, 0.010, 0.02};
        assertThat(new SelfStartingCusum(0.5, 0.03).run(rise, 5).reference()).isEqualTo(6);
    }

    @Test
    void aReferenceWithoutSpreadScoresNothing() {
        SelfStartingCusum.Result r = new SelfStartingCusum(0.5, 0.03).run(new double[8], 5);
        assertThat(r.alarm()).isFalse();
        assertThat(r.statistic()).isZero();
    }

    @Test
    void badInputIsRefusedWithTheReason() {
        assertThatThrownBy(() -> new SelfStartingCusum(0, 0.03)).hasMessageContaining("allowance k");
        assertThatThrownBy(() -> new SelfStartingCusum(0.5, 0.6)).hasMessageContaining("(0, 0.5)");
        assertThatThrownBy(() -> new SelfStartingCusum(0.5, 0.03).run(new double[4], 2))
                .hasMessageContaining("reference needs 3 to 4");
        assertThatThrownBy(() -> new SelfStartingCusum(0.5, 0.03).run(new double[] {0, 1, 2, Double.NaN}, 3))
                .hasMessageContaining("finite");
    }
}
