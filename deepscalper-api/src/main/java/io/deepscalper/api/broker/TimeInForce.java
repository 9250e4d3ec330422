package io.deepscalper.api.broker;

/** How long an order works. */
public enum TimeInForce {
    /** Until filled, cancelled or the end of the session. */
    DAY
}
