package io.deepscalper.core.backtest;

/**
 * The metric formulas, as pure functions so they can be checked against hand computations.
 *
 * <p>Edge-case rule for every ratio: a ratio whose denominator is 0 is 0 when its numerator is 0,
 * otherwise {@code ±}{@value #RATIO_CAP} with the numerator's sign; every ratio is also clamped to
 * {@code [-RATIO_CAP, RATIO_CAP]}. This keeps reports finite (JSON and SQLite have no infinity) while
 * "no risk and a profit" still ranks above any real ratio.
 */
public final class PerformanceMetrics {
    /** Annualisation: trading days per year. */
    public static final double TRADING_DAYS = 252;
    /** Bound on every ratio; see the type's documentation. */
    public static final double RATIO_CAP = 1000;

    private PerformanceMetrics() {
    }

    /** @return {@code num / den} under the edge-case rule on the type */
    public static double ratio(double num, double den) {
        if (den == 0) {
            return num == 0 ? 0 : Math.copySign(RATIO_CAP, num);
        }
        return Math.max(-RATIO_CAP, Math.min(RATIO_CAP, num / den));
    }

    /** @return arithmetic mean, 0 for no values */
    public static double mean(double[] x) {
        if (x.length == 0) {
            return 0;
        }
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    /** @return sample standard deviation (divisor {@code n - 1}), 0 for fewer than 2 values */
    public static double sampleStd(double[] x) {
        if (x.length < 2) {
            return 0;
        }
        double m = mean(x);
        double ss = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        return Math.sqrt(ss / (x.length - 1));
    }

    /**
     * Sharpe ratio of daily returns, risk-free rate 0: {@code mean / sampleStd * sqrt(252)}.
     * Fewer than 2 days gives 0; zero volatility follows the ratio rule (0 for a zero mean).
     */
    public static double sharpe(double[] daily) {
        if (daily.length < 2) {
            return 0;
        }
        return ratio(mean(daily) * Math.sqrt(TRADING_DAYS), sampleStd(daily));
    }

    /**
     * Downside deviation with target 0: {@code sqrt(sum(min(r, 0)^2) / n)} over all {@code n} days.
     */
    public static double downsideDeviation(double[] daily) {
        if (daily.length == 0) {
            return 0;
        }
        double ss = 0;
        for (double r : daily) {
            if (r < 0) {
                ss += r * r;
            }
        }
        return Math.sqrt(ss / daily.length);
    }

    /**
     * Sortino ratio: {@code mean / downsideDeviation * sqrt(252)}. Fewer than 2 days gives 0; no losing
     * day follows the ratio rule.
     */
    public static double sortino(double[] daily) {
        if (daily.length < 2) {
            return 0;
        }
        return ratio(mean(daily) * Math.sqrt(TRADING_DAYS), downsideDeviation(daily));
    }

    /**
     * Maximum drawdown of an equity curve: {@code max_i (peak_i - e_i) / peak_i} with {@code peak_i} the
     * running maximum up to {@code i}; a positive fraction, 0 for a never-falling curve.
     */
    public static double maxDrawdown(double[] equity) {
        double peak = Double.NEGATIVE_INFINITY;
        double worst = 0;
        for (double e : equity) {
            peak = Math.max(peak, e);
            if (peak > 0) {
                worst = Math.max(worst, (peak - e) / peak);
            }
        }
        return worst;
    }

    /**
     * Annualised return from a total return over {@code days} trading days:
     * {@code (1 + total)^(252 / days) - 1}; 0 for no days; -1 when everything was lost.
     */
    public static double annualizedReturn(double totalReturn, int days) {
        if (days <= 0) {
            return 0;
        }
        if (totalReturn <= -1) {
            return -1;
        }
        return Math.pow(1 + totalReturn, TRADING_DAYS / days) - 1;
    }

    /** Calmar ratio: {@code annualizedReturn / maxDrawdown}, with the ratio rule when there was no drawdown. */
    public static double calmar(double totalReturn, int days, double maxDrawdown) {
        return ratio(annualizedReturn(totalReturn, days), maxDrawdown);
    }

    /** Win rate: winning round trips over round trips; 0 when there was none. */
    public static double winRate(int wins, int trips) {
        return trips == 0 ? 0 : (double) wins / trips;
    }

    /**
     * Profit factor: gross profit over gross loss of round trips, with the ratio rule (so 0 without round
     * trips, and {@value #RATIO_CAP} for profits without a single loss).
     */
    public static double profitFactor(double grossProfit, double grossLoss) {
        return ratio(grossProfit, grossLoss);
    }
}
