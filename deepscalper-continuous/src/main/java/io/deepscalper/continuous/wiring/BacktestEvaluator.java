package io.deepscalper.continuous.wiring;

import com.fasterxml.jackson.databind.JsonNode;
import io.deepscalper.api.io.Json;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.model.ModelMetadata;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates parameters with core's {@link Backtester}: the greedy policy, the raw reward, over the
 * held-out sessions of each symbol. With several symbols each metric is the mean over the symbols
 * (counts such as {@code trades} are summed), so that one number per metric reaches the gate.
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
    public Map<String, Double> evaluate(ParameterSet parameters, List<SessionSeries> heldOut) {
        Map<String, Double> sum = new LinkedHashMap<>();
        try (DjlQNetwork net = DjlQNetwork.of(network, parameters, threads)) {
            DqnPolicy agent = new DqnPolicy(net, "agent");
            for (SessionSeries s : heldOut) {
                PerformanceReport r = new Backtester(s, env).run(agent);
                r.toMetricMap().forEach((k, v) -> sum.merge(k, v, Double::sum));
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        sum.forEach((k, v) -> out.put(k, SUMMED.contains(k) ? v : v / heldOut.size()));
        return out;
    }
}
