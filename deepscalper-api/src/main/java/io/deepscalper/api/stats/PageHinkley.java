package io.deepscalper.api.stats;

/**
 * Two-sided Page-Hinkley test: a streaming detector of a shift in the mean of a series, e.g. the
 * per-session returns of the live model, for a retraining trigger.
 *
 * <p>With the running mean {@code x̄_t} of all values seen since the last reset,
 * <pre>
 * up_t   = Σ (x_i − x̄_i − δ),   alarm INCREASE when up_t − min(up) &gt; λ
 * down_t = Σ (x_i − x̄_i + δ),   alarm DECREASE when max(down) − down_t &gt; λ
 * </pre>
 * {@code δ} is the size of change that is tolerated and {@code λ} the alarm threshold (larger means
 * fewer false alarms and later detection). No alarm is raised before {@code minSamples} values. After
 * an alarm the detector resets itself, so it can be left running. Constant memory; no allocation per
 * value. Not thread-safe.
 */
public final class PageHinkley {

    /** Direction of a detected change. */
    public enum Change {
        /** No change detected by the last value. */
        NONE,
        /** The mean went up. */
        INCREASE,
        /** The mean went down (for returns: the model got worse). */
        DECREASE
    }

    private final double delta;
    private final double lambda;
    private final int minSamples;

    private long n;
    private double mean;
    private double up;
    private double upMin;
    private double down;
    private double downMax;
    private Change last = Change.NONE;
    private long detections;

    /**
     * @param delta      tolerated change magnitude, {@code >= 0} (in the units of the series)
     * @param lambda     alarm threshold, {@code > 0}
     * @param minSamples values needed before any alarm, {@code >= 1}
     */
    public PageHinkley(double delta, double lambda, int minSamples) {
        if (!(delta >= 0) || Double.isInfinite(delta)) {
            throw new IllegalArgumentException("PageHinkley delta must be a finite value >= 0 but was " + delta);
        }
        if (!(lambda > 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("PageHinkley lambda must be a finite value > 0 but was " + lambda);
        }
        if (minSamples < 1) {
            throw new IllegalArgumentException("PageHinkley minSamples must be >= 1 but was " + minSamples);
        }
        this.delta = delta;
        this.lambda = lambda;
        this.minSamples = minSamples;
    }

    /**
     * Adds one value.
     *
     * @param x the next value; NaN and infinities are rejected because they would poison the mean
     * @return the change detected by this value ({@link Change#NONE} if none); the detector resets after an alarm
     */
    public Change update(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("PageHinkley value must be finite but was " + x
                    + "; filter NaN/Inf returns before feeding the detector");
        }
        n++;
        mean += (x - mean) / n;
        up += x - mean - delta;
        upMin = Math.min(upMin, up);
        down += x - mean + delta;
        downMax = Math.max(downMax, down);
        last = Change.NONE;
        if (n >= minSamples) {
            if (up - upMin > lambda) {
                last = Change.INCREASE;
            } else if (downMax - down > lambda) {
                last = Change.DECREASE;
            }
        }
        if (last != Change.NONE) {
            detections++;
            reset();
        }
        return last;
    }

    /** Forgets the values seen (keeps the configuration and the detection count). */
    public void reset() {
        n = 0;
        mean = 0;
        up = 0;
        upMin = 0;
        down = 0;
        downMax = 0;
    }

    /** @return the change detected by the most recent {@link #update} */
    public Change lastChange() {
        return last;
    }

    /** @return values seen since the last reset */
    public long count() {
        return n;
    }

    /** @return the running mean since the last reset */
    public double mean() {
        return mean;
    }

    /** @return how far the upward statistic is from an alarm: {@code up − min(up)}, compare to lambda */
    public double increaseStatistic() {
        return up - upMin;
    }

    /** @return how far the downward statistic is from an alarm: {@code max(down) − down}, compare to lambda */
    public double decreaseStatistic() {
        return downMax - down;
    }

    /** @return alarms raised since construction */
    public long detections() {
        return detections;
    }

    /** @return the alarm threshold λ */
    public double lambda() {
        return lambda;
    }

    /** @return the tolerated change δ */
    public double delta() {
        return delta;
    }
}
