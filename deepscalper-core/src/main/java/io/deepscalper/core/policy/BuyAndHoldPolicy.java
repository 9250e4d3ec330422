package io.deepscalper.core.policy;

import io.deepscalper.core.env.DecisionContext;
import io.deepscalper.core.env.EnvConfig;

/**
 * Buys the maximum position at the start of every session and holds it to the close.
 *
 * <p>Exactly: while the position is 0 it sends the top quantity bin (a change of {@code +maxPositionPct *
 * equity / close} shares, rounded down) at the top price bin ({@code L = close_t + limitOffsetTicks * tick},
 * the most aggressive buy); once it holds shares it sends "no order". The environment closes the
 * position at the session's last close. So, on a day where the first order fills on bar {@code s+1}
 * (always when {@code open_{s+1} <= L}, at {@code min(L, open_{s+1})} plus slippage), the day's equity change
 * is {@code shares * (close_last - exec) - fee(buy) - fee(sell)}.
 */
public final class BuyAndHoldPolicy implements Policy {

    @Override
    public String name() {
        return "buy_and_hold";
    }

    @Override
    public int act(DecisionContext context) {
        EnvConfig c = context.config();
        if (context.position() == 0) {
            return Policy.pack(c.priceBins() - 1, c.quantityBins() - 1, c.quantityBins());
        }
        return Policy.pack(c.priceBins() / 2, c.quantityBins() / 2, c.quantityBins());
    }
}
