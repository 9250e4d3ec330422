package io.deepscalper.examples.learning;

import io.deepscalper.core.env.DecisionContext;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.policy.Policy;

/**
 * The planted-signal market's oracle: it knows the AR(1) coefficient {@code s} of the 1-minute returns and
 * trades the expected one-step return {@code s * ln(close_t / close_{t-1})} net of costs. Long only, like the
 * agent (shorting is off). Flat, it buys the whole cap when the expected return exceeds a round trip's fee and
 * slippage; long, it sells everything when the expected return turns negative. Orders are marketable (the
 * outermost price bin), so on the synthetic market, whose bars open at the previous close, they fill at the
 * decision close plus slippage.
 */
final class OraclePolicy implements Policy {
    private final double coefficient;

    /** @param coefficient the market's AR(1) coefficient */
    OraclePolicy(double coefficient) {
        this.coefficient = coefficient;
    }

    @Override
    public String name() {
        return "oracle";
    }

    @Override
    public int act(DecisionContext c) {
        EnvConfig e = c.config();
        int q = e.quantityBins();
        int noOrder = Policy.pack(e.priceBins() / 2, q / 2, q);
        double expected = coefficient * Math.log(c.close(0) / c.close(1));
        double roundTrip = 2 * (e.feeRate() + e.slippageBps() * 1e-4) + 2 * e.minFee() / c.equity();
        if (c.position() == 0 && expected > roundTrip) {
            return Policy.pack(e.priceBins() - 1, q - 1, q);
        }
        if (c.position() > 0 && expected < 0) {
            return Policy.pack(0, 0, q);
        }
        return noOrder;
    }
}
