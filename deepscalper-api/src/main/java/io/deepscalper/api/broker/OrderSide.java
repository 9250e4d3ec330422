package io.deepscalper.api.broker;

/** Buy or sell. */
public enum OrderSide {
    /** Buy: the position grows by the filled quantity. */
    BUY,
    /** Sell: the position shrinks by the filled quantity. */
    SELL;

    /** @return +1 for a buy, -1 for a sell */
    public int sign() {
        return this == BUY ? 1 : -1;
    }

    /** @return the side of a signed share change ({@code > 0} buys) */
    public static OrderSide of(long signedShares) {
        if (signedShares == 0) {
            throw new IllegalArgumentException("an order of 0 shares has no side");
        }
        return signedShares > 0 ? BUY : SELL;
    }
}
