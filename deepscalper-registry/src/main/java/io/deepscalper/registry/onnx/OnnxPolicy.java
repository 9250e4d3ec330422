package io.deepscalper.registry.onnx;

import io.deepscalper.core.env.DecisionContext;
import io.deepscalper.core.policy.Policy;

/**
 * The greedy agent acting through ONNX Runtime instead of DJL: the fast path for live or backtest
 * inference once a version is exported with the {@code onnx} exporter. Same packed actions as
 * {@link io.deepscalper.api.nn.QNetwork#act}. Not thread-safe.
 */
public final class OnnxPolicy implements Policy, AutoCloseable {
    private final OnnxInference inference;
    private final String name;

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
    public int act(DecisionContext context) {
        return inference.act(context.observation());
    }

    @Override
    public void close() {
        inference.close();
    }
}
