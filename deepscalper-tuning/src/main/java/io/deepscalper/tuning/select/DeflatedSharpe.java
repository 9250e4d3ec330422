package io.deepscalper.tuning.select;

import io.deepscalper.api.stats.ProbabilisticSharpe;
import java.util.List;

/**
 * The deflated Sharpe ratio of Bailey and López de Prado ("The Deflated Sharpe Ratio: Correcting for
 * Selection Bias, Backtest Overfitting and Non-Normality", Journal of Portfolio Management 40(5), 2014): the
 * probabilistic Sharpe ratio of the best of {@code N} trials, measured against the Sharpe ratio the best of
 * {@code N} trials without skill would be expected to reach:
 *
 * <pre>
 * SR₀ = √V · ( (1 − γ) · Φ⁻¹(1 − 1/N) + γ · Φ⁻¹(1 − 1/(N·e)) )        γ = 0.5772... (Euler–Mascheroni)
 * DSR = PSR(SR₀) of the best trial's returns                            (skewness and kurtosis included)
 * </pre>
 * with {@code V} the variance of the trials' Sharpe ratios (per session, not annualised). With one trial
 * there is nothing to deflate ({@code SR₀ = 0}, DSR = PSR).
 *
 * @param trials       N, every trial run (stopped ones included: they were tried)
 * @param sharpe       the best trial's Sharpe ratio per session
 * @param sharpeVariance V, over the trials that have a Sharpe ratio
 * @param expectedMaxSharpe SR₀
 * @param probability  the DSR: the probability that the best trial's true Sharpe ratio exceeds SR₀
 */
public record DeflatedSharpe(int trials, double sharpe, double sharpeVariance, double expectedMaxSharpe,
                             double probability) {
    /** The Euler–Mascheroni constant. */
    public static final double EULER_GAMMA = 0.5772156649015329;

    /**
     * @param bestReturns the best trial's per-session returns (at least 2)
     * @param sharpes     every trial's per-session Sharpe ratio that is finite (the best one's included)
     * @param trials      the number of trials tried, at least 1
     * @return the deflation
     */
    public static DeflatedSharpe of(double[] bestReturns, List<Double> sharpes, int trials) {
        if (trials < 1) {
            throw new IllegalArgumentException("the deflated Sharpe ratio needs at least 1 trial but got " + trials);
        }
        double v = variance(sharpes);
        double sr0 = expectedMax(trials, v);
        ProbabilisticSharpe.Result r = ProbabilisticSharpe.of(bestReturns, sr0);
        return new DeflatedSharpe(trials, r.sharpe(), v, sr0, r.probability());
    }

    /** @return SR₀ for {@code trials} trials whose Sharpe ratios have variance {@code variance} */
    public static double expectedMax(int trials, double variance) {
        if (trials <= 1 || !(variance > 0)) {
            return 0;
        }
        double n = trials;
        return Math.sqrt(variance) * ((1 - EULER_GAMMA) * NormalQuantile.of(1 - 1 / n)
                + EULER_GAMMA * NormalQuantile.of(1 - 1 / (n * Math.E)));
    }

    private static double variance(List<Double> xs) {
        List<Double> finite = xs.stream().filter(Double::isFinite).toList();
        if (finite.size() < 2) {
            return 0;
        }
        double mean = finite.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double ss = 0;
        for (double x : finite) {
            ss += (x - mean) * (x - mean);
        }
        return ss / (finite.size() - 1);
    }
}
