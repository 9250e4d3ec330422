package io.deepscalper.core.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Expected values computed by hand (and checked with a calculator), not with the code under test. */
class PerformanceMetricsTest {

    @Test
    void sharpeAndSortinoOfAMixedSeries() {
        double[] daily = {0.01, -0.02, 0.03};
        // mean 0.0066667, sample std sqrt(0.00126667 / 2) = 0.0251661
        assertThat(PerformanceMetrics.sharpe(daily)).isCloseTo(4.205259864, within(1e-8));
        // downside deviation sqrt(0.02^2 / 3) = 0.0115470
        assertThat(PerformanceMetrics.sortino(daily)).isCloseTo(9.165151390, within(1e-8));
    }

    @Test
    void maxDrawdownIsTheLargestFallFromARunningPeak() {
        assertThat(PerformanceMetrics.maxDrawdown(new double[] {100, 110, 99, 120, 90, 95})).isCloseTo(0.25, within(1e-12));
        assertThat(PerformanceMetrics.maxDrawdown(new double[] {100, 101, 102})).isZero();
    }

    @Test
    void calmarAnnualisesTheTotalReturnOverTradingDays() {
        // 5% over 21 days: 1.05^12 - 1 = 0.795856, over a 25% drawdown
        assertThat(PerformanceMetrics.calmar(0.05, 21, 0.25)).isCloseTo(3.183425304, within(1e-8));
        assertThat(PerformanceMetrics.annualizedReturn(-1.0, 5)).isEqualTo(-1);
    }

    @Test
    void noTradesGivesZerosEverywhere() {
        double[] flat = {0, 0, 0};
        assertThat(PerformanceMetrics.sharpe(flat)).isZero();
        assertThat(PerformanceMetrics.sortino(flat)).isZero();
        assertThat(PerformanceMetrics.maxDrawdown(new double[] {100, 100, 100})).isZero();
        assertThat(PerformanceMetrics.calmar(0, 3, 0)).isZero();
        assertThat(PerformanceMetrics.winRate(0, 0)).isZero();
        assertThat(PerformanceMetrics.profitFactor(0, 0)).isZero();
    }

    @Test
    void allLossesGiveNegativeRatiosZeroWinRateAndZeroProfitFactor() {
        double[] daily = {-0.01, -0.02};
        assertThat(PerformanceMetrics.sharpe(daily)).isCloseTo(-33.674916481, within(1e-8));
        assertThat(PerformanceMetrics.sortino(daily)).isCloseTo(-15.059880478, within(1e-8));
        assertThat(PerformanceMetrics.winRate(0, 4)).isZero();
        assertThat(PerformanceMetrics.profitFactor(0, 30)).isZero();
    }

    @Test
    void zeroVolatilityWithAProfitIsCappedNotInfinite() {
        double[] daily = {0.01, 0.01, 0.01};
        assertThat(PerformanceMetrics.sampleStd(daily)).isZero();
        assertThat(PerformanceMetrics.sharpe(daily)).isEqualTo(PerformanceMetrics.RATIO_CAP);
        assertThat(PerformanceMetrics.sortino(daily)).isEqualTo(PerformanceMetrics.RATIO_CAP);
        assertThat(PerformanceMetrics.profitFactor(12, 0)).isEqualTo(PerformanceMetrics.RATIO_CAP);
        assertThat(PerformanceMetrics.sharpe(new double[] {0.02})).as("one day has no spread").isZero();
    }

    @Test
    void winRateAndProfitFactor() {
        assertThat(PerformanceMetrics.winRate(2, 3)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(PerformanceMetrics.profitFactor(11, 7)).isCloseTo(11.0 / 7, within(1e-12));
    }
}
