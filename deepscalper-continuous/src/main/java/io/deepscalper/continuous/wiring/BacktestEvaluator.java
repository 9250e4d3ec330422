package io.deepscalper.continuous.wiring;

import com.fasterxml.jackson.databind.JsonNode;
import io.deepscalper.api.io.Json;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.model.ModelMetadata;
import io.deepscalper.api.model.ModelEvaluation;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.continuous.ModelEvaluator;
import io.deepscalper.core.backtest.Backtester;
import io.deepscalper.core.backtest.PerformanceReport;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.nn.djl.DjlQNetwork;
import io.deepscalper.core.policy.DqnPolicy;
import io.deepscalper.core.policy.FlatPolicy;
import io.deepscalper.core.policy.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates parameters with core's {@link Backtester}: the greedy policy, the raw reward, over the
 * held-out sessions of each symbol. With several symbols each metric is the mean over the symbols
 * (counts such as {@code trades} are summed), and a session's return is the mean over the symbols that
 * traded that date (an equal-weight book), so that one number per metric and per session reaches the gate.
 * With more than one symbol each symbol's own metrics are reported too, as {@code <metric>.<SYMBOL>} (e.g.
 * {@code total_return.SPY}), so a model that earns on one symbol and loses on another shows it.
 * The flat policy is backtested the same way, so that fees or costs of the environment apply to it too.
 */
public final class BacktestEvaluator implements ModelEvaluator {
    private static final Logger LOG = LoggerFactory.getLogger(BacktestEvaluator.class);
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

    /**
     * A version trained under other settings is evaluated with the network shape and the {@code env}
     * section stored in its metadata; a version whose metadata has no {@code env} section (a Java user's
     * setup without a config tree) is evaluated with this evaluator's environment.
     */
    @Override
    public ModelEvaluator forModel(ModelMetadata model) {
        EnvConfig own = trainedEnv(model, env);
        if (model.network().equals(network) && own.equals(env)) {
            return this;
        }
        LOG.info("Evaluating {} with the settings it was trained under (network {}, lookback {})", model.id(),
                model.network(), own.lookback());
        return new BacktestEvaluator(model.network(), own, threads);
    }

    /**
     * @param model    a registered version
     * @param fallback the environment to use when its metadata stores none
     * @return the environment the version was trained under: the {@code env} section of its stored config
     */
    public static EnvConfig trainedEnv(ModelMetadata model, EnvConfig fallback) {
        JsonNode node = model.config().get("env");
        if (node == null || !node.isObject()) {
            return fallback;
        }
        try {
            // the archive mapper ignores keys a later version removed, so old metadata stays readable
            return Json.archiveMapper().treeToValue(node, EnvConfig.class);
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new IllegalStateException("the env section stored with the model cannot be read ("
                    + e.getMessage() + "); it cannot be evaluated under its own settings", e);
        }
    }

    @Override
    public ModelEvaluation evaluate(ParameterSet parameters, List<SessionSeries> heldOut) {
        try (DjlQNetwork net = DjlQNetwork.of(network, parameters, threads)) {
            return run(new DqnPolicy(net, "agent"), heldOut);
        }
    }

    @Override
    public ModelEvaluation flat(List<SessionSeries> heldOut) {
        return run(new FlatPolicy(), heldOut);
    }

    private ModelEvaluation run(Policy policy, List<SessionSeries> heldOut) {
        Map<String, Double> sum = new LinkedHashMap<>();
        Map<String, Double> perSymbol = new LinkedHashMap<>();
        TreeMap<LocalDate, double[]> byDate = new TreeMap<>();
        for (SessionSeries s : heldOut) {
            PerformanceReport r = new Backtester(s, env).run(policy);
            r.toMetricMap().forEach((k, v) -> sum.merge(k, v, Double::sum));
            if (heldOut.size() > 1) {
                r.toMetricMap().forEach((k, v) -> perSymbol.put(k + "." + s.symbol(), v));
            }
            // a backtest that lost all equity stops early; with nothing left to trade its later sessions return 0,
            // so that every policy has a return on every session and the comparison stays paired
            for (int i = 0; i < s.sessions().size(); i++) {
                double[] acc = byDate.computeIfAbsent(s.sessions().get(i).date(), d -> new double[2]);
                acc[0] += i < r.dailyReturns().size() ? r.dailyReturns().get(i) : 0.0;
                acc[1]++;
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        sum.forEach((k, v) -> out.put(k, SUMMED.contains(k) ? v : v / heldOut.size()));
        out.putAll(perSymbol);
        List<Double> returns = new ArrayList<>();
        byDate.values().forEach(a -> returns.add(a[0] / a[1]));
        return new ModelEvaluation(out, new ArrayList<>(byDate.keySet()), returns);
    }
}
