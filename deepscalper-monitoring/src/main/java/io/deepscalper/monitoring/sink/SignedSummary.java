package io.deepscalper.monitoring.sink;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * A summary of values that may be negative, such as episode returns. Micrometer's {@code DistributionSummary}
 * silently drops negative samples (its count stayed 0 for a losing agent), so this keeps its own count, sum,
 * last value and the mean of the latest {@value #RECENT} values, published as a counter
 * ({@code <name>.count}) and gauges ({@code <name>.sum}, {@code <name>.last}, {@code <name>.recent_mean}).
 * Thread-safe: training records while the scrape thread reads.
 */
final class SignedSummary {
    /** How many of the latest values {@code recent_mean} averages. */
    static final int RECENT = 100;

    private final double[] recent = new double[RECENT];
    private long count;
    private double sum;
    private double last = Double.NaN;
    private int next;
    private int filled;
    private double recentSum;

    /**
     * Registers the meters.
     *
     * @param registry where
     * @param name     dot-separated base name, e.g. {@code deepscalper.train.episode.return}
     * @param what     what a value is, for the HELP texts, e.g. {@code episode return on raw reward}
     */
    SignedSummary(MeterRegistry registry, String name, String what) {
        FunctionCounter.builder(name + ".count", this, SignedSummary::count)
                .description("number of values recorded of the " + what + " (negative ones included)")
                .register(registry);
        Gauge.builder(name + ".sum", this, SignedSummary::sum).description("sum of every " + what + " recorded")
                .register(registry);
        Gauge.builder(name + ".last", this, SignedSummary::last).description("the latest " + what).register(registry);
        Gauge.builder(name + ".recent_mean", this, SignedSummary::recentMean)
                .description("mean of the latest " + RECENT + " values of the " + what).register(registry);
    }

    /** Records a value; NaN and infinities are skipped (they would poison the sum). */
    synchronized void record(double v) {
        if (!Double.isFinite(v)) {
            return;
        }
        count++;
        sum += v;
        last = v;
        if (filled == RECENT) {
            recentSum -= recent[next];
        } else {
            filled++;
        }
        recent[next] = v;
        recentSum += v;
        next = (next + 1) % RECENT;
    }

    synchronized double count() {
        return count;
    }

    synchronized double sum() {
        return sum;
    }

    synchronized double last() {
        return last;
    }

    synchronized double recentMean() {
        return filled == 0 ? Double.NaN : recentSum / filled;
    }
}
