package io.deepscalper.data.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class DriftCalibrationProperties {

    @Property
    void theEmpiricalPValueCountsTheDrawsAtLeastAsLarge(
            @ForAll @Size(min = 1, max = 100) List<@DoubleRange(min = 0, max = 1) Double> draws,
            @ForAll @DoubleRange(min = -0.5, max = 1.5) double observed) {
        double[] sorted = draws.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        long atLeast = Arrays.stream(sorted).filter(d -> d >= observed).count();
        double p = DriftCalibration.pValue(sorted, observed);
        assertThat(p).isEqualTo((1.0 + atLeast) / (1.0 + sorted.length));
        assertThat(p).isBetween(1.0 / (sorted.length + 1), 1.0);
        assertThat(DriftCalibration.pValue(sorted, observed + 0.1)).isLessThanOrEqualTo(p);
    }

    /**
     * The shortcut the calibration rests on: for a window inside the reference, KS and Wasserstein
     * against the rest of the reference are {@code n / (n - m)} times the statistic against the whole.
     */
    @Property(tries = 200)
    void aWindowAgainstTheRestIsTheScaledStatisticAgainstTheWhole(@ForAll @IntRange(min = 4, max = 60) int n,
                                                                  @ForAll @IntRange(min = 1, max = 1000) int seed,
                                                                  @ForAll @IntRange(min = 0, max = 2) int ties) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] ref = new float[n];
        for (int i = 0; i < n; i++) {
            // with ties > 0 the values are rounded so that equal values occur, as in tick-rounded prices
            ref[i] = ties == 0 ? (float) r.nextGaussian() : Math.round(r.nextGaussian() * 2 * ties) / (2f * ties);
        }
        int m = 1 + r.nextInt(n - 1);
        boolean[] in = new boolean[n];
        for (int k = 0; k < m; ) {
            int i = r.nextInt(n);
            if (!in[i]) {
                in[i] = true;
                k++;
            }
        }
        float[] window = new float[m];
        float[] rest = new float[n - m];
        for (int i = 0, w = 0, o = 0; i < n; i++) {
            if (in[i]) {
                window[w++] = ref[i];
            } else {
                rest[o++] = ref[i];
            }
        }
        float[] sortedRef = DriftStatistics.sorted(ref);
        float[] sortedWindow = DriftStatistics.sorted(window);
        float[] sortedRest = DriftStatistics.sorted(rest);
        double scale = (double) n / (n - m);
        assertThat(DriftStatistics.ksStatistic(sortedRest, sortedWindow))
                .isCloseTo(scale * DriftStatistics.ksStatistic(sortedRef, sortedWindow), within(1e-9));
        assertThat(DriftStatistics.wasserstein(sortedRest, sortedWindow))
                .isCloseTo(scale * DriftStatistics.wasserstein(sortedRef, sortedWindow), within(1e-5));
    }
}
