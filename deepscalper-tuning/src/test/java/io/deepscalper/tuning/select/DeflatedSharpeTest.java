package io.deepscalper.tuning.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.deepscalper.api.stats.ProbabilisticSharpe;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeflatedSharpeTest {
    private static final double[] RETURNS = {0.012, -0.004, 0.008, 0.015, -0.002, 0.006, 0.011, -0.007, 0.009, 0.004};

    @Test
    void theNormalQuantileMatchesTabulatedValues() {
        assertThat(NormalQuantile.of(0.975)).isCloseTo(1.959963985, within(1e-8));
        assertThat(NormalQuantile.of(0.99)).isCloseTo(2.326347874, within(1e-8));
        assertThat(NormalQuantile.of(0.001)).isCloseTo(-3.090232306, within(1e-8));
        assertThat(NormalQuantile.of(0.5)).isCloseTo(0, within(1e-12));
        assertThatThrownBy(() -> NormalQuantile.of(1)).hasMessageContaining("(0, 1)");
    }

    @Test
    void theExpectedMaximumFollowsTheFormula() {
        // SR0 = sqrt(V) * ((1 - g) * z(1 - 1/N) + g * z(1 - 1/(N e))), here for N = 100, V = 0.25
        // the quantiles from Python's statistics.NormalDist().inv_cdf
        double expected = 0.5 * ((1 - 0.5772156649015329) * 2.3263478740408408 + 0.5772156649015329 * 2.680210444966887);
        assertThat(DeflatedSharpe.expectedMax(100, 0.25)).isCloseTo(expected, within(1e-8));
        assertThat(NormalQuantile.of(1 - 1 / (100 * Math.E))).isCloseTo(2.680210445, within(1e-8));
        assertThat(DeflatedSharpe.expectedMax(1, 0.25)).isZero();
        assertThat(DeflatedSharpe.expectedMax(10, 0)).isZero();
    }

    @Test
    void oneTrialIsNotDeflatedAndMoreTrialsDeflateMore() {
        double psr = ProbabilisticSharpe.of(RETURNS, 0).probability();
        List<Double> sharpes = List.of(0.1, 0.5, 0.9, 0.2);
        assertThat(DeflatedSharpe.of(RETURNS, sharpes, 1).probability()).isEqualTo(psr);
        double d4 = DeflatedSharpe.of(RETURNS, sharpes, 4).probability();
        double d40 = DeflatedSharpe.of(RETURNS, sharpes, 40).probability();
        assertThat(d4).isLessThan(psr);
        assertThat(d40).isLessThan(d4);
        DeflatedSharpe d = DeflatedSharpe.of(RETURNS, sharpes, 4);
        assertThat(d.sharpeVariance()).isCloseTo(0.3875 / 3, within(1e-12));
        assertThat(d.probability()).isEqualTo(ProbabilisticSharpe.of(RETURNS, d.expectedMaxSharpe()).probability());
    }
}
