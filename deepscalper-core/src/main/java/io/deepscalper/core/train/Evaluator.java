package io.deepscalper.core.train;

import io.deepscalper.api.features.FeatureMatrix;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.nn.QNetwork;
import io.deepscalper.api.train.EvaluationEvent;
import io.deepscalper.core.backtest.Backtester;
import io.deepscalper.core.backtest.PerformanceReport;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.policy.BuyAndHoldPolicy;
import io.deepscalper.core.policy.DqnPolicy;
import io.deepscalper.core.policy.FlatPolicy;
import io.deepscalper.core.policy.MomentumPolicy;
import io.deepscalper.core.policy.Policy;
import io.deepscalper.core.policy.RandomPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Greedy evaluation of the agent on held-out sessions with the backtester (raw reward), next to the
 * baselines: flat, buy-and-hold, random (seeded) and momentum. Baselines do not change during
 * training, so their reports are computed once.
 */
public final class Evaluator {
    private final Backtester backtester;
    private final SessionSeries series;
    private final int from;
    private final int to;
    private final long seed;
    private List<PerformanceReport> baselines;

    /**
     * @param series   bars and sessions
     * @param features the series' features
     * @param env      environment settings (the raw reward is always used)
     * @param from     first held-out session (inclusive)
     * @param to       last held-out session (exclusive)
     * @param seed     seed of the random baseline
     */
    public Evaluator(SessionSeries series, FeatureMatrix features, EnvConfig env, int from, int to, long seed) {
        if (from < 0 || to > series.sessions().size() || from >= to) {
            throw new IllegalArgumentException("evaluation sessions [" + from + ", " + to + ") must be a non-empty "
                    + "range inside the " + series.sessions().size() + " sessions of " + series.symbol());
        }
        this.backtester = new Backtester(series, features, env);
        this.series = series;
        this.from = from;
        this.to = to;
        this.seed = seed;
    }

    /** @return reports of the agent (first) and every baseline over the held-out sessions */
    public List<PerformanceReport> evaluate(QNetwork network) {
        List<PerformanceReport> out = new ArrayList<>();
        out.add(backtester.run(new DqnPolicy(network), from, to));
        out.addAll(baselines());
        return out;
    }

    /** @return the baseline reports (computed on first use) */
    public List<PerformanceReport> baselines() {
        if (baselines == null) {
            List<Policy> policies = List.of(new FlatPolicy(), new BuyAndHoldPolicy(), new RandomPolicy(seed),
                    new MomentumPolicy());
            baselines = List.copyOf(backtester.compare(policies, from, to));
        }
        return baselines;
    }

    /** @return the reports as an {@link EvaluationEvent} */
    public EvaluationEvent toEvent(long step, String split, List<PerformanceReport> reports) {
        Map<String, Map<String, Double>> base = new LinkedHashMap<>();
        for (PerformanceReport r : reports.subList(1, reports.size())) {
            base.put(r.policy(), r.toMetricMap());
        }
        return new EvaluationEvent(step, split, series.sessions().get(from).date(), series.sessions().get(to - 1).date(),
                reports.get(0).toMetricMap(), base, System.currentTimeMillis());
    }
}
