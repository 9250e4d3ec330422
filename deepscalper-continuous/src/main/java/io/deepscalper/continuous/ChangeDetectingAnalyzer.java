package io.deepscalper.continuous;

import io.deepscalper.api.continuous.PerformanceSignal;
import io.deepscalper.api.continuous.PerformanceTrend;
import io.deepscalper.api.stats.SelfStartingCusum;
import java.util.Locale;

/**
 * Default {@link PerformanceAnalyzer}: a drop test of the champion's per-session returns against what its
 * validation promised, and a least-squares slope whose t-statistic must pass {@code -3} (about 0.2 %
 * one-sided) before the trend counts as degrading, so that noise is {@link PerformanceTrend#STABLE}.
 *
 * <p>The drop test is a self-starting CUSUM ({@link SelfStartingCusum}): the reference is the held-out
 * sessions the champion was validated on (at least {@value #MIN_SESSIONS}), each later session is scored in
 * standard deviations of that reference (exactly, through Student's t, however few sessions it has), and the
 * reference grows with the sessions that are not part of a shortfall. The allowance {@code k} is 0.5 sd (the
 * CUSUM is fastest on a drop of one sd) and the threshold follows from a stated false-alarm rate per session,
 * 3 % by default: below the 5 % of unchanged cycles that the trigger may fire on, with room for the trend test.
 * Why not Page-Hinkley on the whole series, as before: it scaled the returns by the spread of all of them,
 * the drop included, and compared with a running mean that the drop pulls down, so a drop of 1.5 sd took
 * 4 sessions to find (measured in {@code docs/triggers.md}).
 */
public final class ChangeDetectingAnalyzer implements PerformanceAnalyzer {
    /** Sessions needed before any verdict, and the least reference the drop test uses. */
    public static final int MIN_SESSIONS = 5;
    /** The default allowance, in standard deviations of a session's return. */
    public static final double DEFAULT_K = 0.5;
    /** The default false-alarm rate per session of the drop test. */
    public static final double DEFAULT_FALSE_ALARM_RATE = 0.03;
    private static final double SLOPE_T = -3;
    private final SelfStartingCusum cusum;

    /**
     * @param k              CUSUM allowance, in standard deviations of a session's return, {@code > 0}
     * @param falseAlarmRate wanted drop alarms per session on an unchanged champion, in (0, 0.5)
     */
    public ChangeDetectingAnalyzer(double k, double falseAlarmRate) {
        this.cusum = new SelfStartingCusum(k, falseAlarmRate);
    }

    /** @return an analyzer with k 0.5 sd and a false-alarm rate of 3 % per session */
    public static ChangeDetectingAnalyzer defaults() {
        return new ChangeDetectingAnalyzer(DEFAULT_K, DEFAULT_FALSE_ALARM_RATE);
    }

    /** Analyses with the first {@value #MIN_SESSIONS} returns as the reference. */
    @Override
    public PerformanceSignal analyze(double[] sessionReturns) {
        return analyze(sessionReturns, MIN_SESSIONS);
    }

    @Override
    public PerformanceSignal analyze(double[] sessionReturns, int referenceSessions) {
        double[] y = finite(sessionReturns);
        if (y.length < MIN_SESSIONS) {
            return new PerformanceSignal(PerformanceTrend.UNKNOWN, false, y.length
                    + " session return(s) of the champion; the tests need " + MIN_SESSIONS);
        }
        SelfStartingCusum.Result drop = drop(y, referenceSessions);
        int n = y.length;
        double mx = (n - 1) / 2.0;
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (i - mx) * (y[i] - my);
            sxx += (i - mx) * (i - mx);
        }
        double slope = sxy / sxx;
        double sse = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - (my + slope * (i - mx));
            sse += r * r;
        }
        double se = Math.sqrt(sse / Math.max(1, n - 2) / sxx);
        double t = se == 0 ? 0 : slope / se;
        PerformanceTrend trend = t <= SLOPE_T ? PerformanceTrend.DEGRADING
                : t >= -SLOPE_T ? PerformanceTrend.IMPROVING : PerformanceTrend.STABLE;
        return new PerformanceSignal(trend, drop != null && drop.alarm(), String.format(Locale.ROOT,
                "%d session returns, mean %.5f; slope %.6f per session (t = %.2f); %s", n, my, slope, t,
                describe(drop)));
    }

    /**
     * Runs the drop test.
     *
     * @return its state after the last session, or null when no session follows the reference yet
     */
    SelfStartingCusum.Result drop(double[] y, int referenceSessions) {
        int reference = Math.max(MIN_SESSIONS, referenceSessions);
        if (reference >= y.length) {
            return null;
        }
        return cusum.run(y, reference);
    }

    private String describe(SelfStartingCusum.Result r) {
        if (r == null) {
            return "drop test: no session after the validation sessions yet";
        }
        String verdict = r.alarm()
                ? String.format(Locale.ROOT, "CUSUM detected a drop: the last %d session(s) fell short of the "
                        + "reference by %.2f sd in all, beyond the %.2f sd threshold", r.excursion(), r.statistic(),
                        r.threshold())
                : String.format(Locale.ROOT, "CUSUM quiet: %.2f sd of %.2f", r.statistic(), r.threshold());
        int initial = r.reference() - (r.tested() - r.excursion());
        return String.format(Locale.ROOT, "%s (reference: the %d validation sessions and %d later one(s), mean %.5f, "
                        + "sd %.5f; %d session(s) tested; k %.2f sd, %.0f %% false alarms per session)", verdict,
                initial, r.reference() - initial, r.referenceMean(), r.referenceSd(), r.tested(), cusum.k(),
                100 * cusum.falseAlarmRate());
    }

    static double[] finite(double[] v) {
        return java.util.Arrays.stream(v).filter(Double::isFinite).toArray();
    }

    static double mean(double[] y) {
        double s = 0;
        for (double v : y) {
            s += v;
        }
        return s / y.length;
    }
}
