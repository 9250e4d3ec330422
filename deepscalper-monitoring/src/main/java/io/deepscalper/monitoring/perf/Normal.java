package io.deepscalper.monitoring.perf;

/** Standard normal distribution function, accurate to about 1e-7, enough for p-values. */
final class Normal {
    private Normal() {
    }

    /** Φ(z), via the complementary error function (Numerical Recipes' erfc Chebyshev fit, |error| &lt; 1.2e-7). */
    static double cdf(double z) {
        return 0.5 * erfc(-z / Math.sqrt(2));
    }

    static double erfc(double x) {
        double t = 1.0 / (1.0 + 0.5 * Math.abs(x));
        double ans = t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? ans : 2.0 - ans;
    }
}
