package io.deepscalper.api.broker;

import java.util.Objects;

/**
 * A limit order to submit: buy or sell {@code quantity} whole shares of {@code symbol} at {@code limitPrice}
 * or better.
 *
 * @param symbol        the instrument, upper case
 * @param side          buy or sell
 * @param quantity      whole shares, {@code > 0}
 * @param limitPrice    the worst acceptable price, finite and {@code > 0}
 * @param timeInForce   how long it works
 * @param clientOrderId the trader's own id (unique per connection), echoed on the order and its fills
 */
public record OrderRequest(String symbol, OrderSide side, long quantity, double limitPrice, TimeInForce timeInForce,
                           String clientOrderId) {

    /** Checks every field; a bad order is refused before it reaches a broker. */
    public OrderRequest {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("an order needs a symbol");
        }
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(timeInForce, "timeInForce");
        if (quantity <= 0) {
            throw new IllegalArgumentException("order quantity must be > 0 whole shares but was " + quantity);
        }
        if (!(Double.isFinite(limitPrice) && limitPrice > 0)) {
            throw new IllegalArgumentException("limit price must be finite and > 0 but was " + limitPrice);
        }
        if (clientOrderId == null || clientOrderId.isBlank()) {
            throw new IllegalArgumentException("an order needs a client order id");
        }
    }

    /** @return the signed share change the order asks for ({@code > 0} buys) */
    public long signedQuantity() {
        return side.sign() * quantity;
    }
}
