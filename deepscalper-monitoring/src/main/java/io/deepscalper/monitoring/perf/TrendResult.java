package io.deepscalper.monitoring.perf;

/**
 * Outcome of a {@link MannKendall} test.
 *
 * @param trend    the classification at {@code alpha}
 * @param n        number of points tested
 * @param s        the Mann-Kendall statistic S = Σ_{i&lt;j} sign(x_j − x_i)
 * @param z        the continuity-corrected normal score of S
 * @param pValue   two-sided p-value of "no monotonic trend"
 * @param senSlope Theil-Sen slope (median of pairwise slopes per index step): the size of the trend
 * @param alpha    the significance level used
 */
public record TrendResult(Trend trend, int n, long s, double z, double pValue, double senSlope, double alpha) {
}
