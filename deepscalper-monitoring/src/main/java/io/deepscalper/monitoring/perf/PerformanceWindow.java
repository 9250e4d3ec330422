package io.deepscalper.monitoring.perf;

/**
 * Performance of the last {@code count} evaluation periods, computed by {@link RollingPerformance}.
 *
 * @param count        periods in the window
 * @param meanReturn   mean period return
 * @param sharpe       mean / sample standard deviation of the period returns × √periodsPerYear; NaN with fewer
 *                     than 2 periods or zero spread
 * @param maxDrawdown  largest peak-to-trough fall of the compounded equity curve, as a positive fraction
 * @param winRate      share of periods with a positive return
 * @param profitFactor sum of positive returns / |sum of negative returns|; +∞ when no period lost, NaN when
 *                     every return was 0
 * @param totalReturn  compounded return over the window
 */
public record PerformanceWindow(int count, double meanReturn, double sharpe, double maxDrawdown, double winRate,
                                double profitFactor, double totalReturn) {
}
