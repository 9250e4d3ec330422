package io.deepscalper.monitoring.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class MannKendallTest {

    @Test
    void strictlyIncreasingSeriesMatchesHandComputedStatistics() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        TrendResult r = MannKendall.test(x, 0.05, true);
        assertThat(r.s()).isEqualTo(45);
        assertThat(r.z()).isCloseTo(3.93548, within(1e-5));
        assertThat(r.pValue()).isCloseTo(8.30307e-5, within(1e-7));
        assertThat(r.senSlope()).isEqualTo(1.0);
        assertThat(r.trend()).isEqualTo(Trend.IMPROVING);
        assertThat(MannKendall.test(x, 0.05, false).trend()).as("rising drawdown is bad").isEqualTo(Trend.DEGRADING);
    }

    @Test
    void tiesReduceTheVarianceAsInTheTieCorrectedFormula() {
        // S = 19, Var(S) = (8*7*21 - 2*(2*1*9) ... ) / 18 = 62.333, z = 2.27988, p = 0.0226147 (checked in Python)
        TrendResult r = MannKendall.test(new double[] {1, 2, 2, 3, 1, 4, 5, 5}, 0.05, true);
        assertThat(r.s()).isEqualTo(19);
        assertThat(r.z()).isCloseTo(2.27988, within(1e-5));
        assertThat(r.pValue()).isCloseTo(0.0226147, within(1e-6));
        assertThat(r.trend()).isEqualTo(Trend.IMPROVING);
        assertThat(MannKendall.test(new double[] {1, 2, 2, 3, 1, 4, 5, 5}, 0.01, true).trend())
                .as("not significant at 1%").isEqualTo(Trend.STABLE);
    }

    @Test
    void noiseIsUsuallyStableAndShortSeriesAlwaysAre() {
        SplittableRandom rnd = new SplittableRandom(42);
        int falseAlarms = 0;
        for (int trial = 0; trial < 400; trial++) {
            double[] x = new double[30];
            for (int i = 0; i < x.length; i++) {
                x[i] = rnd.nextGaussian();
            }
            if (MannKendall.test(x, 0.05, true).trend() != Trend.STABLE) {
                falseAlarms++;
            }
        }
        // about 5% at alpha = 0.05; 400 trials give a standard error near 1.1%
        assertThat(falseAlarms / 400.0).isBetween(0.01, 0.10);
        assertThat(MannKendall.test(new double[] {1, 2, 3}, 0.5, true).trend()).isEqualTo(Trend.STABLE);
        assertThatThrownBy(() -> MannKendall.test(new double[5], 0.9, true)).hasMessageContaining("alpha");
    }

    @Property(tries = 200)
    void reversingTheSeriesNegatesSAndAffineMapsChangeNothing(
            @ForAll @Size(min = 4, max = 40) double[] raw, @ForAll @DoubleRange(min = 0.1, max = 10) double scale) {
        double[] x = java.util.Arrays.stream(raw).map(v -> Double.isFinite(v) ? Math.max(-1e6, Math.min(1e6, v)) : 0)
                .toArray();
        double[] rev = new double[x.length];
        double[] affine = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            rev[i] = x[x.length - 1 - i];
            affine[i] = scale * x[i] + 3;
        }
        TrendResult r = MannKendall.test(x, 0.05, true);
        assertThat(MannKendall.test(rev, 0.05, true).s()).isEqualTo(-r.s());
        assertThat(MannKendall.test(affine, 0.05, true).pValue()).isCloseTo(r.pValue(), within(1e-12));
        assertThat(r.pValue()).isBetween(0.0, 1.0);
    }
}
