package io.deepscalper.data.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

class RobustStatsProperties {

    @Property
    void quickselectMedianEqualsTheSortedMedian(@ForAll @Size(min = 1, max = 200)
                                                java.util.List<@DoubleRange(min = -1e6, max = 1e6) Double> list) {
        double[] values = list.stream().mapToDouble(Double::doubleValue).toArray();
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double expected = (n & 1) == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        assertThat(RobustStats.median(values.clone(), n)).isEqualTo(expected);
    }

    @Property
    void splitRatiosAreRecognisedBothWays(@ForAll @net.jqwik.api.constraints.IntRange(min = 2, max = 20) int k) {
        assertThat(OutlierScan.nearSplitRatio(k, 0.03)).isTrue();
        assertThat(OutlierScan.nearSplitRatio(1.0 / k, 0.03)).isTrue();
        assertThat(OutlierScan.nearSplitRatio(k * 1.1, 0.03)).isEqualTo(k * 1.1 >= 1.97 && isNearInteger(k * 1.1));
    }

    private static boolean isNearInteger(double x) {
        long r = Math.round(x);
        return r >= 2 && r <= 20 && Math.abs(x / r - 1) <= 0.03;
    }
}
