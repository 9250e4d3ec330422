package io.deepscalper.registry.onnx;

import io.deepscalper.core.env.DecisionContext;
import io.deepscalper.core.env.TradeCosts;
import io.deepscalper.core.policy.DqnPolicy;
import io.deepscalper.core.policy.Policy;

/**
 * The greedy agent acting through ONNX Runtime instead of DJL: the fast path for live or backtest
 * inference once a version is exported with the {@code onnx} exporter. Same packed actions as
 * {@link io.deepscalper.api.nn.QNetwork#act}, and the same cost-aware quantity rule as {@link DqnPolicy}
 * ({@link io.deepscalper.core.env.EnvConfig#costHurdle()}, read at each {@link #reset}), so that a model
 * acting through ONNX Runtime trades as its DJL backtest did. Not thread-safe.
 */
public final class OnnxPolicy implements Policy, AutoCloseable {
    private final OnnxInference inference;
    private final String name;
    private double hurdle;

    /**
     * @param inference an open ONNX Runtime session of an exported network (closed with this policy)
     * @param name      the name reports show, e.g. the version id
     */
    public OnnxPolicy(OnnxInference inference, String name) {
        this.inference = inference;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void reset(DecisionContext context) {
        if (context.config().priceBins() != inference.config().priceBins()
                || context.config().quantityBins() != inference.config().quantityBins()
                || context.observation().length != inference.config().inputSize()) {
            throw new IllegalArgumentException("ONNX network " + inference.config() + " does not fit the environment ("
                    + context.config().priceBins() + " x " + context.config().quantityBins() + " bins, observation "
                    + context.observation().length + "); act with the EnvConfig it was trained with");
        }
        hurdle = context.config().costHurdle();
    }

    @Override
    public int act(DecisionContext context) {
        if (hurdle == 0) {
            return inference.act(context.observation());
        }
        return DqnPolicy.costAware(inference.forward(context.observation(), 1),
                TradeCosts.perQuantityBin(context.config(), context.equity()), hurdle);
    }

    @Override
    public void close() {
        inference.close();
    }
}
