package io.deepscalper.api.stats;

import java.util.Arrays;

/**
 * A one-sided self-starting CUSUM (Hawkins, 1987) for a drop in the mean of a series whose level and
 * spread are known only from a short reference, e.g. a deployed model's per-session returns, where the
 * reference is the held-out sessions it was validated on.
 *
 * <p>Each value after the reference is standardised against the reference alone, by the t-statistic
 * {@code (x − mean) / (sd · sqrt(1 + 1/n))} with {@code n − 1} degrees of freedom, and turned into the normal
 * score with the same tail probability. For normal i.i.d. values these scores are exactly independent
 * standard normal, however short the reference, so one threshold serves every reference length and every
 * volatility. The CUSUM {@code S = max(0, S − u − k)} accumulates shortfalls beyond {@code k} (half the
 * shift, in standard deviations, that it is tuned to find fast) and alarms when {@code S > h}.
 *
 * <p>The reference grows with the values that end the CUSUM's excursions back at zero; while {@code S > 0}
 * the values of the excursion are held back, so that a drop in progress does not pull the reference down
 * towards itself (what makes a running-mean detector such as Page-Hinkley slow on short series).
 *
 * <p>{@code h} comes from a stated false-alarm rate per value, not from tuning: Siegmund's approximation of
 * the in-control average run length of a CUSUM of standard normal scores,
 * {@code ARL0 ≈ (exp(2k·b) − 2k·b − 1) / (2k²)} with {@code b = h + 1.166}, is solved for
 * {@code ARL0 = 1 / rate}. Stateless: {@link #run} reads the whole series each time.
 */
public final class SelfStartingCusum {
    /** Reference values needed for a standard deviation with at least two degrees of freedom. */
    public static final int MIN_REFERENCE = 3;
    private static final double MAX_SCORE = 40;
    private final double k;
    private final double falseAlarmRate;
    private final double threshold;

    /**
     * The state after the last value.
     *
     * @param statistic     the CUSUM {@code S} after the last value, in standard deviations
     * @param threshold     the alarm threshold {@code h}
     * @param alarm         true when {@code S > h} after the last value
     * @param excursion     values since {@code S} last was zero (the length of the current shortfall)
     * @param reference     values in the reference at the end
     * @param referenceMean the reference's mean
     * @param referenceSd   the reference's standard deviation
     * @param tested        values after the initial reference that were scored
     */
    public record Result(double statistic, double threshold, boolean alarm, int excursion, int reference,
                         double referenceMean, double referenceSd, int tested) {
    }

    /**
     * @param k              allowance in standard deviations, {@code > 0} (0.5 finds a drop of one sd fastest)
     * @param falseAlarmRate wanted alarms per value on an unchanged series, in (0, 0.5)
     */
    public SelfStartingCusum(double k, double falseAlarmRate) {
        if (!(k > 0) || Double.isInfinite(k)) {
            throw new IllegalArgumentException("the CUSUM allowance k must be a finite value > 0 but was " + k);
        }
        if (!(falseAlarmRate > 0 && falseAlarmRate < 0.5)) {
            throw new IllegalArgumentException("the CUSUM false-alarm rate must be in (0, 0.5) but was "
                    + falseAlarmRate);
        }
        this.k = k;
        this.falseAlarmRate = falseAlarmRate;
        this.threshold = threshold(k, 1 / falseAlarmRate);
    }

    /**
     * @param k                    allowance in standard deviations, {@code > 0}
     * @param inControlRunLength   the wanted average number of values between false alarms, {@code > 1}
     * @return the threshold {@code h} from Siegmund's approximation (at least 0)
     */
    public static double threshold(double k, double inControlRunLength) {
        if (!(inControlRunLength > 1)) {
            throw new IllegalArgumentException("the in-control run length must be > 1 but was " + inControlRunLength);
        }
        double lo = 0;
        double hi = 200;
        if (arl(k, lo) >= inControlRunLength) {
            return 0;
        }
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            if (arl(k, mid) < inControlRunLength) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private static double arl(double k, double h) {
        double x = 2 * k * (h + 1.166);
        return (Math.expm1(x) - x) / (2 * k * k);
    }

    /**
     * @param values    the series, oldest first, finite
     * @param reference how many of the first values form the initial reference, at least {@link #MIN_REFERENCE}
     *                  and at most {@code values.length}
     * @return the CUSUM after the last value
     */
    public Result run(double[] values, int reference) {
        if (reference < MIN_REFERENCE || reference > values.length) {
            throw new IllegalArgumentException("the CUSUM reference needs " + MIN_REFERENCE + " to " + values.length
                    + " of the values but was " + reference);
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("CUSUM values must be finite but got " + v + " in "
                        + Arrays.toString(values));
            }
        }
        // running sums of the reference (Welford), the excursion's values held back until it ends
        int n = 0;
        double mean = 0;
        double m2 = 0;
        for (int i = 0; i < reference; i++) {
            n++;
            double d = values[i] - mean;
            mean += d / n;
            m2 += d * (values[i] - mean);
        }
        double s = 0;
        int heldFrom = reference;
        for (int i = reference; i < values.length; i++) {
            double sd = Math.sqrt(m2 / (n - 1));
            if (sd > 0) {
                double t = (values[i] - mean) / (sd * Math.sqrt(1 + 1.0 / n));
                s = Math.max(0, s - normalScore(t, n - 1) - k);
            }
            // a reference without spread (a model that never traded) cannot score a value: it joins the reference
            if (s == 0) {
                for (int j = heldFrom; j <= i; j++) {
                    n++;
                    double d = values[j] - mean;
                    mean += d / n;
                    m2 += d * (values[j] - mean);
                }
                heldFrom = i + 1;
            }
        }
        return new Result(s, threshold, s > threshold, values.length - heldFrom, n, mean, Math.sqrt(m2 / (n - 1)),
                values.length - reference);
    }

    /** The standard normal score with the tail probability of {@code t} under Student's t (symmetric, so both tails stay exact). */
    static double normalScore(double t, int degreesOfFreedom) {
        double lower = StudentT.cdf(-Math.abs(t), degreesOfFreedom);
        // clamped so that one absurd value (a tail probability of 0) cannot turn the sum into infinity or NaN
        double z = Math.min(MAX_SCORE, -StandardNormal.quantile(lower));
        return t >= 0 ? z : -z;
    }

    /** @return the allowance k, in standard deviations */
    public double k() {
        return k;
    }

    /** @return the false-alarm rate per value that {@link #threshold()} was derived from */
    public double falseAlarmRate() {
        return falseAlarmRate;
    }

    /** @return the alarm threshold h */
    public double threshold() {
        return threshold;
    }
}
