package io.deepscalper.api.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ProbabilisticSharpeTest {

    @Test
    void matchesTheFormulaOnAHandComputedSeries() {
        // reference values computed independently (python, population moments, sample std for the ratio)
        ProbabilisticSharpe.Result r = ProbabilisticSharpe.of(
                new double[] {0.01, -0.005, 0.02, 0.0, 0.015, -0.01, 0.03, 0.005}, 0);
        assertThat(r.observations()).isEqualTo(8);
        assertThat(r.sharpe()).isCloseTo(0.608780777528101, within(1e-12));
        assertThat(r.skewness()).isCloseTo(0.23713871415241175, within(1e-12));
        assertThat(r.kurtosis()).isCloseTo(2.0230840258541085, within(1e-12));
        assertThat(r.z()).isCloseTo(1.65215430452798, within(1e-10));
        assertThat(r.probability()).isCloseTo(0.9507484504931056, within(1e-6));
        assertThat(r.pValue()).isCloseTo(1 - 0.9507484504931056, within(1e-6));
    }

    @Test
    void zeroSpreadDecidesByTheSignOfTheMean() {
        assertThat(ProbabilisticSharpe.of(new double[] {0, 0, 0}, 0).probability()).isEqualTo(0.5);
        assertThat(ProbabilisticSharpe.of(new double[] {0.001, 0.001, 0.001}, 0).probability()).isEqualTo(1.0);
        assertThat(ProbabilisticSharpe.of(new double[] {-0.001, -0.001}, 0).probability()).isEqualTo(0.0);
    }

    @Test
    void refusesTooFewOrNonFiniteReturns() {
        assertThatThrownBy(() -> ProbabilisticSharpe.of(new double[] {1}, 0)).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> ProbabilisticSharpe.of(List.of(1.0, Double.NaN), 0))
                .hasMessageContaining("return 1 is not finite");
    }

    @Test
    void theNormalCdfHasItsKnownValues() {
        assertThat(StandardNormal.cdf(0)).isCloseTo(0.5, within(1e-7));
        assertThat(StandardNormal.cdf(1.6448536)).isCloseTo(0.95, within(1e-6));
        assertThat(StandardNormal.cdf(-1.959964)).isCloseTo(0.025, within(1e-6));
        assertThat(StandardNormal.cdf(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
    }

    /** Negating every return swaps "better" and "worse": the probabilities add up to one. */
    @Property(tries = 200)
    void negatingTheSeriesComplementsTheProbability(
            @ForAll @Size(min = 2, max = 40) List<@DoubleRange(min = -0.05, max = 0.05) Double> returns) {
        double[] r = returns.stream().mapToDouble(Double::doubleValue).toArray();
        double[] neg = returns.stream().mapToDouble(d -> -d).toArray();
        double p = ProbabilisticSharpe.of(r, 0).probability();
        assertThat(p).isBetween(0.0, 1.0);
        assertThat(p + ProbabilisticSharpe.of(neg, 0).probability()).isCloseTo(1.0, within(1e-6));
    }

    /** The test is about evidence, not units: scaling every return by a positive factor changes nothing. */
    @Property(tries = 200)
    void scalingTheReturnsLeavesTheProbabilityUnchanged(
            @ForAll @Size(min = 3, max = 40) List<@DoubleRange(min = -0.05, max = 0.05) Double> returns,
            @ForAll @DoubleRange(min = 0.01, max = 100) double factor) {
        double[] r = returns.stream().mapToDouble(Double::doubleValue).toArray();
        double[] scaled = returns.stream().mapToDouble(d -> d * factor).toArray();
        assertThat(ProbabilisticSharpe.of(scaled, 0).probability())
                .isCloseTo(ProbabilisticSharpe.of(r, 0).probability(), within(1e-6));
    }
}
