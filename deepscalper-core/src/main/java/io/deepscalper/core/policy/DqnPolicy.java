package io.deepscalper.core.policy;

import io.deepscalper.api.nn.QNetwork;
import io.deepscalper.api.nn.QOutputs;
import io.deepscalper.core.env.DecisionContext;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.env.TradeCosts;
import java.util.Objects;

/**
 * The trained agent as a greedy {@link Policy}, for backtests and live evaluation (no exploration).
 *
 * <p>The price bin is the argmax of the price branch. The quantity bin follows the environment's cost-aware
 * rule ({@link EnvConfig#costHurdle()} {@code = k}): the bin maximising {@code Q_q(s, q) - k * cost(q)}, with
 * {@code cost} the order's expected fee and slippage in reward units ({@link TradeCosts}) and
 * {@code cost = 0} for "no order". So an order is placed only when its advantage over no order exceeds
 * {@code k} times what it costs. Why: the Q-values are estimates whose error is of the order of one trade's
 * cost on minute bars; without a margin, estimation noise alone makes the greedy agent trade, and every such
 * trade pays the fee. With {@code k = 0} the rule is the plain argmax of both branches ({@link QNetwork#act}).
 */
public final class DqnPolicy implements Policy {
    private final QNetwork network;
    private final String name;
    private double hurdle;

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
        hurdle = context.config().costHurdle();
    }

    @Override
    public int act(DecisionContext context) {
        if (hurdle == 0) {
            return network.act(context.observation());
        }
        return costAware(network.forward(context.observation(), 1), TradeCosts.perQuantityBin(context.config(),
                context.equity()), hurdle);
    }

    /**
     * The cost-aware greedy action of one forward pass. Public so that another inference path (ONNX
     * Runtime's {@code OnnxPolicy}) acts by exactly the same rule.
     *
     * @param q      outputs of a batch of one
     * @param costs  expected cost per quantity bin in reward units
     * @param hurdle multiplier {@code k} on the costs
     * @return the packed action {@code priceBin * quantityBins + quantityBin}
     */
    public static int costAware(QOutputs q, double[] costs, double hurdle) {
        int bins = costs.length;
        int best = bins / 2;
        double bestValue = q.quantityQ()[best];
        for (int i = 0; i < bins; i++) {
            double v = q.quantityQ()[i] - hurdle * costs[i];
            if (v > bestValue) {
                best = i;
                bestValue = v;
            }
        }
        int priceBins = q.priceQ().length;
        return QNetwork.argmax(q.priceQ(), 0, priceBins) * bins + best;
    }
}
