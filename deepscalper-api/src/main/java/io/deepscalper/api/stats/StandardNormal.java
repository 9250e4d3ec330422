package io.deepscalper.api.stats;

/**
 * The standard normal distribution function Φ, accurate to about 1e-7: enough for the gate's
 * probabilities, which are compared with levels such as 0.05.
 */
public final class StandardNormal {
    private StandardNormal() {
    }

    /**
     * @param z a value (infinities allowed)
     * @return Φ(z) = P(Z &le; z) for a standard normal Z; NaN for NaN
     */
    public static double cdf(double z) {
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        return 0.5 * erfc(-z / Math.sqrt(2));
    }

    /** The complementary error function, by Numerical Recipes' Chebyshev fit (|error| &lt; 1.2e-7). */
    static double erfc(double x) {
        double t = 1.0 / (1.0 + 0.5 * Math.abs(x));
        double ans = t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? ans : 2.0 - ans;
    }
}
