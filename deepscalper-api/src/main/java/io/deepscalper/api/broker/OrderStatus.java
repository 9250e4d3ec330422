package io.deepscalper.api.broker;

/** Where an order stands. Only {@link #NEW} and {@link #PARTIALLY_FILLED} orders are open. */
public enum OrderStatus {
    /** Accepted and working, nothing filled yet. */
    NEW,
    /** Some shares filled, the rest still working. */
    PARTIALLY_FILLED,
    /** Every share filled. */
    FILLED,
    /** Cancelled (by the trader, or by the broker at the end of its time in force). */
    CANCELED,
    /** Refused by the broker. */
    REJECTED;

    /** @return true while the order can still fill */
    public boolean open() {
        return this == NEW || this == PARTIALLY_FILLED;
    }
}
