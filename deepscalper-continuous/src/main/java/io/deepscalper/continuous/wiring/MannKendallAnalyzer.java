package io.deepscalper.continuous.wiring;

import io.deepscalper.api.continuous.PerformanceSignal;
import io.deepscalper.api.continuous.PerformanceTrend;
import io.deepscalper.continuous.ChangeDetectingAnalyzer;
import io.deepscalper.continuous.PerformanceAnalyzer;
import io.deepscalper.monitoring.perf.MannKendall;
import io.deepscalper.monitoring.perf.TrendResult;
import java.util.Arrays;

/**
 * The performance trigger's analysis with the monitoring module's tests, on the champion's per-session
 * returns: the Mann-Kendall trend test at a stated level over the last {@code window} sessions (a slow
 * decline), and the drop test of {@link ChangeDetectingAnalyzer} (a self-starting CUSUM against the
 * validation sessions) over all of them (a sudden drop). The trend test runs every cycle on an overlapping window, so its level must be well below the
 * wanted false-alarm rate per cycle: the wiring uses 1 %.
 */
public final class MannKendallAnalyzer implements PerformanceAnalyzer {
    private final double alpha;
    private final int window;
    private final ChangeDetectingAnalyzer change;

    /**
     * @param alpha  significance level of the trend test, e.g. 0.01
     * @param window the most recent sessions the trend test looks at, at least {@link MannKendall#MIN_POINTS}
     */
    public MannKendallAnalyzer(double alpha, int window) {
        this(alpha, window, ChangeDetectingAnalyzer.defaults());
    }

    /**
     * @param alpha  significance level of the trend test, e.g. 0.01
     * @param window the most recent sessions the trend test looks at, at least {@link MannKendall#MIN_POINTS}
     * @param change the drop detector
     */
    public MannKendallAnalyzer(double alpha, int window, ChangeDetectingAnalyzer change) {
        if (!(alpha > 0 && alpha < 0.5)) {
            throw new IllegalArgumentException("the Mann-Kendall level must be in (0, 0.5) but was " + alpha);
        }
        if (window < MannKendall.MIN_POINTS) {
            throw new IllegalArgumentException("the Mann-Kendall window needs at least " + MannKendall.MIN_POINTS
                    + " sessions but was " + window);
        }
        this.alpha = alpha;
        this.window = window;
        this.change = java.util.Objects.requireNonNull(change, "change");
    }

    @Override
    public PerformanceSignal analyze(double[] sessionReturns) {
        return analyze(sessionReturns, ChangeDetectingAnalyzer.MIN_SESSIONS);
    }

    @Override
    public PerformanceSignal analyze(double[] sessionReturns, int referenceSessions) {
        double[] all = Arrays.stream(sessionReturns).filter(Double::isFinite).toArray();
        PerformanceSignal ph = change.analyze(all, referenceSessions);
        double[] y = Arrays.copyOfRange(all, Math.max(0, all.length - window), all.length);
        if (y.length < MannKendall.MIN_POINTS) {
            // fewer sessions than either test needs: the drop detector's detail already says how many
            return new PerformanceSignal(PerformanceTrend.UNKNOWN, ph.changeDetected(), ph.detail());
        }
        TrendResult r = MannKendall.test(y, alpha, true);
        PerformanceTrend trend = switch (r.trend()) {
            case IMPROVING -> PerformanceTrend.IMPROVING;
            case DEGRADING -> PerformanceTrend.DEGRADING;
            case STABLE -> PerformanceTrend.STABLE;
        };
        return new PerformanceSignal(trend, ph.changeDetected(), String.format(
                "Mann-Kendall on the last %d session returns: S = %d, z = %.2f, p = %.4f (alpha %.2f, Sen slope "
                        + "%.6f); %s", r.n(), r.s(), r.z(), r.pValue(), alpha, r.senSlope(), ph.detail()));
    }
}
