package io.deepscalper.api.broker;

import java.time.Instant;

/**
 * One execution.
 *
 * @param orderId the broker's order id ({@code "close"} for a closing liquidation that had no order of the
 *                trader's)
 * @param symbol  the instrument
 * @param shares  signed shares ({@code > 0} bought)
 * @param price   execution price, slippage included
 * @param fee     fee charged for it, in the account currency ({@code 0} where the broker charges none)
 * @param time    when it executed
 */
public record Fill(String orderId, String symbol, long shares, double price, double fee, Instant time) {
}
