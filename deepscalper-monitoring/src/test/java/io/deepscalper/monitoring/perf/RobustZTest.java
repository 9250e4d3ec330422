package io.deepscalper.monitoring.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RobustZTest {

    @Test
    void modifiedZUsesMedianAndMad() {
        double[] h = {1, 2, 3, 4, 100};
        // median 3, |dev| = {2,1,0,1,97} -> MAD 1
        assertThat(RobustZ.score(h, 3)).isZero();
        assertThat(RobustZ.score(h, 10)).isCloseTo(0.6745 * 7, within(1e-12));
        assertThat(Math.abs(RobustZ.score(h, 10))).isGreaterThan(RobustZ.DEFAULT_THRESHOLD);
        assertThat(Math.abs(RobustZ.score(h, 5))).as("the outlier 100 does not mask others").isLessThan(3.5);
    }

    @Test
    void degenerateHistories() {
        assertThat(RobustZ.score(new double[] {1, 2}, 5)).isNaN();
        // MAD = 0 (most values equal) -> mean absolute deviation fallback: med 1, mean|dev| = 2/5 = 0.4
        assertThat(RobustZ.score(new double[] {1, 1, 1, 1, 3}, 2)).isCloseTo(1 / (1.2533 * 0.4), within(1e-12));
        assertThat(RobustZ.score(new double[] {1, 1, 1}, 2)).isInfinite().isPositive();
        assertThat(RobustZ.score(new double[] {1, 1, 1}, 1)).isZero();
        assertThat(RobustZ.score(new double[] {1, Double.NaN, 2, 3}, 2)).isZero();
    }
}
