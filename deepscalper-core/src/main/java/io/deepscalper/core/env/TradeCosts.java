package io.deepscalper.core.env;

/**
 * The expected cost of each quantity bin's order in the units of the reward, so that the agent can weigh an
 * order's advantage against what it costs: the fee {@code max(minFee, feeRate * N)} plus the slippage
 * {@code slippageBps / 10^4 * N} on the order's notional {@code N = |2q/(Q-1) - 1| * maxPositionPct * equity},
 * times {@code rewardScale / equity} (the reward is the equity change per unit of the episode's starting
 * equity, which is the current equity at the start of a session and close to it during one). The middle
 * bin ("no order") costs nothing.
 *
 * <p>It is an expectation for an order that fills; an order that does not fill costs nothing, so this is an
 * upper bound of the order's expected cost. It ignores the market-on-close liquidation at the session's end,
 * which every held position pays once whatever the policy.
 */
public final class TradeCosts {
    private TradeCosts() {
    }

    /**
     * @param config the environment (fees, slippage, cap, bins, reward scale)
     * @param equity the account's equity in currency, {@code > 0}
     * @return {@code quantityBins} costs in reward units; 0 at the middle bin, the same for a buy and a sell of
     *         the same size
     */
    public static double[] perQuantityBin(EnvConfig config, double equity) {
        if (!(equity > 0)) {
            throw new IllegalArgumentException("equity must be > 0 to express trading costs per unit of equity, got "
                    + equity);
        }
        int bins = config.quantityBins();
        double[] out = new double[bins];
        for (int q = 0; q < bins; q++) {
            double fraction = Math.abs(2.0 * q / (bins - 1) - 1);
            if (fraction == 0) {
                continue;
            }
            double notional = fraction * config.maxPositionPct() * equity;
            double fee = Math.max(config.minFee(), config.feeRate() * notional);
            double slippage = config.slippageBps() * 1e-4 * notional;
            out[q] = config.rewardScale() * (fee + slippage) / equity;
        }
        return out;
    }
}
