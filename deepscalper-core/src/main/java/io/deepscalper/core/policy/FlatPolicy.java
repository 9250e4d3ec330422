package io.deepscalper.core.policy;

import io.deepscalper.core.env.DecisionContext;
import io.deepscalper.core.env.EnvConfig;

/** Never trades: always the middle quantity bin ("no order"). Its report is the zero line. */
public final class FlatPolicy implements Policy {

    @Override
    public String name() {
        return "flat";
    }

    @Override
    public int act(DecisionContext context) {
        EnvConfig c = context.config();
        return Policy.pack(c.priceBins() / 2, c.quantityBins() / 2, c.quantityBins());
    }
}
