package io.deepscalper.api.stats;

import java.util.List;
import java.util.Objects;

/**
 * The probabilistic Sharpe ratio of Bailey and López de Prado ("The Sharpe Ratio Efficient Frontier",
 * Journal of Risk 15(2), 2012): the probability that the true Sharpe ratio of a return series exceeds a
 * benchmark, given the observed Sharpe ratio, the number of observations and the series' skewness and
 * kurtosis.
 *
 * <pre>
 * SR  = mean(r) / std(r)                       (per observation, not annualised; sample std, n − 1)
 * PSR = Φ( (SR − SR*) · √(n − 1) / √(1 − γ₃·SR + (γ₄ − 1)/4 · SR²) )
 * </pre>
 * with {@code γ₃} the skewness and {@code γ₄} the (non-excess) kurtosis of {@code r}. The gate uses it as
 * a one-sided test: {@code r} is the per-session difference of two policies' returns on the same sessions
 * (candidate minus flat, candidate minus champion) and {@code SR* = 0}, so {@code 1 − PSR} is the p-value
 * of "the difference has a positive mean". Skewness and kurtosis matter because session P&amp;L of an
 * intraday policy is far from normal (many near-zero sessions, a few large ones).
 *
 * <p>Edge cases, so that every result is a number: a series with zero spread has probability 1 when its
 * mean is positive, 0 when negative and ½ when zero (a policy identical to its reference has no edge);
 * when the sample moments make the variance term non-positive (possible for extreme skew), the normal
 * returns' term {@code 1 + SR²/2} is used instead.
 */
public final class ProbabilisticSharpe {
    private ProbabilisticSharpe() {
    }

    /**
     * The result of one test.
     *
     * @param observations number of returns
     * @param mean         mean return
     * @param sharpe       per-observation Sharpe ratio (mean over sample standard deviation); ±infinity with zero
     *                     spread and a non-zero mean
     * @param skewness     sample skewness γ₃ (0 with zero spread)
     * @param kurtosis     sample kurtosis γ₄, 3 for a normal distribution (3 with zero spread)
     * @param z            the standardised statistic inside Φ
     * @param probability  PSR: the probability that the true Sharpe ratio exceeds the benchmark
     */
    public record Result(int observations, double mean, double sharpe, double skewness, double kurtosis, double z,
                         double probability) {
        /** @return the one-sided p-value of "the true Sharpe ratio exceeds the benchmark": {@code 1 − probability} */
        public double pValue() {
            return 1 - probability;
        }
    }

    /**
     * @param returns   the return series, at least 2 finite values
     * @param benchmark the benchmark Sharpe ratio per observation ({@code SR*}, 0 for "has a positive mean")
     * @return the test's result
     * @throws IllegalArgumentException when there are fewer than 2 returns or one is not finite
     */
    public static Result of(double[] returns, double benchmark) {
        Objects.requireNonNull(returns, "returns");
        int n = returns.length;
        if (n < 2) {
            throw new IllegalArgumentException("the probabilistic Sharpe ratio needs at least 2 returns but got " + n);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(returns[i])) {
                throw new IllegalArgumentException("return " + i + " is not finite (" + returns[i] + ")");
            }
            sum += returns[i];
        }
        double mean = sum / n;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (double r : returns) {
            double d = r - mean;
            double d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
        }
        m2 /= n;
        m3 /= n;
        m4 /= n;
        // zero spread up to rounding of the mean: no variability to test against
        if (m2 == 0 || Math.sqrt(m2) <= 1e-12 * Math.abs(mean)) {
            double p = mean > 0 ? 1 : mean < 0 ? 0 : 0.5;
            double sr = mean > 0 ? Double.POSITIVE_INFINITY : mean < 0 ? Double.NEGATIVE_INFINITY : 0;
            double z = mean > 0 ? Double.POSITIVE_INFINITY : mean < 0 ? Double.NEGATIVE_INFINITY : 0;
            return new Result(n, mean, sr, 0, 3, z, p);
        }
        double sampleStd = Math.sqrt(m2 * n / (n - 1));
        double sr = mean / sampleStd;
        double skew = m3 / Math.pow(m2, 1.5);
        double kurt = m4 / (m2 * m2);
        double variance = 1 - skew * sr + (kurt - 1) / 4 * sr * sr;
        if (!(variance > 0) || !Double.isFinite(variance)) {
            variance = 1 + sr * sr / 2;
        }
        double z = (sr - benchmark) * Math.sqrt(n - 1) / Math.sqrt(variance);
        return new Result(n, mean, sr, skew, kurt, z, StandardNormal.cdf(z));
    }

    /** @return {@link #of(double[], double)} of a list */
    public static Result of(List<Double> returns, double benchmark) {
        return of(returns.stream().mapToDouble(Double::doubleValue).toArray(), benchmark);
    }
}
