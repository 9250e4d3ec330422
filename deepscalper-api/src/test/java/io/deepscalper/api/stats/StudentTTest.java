package io.deepscalper.api.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class StudentTTest {

    @Test
    void matchesTheTable() {
        // one-sided 5 % points of the standard table
        assertThat(StudentT.cdf(6.314, 1)).isCloseTo(0.95, within(1e-4));
        assertThat(StudentT.cdf(2.015, 5)).isCloseTo(0.95, within(1e-4));
        assertThat(StudentT.cdf(-1.697, 30)).isCloseTo(0.05, within(1e-4));
        assertThat(StudentT.cdf(0, 3)).isEqualTo(0.5);
        assertThat(StudentT.cdf(1.96, 1e6)).isCloseTo(StandardNormal.cdf(1.96), within(1e-5));
    }

    @Test
    void theNormalQuantileInvertsTheDistributionFunction() {
        assertThat(StandardNormal.quantile(0.975)).isCloseTo(1.959964, within(1e-6));
        assertThat(StandardNormal.quantile(0.5)).isZero();
        assertThat(StandardNormal.quantile(1e-10)).isCloseTo(-6.361341, within(1e-5));
        assertThat(StandardNormal.quantile(0)).isInfinite();
        assertThatThrownBy(() -> StandardNormal.quantile(1.5)).hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> StudentT.cdf(1, 0)).hasMessageContaining("degrees of freedom");
    }

    @Property(tries = 200)
    void cdfIsSymmetricAndMonotone(@ForAll @DoubleRange(min = -30, max = 30) double t,
                                   @ForAll @IntRange(min = 1, max = 200) int df) {
        assertThat(StudentT.cdf(t, df) + StudentT.cdf(-t, df)).isCloseTo(1, within(1e-9));
        assertThat(StudentT.cdf(t + 0.1, df)).isGreaterThanOrEqualTo(StudentT.cdf(t, df));
    }

    @Property(tries = 200)
    void quantileOfCdfIsTheIdentity(@ForAll @DoubleRange(min = -5, max = 5) double z) {
        assertThat(StandardNormal.quantile(StandardNormal.cdf(z))).isCloseTo(z, within(1e-5));
    }
}
