package io.deepscalper.core.policy;

import io.deepscalper.api.nn.QNetwork;
import io.deepscalper.core.env.DecisionContext;
import java.util.Objects;

/**
 * The trained agent as a greedy {@link Policy}: the argmax of each branch of a {@link QNetwork}
 * (no exploration), for backtests and live evaluation.
 */
public final class DqnPolicy implements Policy {
    private final QNetwork network;
    private final String name;

    /**
     * @param network the Q-network; its bins must match the environment's
     * @param name    report name, e.g. {@code "dqn"}
     */
    public DqnPolicy(QNetwork network, String name) {
        this.network = Objects.requireNonNull(network, "network");
        this.name = Objects.requireNonNull(name, "name");
    }

    /** @param network the Q-network, reported as {@code "dqn"} */
    public DqnPolicy(QNetwork network) {
        this(network, "dqn");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void reset(DecisionContext context) {
        if (context.config().priceBins() != network.config().priceBins()
                || context.config().quantityBins() != network.config().quantityBins()
                || context.observation().length != network.config().inputSize()) {
            throw new IllegalArgumentException("network " + network.config() + " does not fit the environment ("
                    + context.config().priceBins() + " x " + context.config().quantityBins() + " bins, observation "
                    + context.observation().length + "); train it with the same EnvConfig");
        }
    }

    @Override
    public int act(DecisionContext context) {
        return network.act(context.observation());
    }
}
