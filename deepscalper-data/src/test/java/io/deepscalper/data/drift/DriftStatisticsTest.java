package io.deepscalper.data.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.FloatRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Reference values from SciPy 1.17.1 ({@code ks_2samp(..., method="asymp")}, {@code wasserstein_distance}). */
class DriftStatisticsTest {

    private static float[] ramp(int n, float offset) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = 0.1f * i + offset;
        }
        return a;
    }

    @Test
    void ksMatchesScipy() {
        float[] a = ramp(50, 0);
        float[] b = ramp(60, 0.8f);
        assertThat(DriftStatistics.ksStatistic(a, b)).isCloseTo(0.3, within(1e-6));
        // SciPy: 0.01189 (exact one-sample kstwo with effective n); Stephens' approximation gives 0.01128
        assertThat(DriftStatistics.ksPValue(a, b)).isCloseTo(0.01189, within(0.0008));
    }

    @Test
    void wassersteinMatchesScipy() {
        assertThat(DriftStatistics.wasserstein(ramp(50, 0), ramp(60, 0.8f))).isCloseTo(1.3, within(1e-4));
        assertThat(DriftStatistics.std(ramp(50, 0))).isCloseTo(1.44309, within(1e-4));
    }

    @Test
    void psiIsZeroForIdenticalAndLargeForShifted() {
        float[] a = ramp(1000, 0);
        assertThat(DriftStatistics.psi(a, a, 10)).isCloseTo(0, within(1e-12));
        assertThat(DriftStatistics.psi(a, ramp(1000, 30f), 10)).isGreaterThan(0.5);
    }

    @Property(tries = 100)
    void identicalSamplesNeverDrift(@ForAll @Size(min = 2, max = 300) java.util.List<@FloatRange(min = -100, max = 100) Float> xs) {
        float[] s = DriftStatistics.sorted(toArray(xs));
        assertThat(DriftStatistics.ksStatistic(s, s)).isZero();
        assertThat(DriftStatistics.ksPValue(s, s)).isEqualTo(1.0);
        assertThat(DriftStatistics.wasserstein(s, s)).isZero();
    }

    @Property(tries = 100)
    void wassersteinOfAShiftIsTheShift(@ForAll @Size(min = 2, max = 300) java.util.List<@FloatRange(min = -100, max = 100) Float> xs) {
        float[] s = DriftStatistics.sorted(toArray(xs));
        float[] shifted = new float[s.length];
        for (int i = 0; i < s.length; i++) {
            shifted[i] = s[i] + 2f;
        }
        assertThat(DriftStatistics.wasserstein(s, shifted)).isCloseTo(2.0, within(1e-3));
    }

    private static float[] toArray(java.util.List<Float> xs) {
        float[] a = new float[xs.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = xs.get(i);
        }
        return a;
    }
}
