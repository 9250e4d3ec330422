package io.deepscalper.core.policy;

import io.deepscalper.core.env.DecisionContext;
import io.deepscalper.core.env.EnvConfig;

/**
 * A simple time-series momentum rule over the last {@code lookbackBars} bars. With
 * {@code m = close_t / close_{t-k} - 1}:
 * <ul>
 *   <li>{@code m > 0} and position {@code <= 0}: buy the full change ({@code +maxPositionPct * equity / close}),
 *       which covers a short and goes long;</li>
 *   <li>{@code m < 0} and a long position (or flat, when shorting is allowed): sell the full change, which
 *       closes a long (and goes short when shorting is allowed);</li>
 *   <li>otherwise: no order.</li>
 * </ul>
 * Orders are limits at the middle price bin ({@code L = close_t}). The history may reach into the previous
 * session, as the observation does.
 */
public final class MomentumPolicy implements Policy {
    private final int lookbackBars;

    /** @param lookbackBars {@code k >= 1} */
    public MomentumPolicy(int lookbackBars) {
        if (lookbackBars < 1) {
            throw new IllegalArgumentException("momentum lookback must be >= 1 bar but was " + lookbackBars);
        }
        this.lookbackBars = lookbackBars;
    }

    /** Momentum over 10 bars. */
    public MomentumPolicy() {
        this(10);
    }

    @Override
    public String name() {
        return "momentum";
    }

    @Override
    public int act(DecisionContext context) {
        EnvConfig c = context.config();
        int mid = c.priceBins() / 2;
        double m = context.close(0) / context.close(lookbackBars) - 1;
        long pos = context.position();
        if (m > 0 && pos <= 0) {
            return Policy.pack(mid, c.quantityBins() - 1, c.quantityBins());
        }
        if (m < 0 && (pos > 0 || (pos == 0 && c.allowShort()))) {
            return Policy.pack(mid, 0, c.quantityBins());
        }
        return Policy.pack(mid, c.quantityBins() / 2, c.quantityBins());
    }
}
