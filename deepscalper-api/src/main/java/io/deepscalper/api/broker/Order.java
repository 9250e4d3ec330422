package io.deepscalper.api.broker;

import java.time.Instant;

/**
 * An order as the broker reports it.
 *
 * @param id                 the broker's id
 * @param clientOrderId      the trader's id from the request
 * @param symbol             the instrument
 * @param side               buy or sell
 * @param quantity           shares asked for
 * @param limitPrice         the limit
 * @param status             where it stands
 * @param filledQuantity     shares filled so far
 * @param filledAveragePrice average fill price, NaN while nothing filled
 * @param submittedAt        when the broker accepted it
 */
public record Order(String id, String clientOrderId, String symbol, OrderSide side, long quantity, double limitPrice,
                    OrderStatus status, long filledQuantity, double filledAveragePrice, Instant submittedAt) {

    /** @return true while it can still fill */
    public boolean open() {
        return status.open();
    }
}
