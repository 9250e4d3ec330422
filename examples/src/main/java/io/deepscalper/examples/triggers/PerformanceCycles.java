package io.deepscalper.examples.triggers;

import io.deepscalper.api.continuous.ContinuousTrainingConfig;
import io.deepscalper.api.continuous.PerformanceSignal;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.spi.TriggerContext;
import io.deepscalper.continuous.PerformanceAnalyzer;
import io.deepscalper.continuous.trigger.PerformanceTrigger;
import io.deepscalper.core.backtest.Backtester;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.policy.Policy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The performance trigger's decision, cycle by cycle, as the orchestrator makes it: the champion's
 * return on each session (one backtest per session), starting with the {@code validation} held-out
 * sessions before the first cycle (the reference of the drop test), one new session per cycle, analysed by
 * the wired analyzer and judged
 * by {@link PerformanceTrigger}. After a firing the series restarts from the held-out sessions, as it
 * does after the retrain that the firing causes. The champion is a fixed rule, so that the measurement
 * is about the trigger and not about what a learner happened to learn.
 */
final class PerformanceCycles {
    private PerformanceCycles() {
    }

    /** @return the policy's return on each session of {@code series} */
    static double[] sessionReturns(SessionSeries series, Policy champion, EnvConfig env) {
        double[] r = new double[series.sessions().size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = new Backtester(series.sessionRange(i, i + 1), env).run(champion).totalReturn();
        }
        return r;
    }

    /**
     * @param returns    per-session returns of the champion
     * @param first      the session of the first cycle
     * @param cycles     cycles to run
     * @param validation held-out sessions the series starts with
     * @param analyzer   the performance analysis
     * @return per cycle, whether the trigger fired
     */
    static boolean[] run(double[] returns, int first, int cycles, int validation, PerformanceAnalyzer analyzer) {
        PerformanceTrigger trigger = new PerformanceTrigger();
        ContinuousTrainingConfig config = ContinuousTrainingConfig.defaults();
        boolean[] fired = new boolean[cycles];
        List<Double> history = new ArrayList<>();
        for (int s = first - validation; s < first; s++) {
            history.add(returns[s]);
        }
        boolean restart = false;
        for (int c = 0; c < cycles; c++) {
            int session = first + c;
            if (restart) {
                history.clear();
                for (int s = session - validation + 1; s < session; s++) {
                    history.add(returns[s]);
                }
                restart = false;
            }
            history.add(returns[session]);
            // the first `validation` values are the held-out sessions the series (re)started with: the reference
            PerformanceSignal signal = analyzer.analyze(history.stream().mapToDouble(Double::doubleValue).toArray(),
                    validation);
            TriggerContext context = new TriggerContext(Instant.EPOCH, Optional.empty(), 0, Optional.of("champion"),
                    List.of(), List.of(), Optional.empty(), signal, Optional.empty(), config);
            fired[c] = trigger.evaluate(context).fire();
            restart = fired[c];
        }
        return fired;
    }
}
