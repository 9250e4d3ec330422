package io.deepscalper.core.policy;

import io.deepscalper.core.env.DecisionContext;

/**
 * Chooses an action at the close of each bar. The trained agent and the baselines implement the same
 * interface so that the backtester reports them side by side.
 *
 * <p>An action is packed as {@code priceBin * quantityBins + quantityBin}, the same packing as
 * {@link io.deepscalper.api.nn.QNetwork#act}; {@link #pack} builds one.
 */
public interface Policy {

    /** @return a short, stable name for reports (e.g. {@code "buy_and_hold"}) */
    String name();

    /**
     * Called once at the start of every session, before the first {@link #act}. The default does nothing.
     *
     * @param context the environment just reset
     */
    default void reset(DecisionContext context) {
    }

    /**
     * @param context what the policy may see at the decision bar (no later bar)
     * @return the packed action
     */
    int act(DecisionContext context);

    /** @return {@code priceBin * quantityBins + quantityBin} */
    static int pack(int priceBin, int quantityBin, int quantityBins) {
        return priceBin * quantityBins + quantityBin;
    }
}
