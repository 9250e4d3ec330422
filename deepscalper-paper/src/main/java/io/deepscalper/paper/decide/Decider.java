package io.deepscalper.paper.decide;

import io.deepscalper.core.env.ActionOrders;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.policy.Policy;
import java.util.Objects;

/**
 * One model deciding on live bars: builds the observation, asks the policy, and turns the action into an order
 * with the environment's own arithmetic ({@link ActionOrders}). The champion and the challenger each have one.
 * Not thread-safe.
 */
public final class Decider {
    private final Policy policy;
    private final EnvConfig config;
    private final String version;
    private final LiveContext context;
    private int decisionBar;

    /**
     * @param policy  the model's greedy policy (or the flat one)
     * @param config  the environment the model was trained under
     * @param version the model version (or a description such as "flat: nothing deployed") stored with every
     *                decision
     */
    public Decider(Policy policy, EnvConfig config, String version) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.config = Objects.requireNonNull(config, "config");
        this.version = Objects.requireNonNull(version, "version");
        this.context = new LiveContext(config);
    }

    /** @return the version stored with its decisions */
    public String version() {
        return version;
    }

    /** @return the environment it decides under */
    public EnvConfig config() {
        return config;
    }

    /** @return the policy */
    public Policy policy() {
        return policy;
    }

    /**
     * Decides at the close of the view's newest bar.
     *
     * @param view         the bars so far
     * @param account      cash and position now
     * @param barsLeft     bars of the session after this one
     * @param sessionSpan  the session's bar count minus one
     * @param sessionStart true at the session's first bar (the policy is reset there, as in the backtester)
     * @return the decision and its order
     */
    public Decision decide(MarketView view, AccountState account, int barsLeft, int sessionSpan,
                           boolean sessionStart) {
        context.update(view, account, barsLeft, sessionSpan, decisionBar++);
        if (sessionStart) {
            policy.reset(context);
        }
        int action = policy.act(context);
        int q = config.quantityBins();
        int priceBin = action / q;
        int quantityBin = action % q;
        double close = view.newest().close();
        double limit = ActionOrders.limitPrice(config, priceBin, close, view.atr());
        long shares = ActionOrders.executableShares(config,
                ActionOrders.orderShares(config, quantityBin, context.equity(), close), account.position());
        return new Decision(view.newest().start(), action, priceBin, quantityBin, limit, shares, account.position(),
                context.equity());
    }
}
