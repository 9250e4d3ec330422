package io.deepscalper.monitoring.perf;

import io.deepscalper.api.train.EvaluationEvent;

/**
 * Rolling performance over a sequence of evaluation reports: each report contributes one period
 * return (by default its {@code total_return} metric, e.g. the return of one evaluated session or
 * week), and the last {@code window} returns give a rolling Sharpe, maximum drawdown, win rate and
 * profit factor (formulas on {@link PerformanceWindow}). This is how a live model's quality is tracked
 * across re-evaluations, as opposed to the per-trade metrics inside one report.
 *
 * <p>Keeps a ring buffer; {@link #add} does not allocate. Not thread-safe.
 */
public final class RollingPerformance {
    private final double[] ring;
    private final double periodsPerYear;
    private final String returnMetric;
    private int size;
    private int next;

    /**
     * @param window         periods in the rolling window, {@code >= 2}
     * @param periodsPerYear annualisation factor for the Sharpe ratio (252 when each report is one session)
     * @param returnMetric   the report metric that holds the period return
     */
    public RollingPerformance(int window, double periodsPerYear, String returnMetric) {
        if (window < 2) {
            throw new IllegalArgumentException("window must be >= 2 periods but was " + window);
        }
        if (!(periodsPerYear > 0) || Double.isInfinite(periodsPerYear)) {
            throw new IllegalArgumentException("periodsPerYear must be a finite value > 0 but was " + periodsPerYear);
        }
        this.ring = new double[window];
        this.periodsPerYear = periodsPerYear;
        this.returnMetric = java.util.Objects.requireNonNull(returnMetric, "returnMetric");
    }

    /**
     * Adds the period return of one report.
     *
     * @throws IllegalArgumentException when the report lacks the return metric (naming the metrics it has)
     */
    public void add(EvaluationEvent report) {
        Double r = report.metrics().get(returnMetric);
        if (r == null) {
            throw new IllegalArgumentException("evaluation report at step " + report.step() + " has no '"
                    + returnMetric + "' metric; it has " + report.metrics().keySet()
                    + "; choose the return metric with RollingPerformance(window, periodsPerYear, metric)");
        }
        add(r);
    }

    /** Adds one period return; NaN and infinities are rejected. */
    public void add(double periodReturn) {
        if (!Double.isFinite(periodReturn)) {
            throw new IllegalArgumentException("period return must be finite but was " + periodReturn);
        }
        ring[next] = periodReturn;
        next = (next + 1) % ring.length;
        size = Math.min(size + 1, ring.length);
    }

    /** @return the statistics of the returns now in the window */
    public PerformanceWindow current() {
        double sum = 0;
        double gains = 0;
        double losses = 0;
        int wins = 0;
        double equity = 1;
        double peak = 1;
        double maxDd = 0;
        for (int i = 0; i < size; i++) {
            double r = ring[(next - size + i + ring.length) % ring.length];
            sum += r;
            if (r > 0) {
                wins++;
                gains += r;
            } else if (r < 0) {
                losses -= r;
            }
            equity *= 1 + r;
            peak = Math.max(peak, equity);
            maxDd = Math.max(maxDd, (peak - equity) / peak);
        }
        double mean = size == 0 ? Double.NaN : sum / size;
        double ss = 0;
        for (int i = 0; i < size; i++) {
            double d = ring[(next - size + i + ring.length) % ring.length] - mean;
            ss += d * d;
        }
        double sd = size < 2 ? Double.NaN : Math.sqrt(ss / (size - 1));
        double sharpe = size < 2 || sd == 0 ? Double.NaN : mean / sd * Math.sqrt(periodsPerYear);
        double pf = losses > 0 ? gains / losses : gains > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        double winRate = size == 0 ? Double.NaN : (double) wins / size;
        return new PerformanceWindow(size, mean, sharpe, maxDd, winRate, pf, equity - 1);
    }

    /** @return periods currently in the window */
    public int size() {
        return size;
    }
}
