package io.deepscalper.continuous.wiring;

import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.continuous.ModelEvaluator;
import io.deepscalper.core.backtest.Backtester;
import io.deepscalper.core.backtest.PerformanceReport;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.nn.djl.DjlQNetwork;
import io.deepscalper.core.policy.DqnPolicy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates parameters with core's {@link Backtester}: the greedy policy, the raw reward, over the
 * held-out sessions of each symbol. With several symbols each metric is the mean over the symbols
 * (counts such as {@code trades} are summed), so that one number per metric reaches the gate; with more than
 * one symbol each symbol's own metrics are reported too, as {@code <metric>.<SYMBOL>} (e.g.
 * {@code total_return.SPY}), so a model that earns on one symbol and loses on another shows it.
 */
public final class BacktestEvaluator implements ModelEvaluator {
    private static final List<String> SUMMED = List.of("trades", "round_trips", "fees", "sessions", "turnover");
    private final NetworkConfig network;
    private final EnvConfig env;
    private final int threads;

    /**
     * @param network the shape of the evaluated parameters
     * @param env     the environment (fees, caps, bins) shared with training
     * @param threads engine threads
     */
    public BacktestEvaluator(NetworkConfig network, EnvConfig env, int threads) {
        this.network = network;
        this.env = env;
        this.threads = threads;
    }

    @Override
    public Map<String, Double> evaluate(ParameterSet parameters, List<SessionSeries> heldOut) {
        Map<String, Double> sum = new LinkedHashMap<>();
        Map<String, Double> perSymbol = new LinkedHashMap<>();
        try (DjlQNetwork net = DjlQNetwork.of(network, parameters, threads)) {
            DqnPolicy agent = new DqnPolicy(net, "agent");
            for (SessionSeries s : heldOut) {
                PerformanceReport r = new Backtester(s, env).run(agent);
                r.toMetricMap().forEach((k, v) -> sum.merge(k, v, Double::sum));
                if (heldOut.size() > 1) {
                    r.toMetricMap().forEach((k, v) -> perSymbol.put(k + "." + s.symbol(), v));
                }
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        sum.forEach((k, v) -> out.put(k, SUMMED.contains(k) ? v : v / heldOut.size()));
        out.putAll(perSymbol);
        return out;
    }
}
