package io.deepscalper.continuous;

import io.deepscalper.api.continuous.PerformanceSignal;

/**
 * Tests the champion's per-session P&L for degradation: the returns it made on each trading session it
 * was not trained on, oldest first, starting with the held-out sessions it was validated on. A test on
 * per-session returns uses every session once, unlike a metric over an overlapping window of the last
 * few sessions (a 3-session Sharpe), which is mostly noise and repeats each session several times.
 * The monitoring module's Mann-Kendall test plugs in here; {@link ChangeDetectingAnalyzer} is the
 * dependency-free default.
 */
@FunctionalInterface
public interface PerformanceAnalyzer {

    /**
     * @param sessionReturns the champion's return on each session, oldest first
     * @return trend and change-detector state, with the test statistics in its detail
     */
    PerformanceSignal analyze(double[] sessionReturns);

    /**
     * As {@link #analyze(double[])}, knowing that the first {@code referenceSessions} returns are the
     * held-out sessions the champion was validated on: what the gate's evaluation promised, the reference
     * that later sessions are tested against. Analyzers that do not use a reference ignore it.
     *
     * @param sessionReturns    the champion's return on each session, oldest first
     * @param referenceSessions how many of the first returns are its validation sessions
     * @return trend and change-detector state, with the test statistics in its detail
     */
    default PerformanceSignal analyze(double[] sessionReturns, int referenceSessions) {
        return analyze(sessionReturns);
    }
}
