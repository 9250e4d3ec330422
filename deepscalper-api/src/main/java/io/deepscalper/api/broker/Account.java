package io.deepscalper.api.broker;

/**
 * The account's money.
 *
 * @param cash   cash, after fees
 * @param equity cash plus positions at the latest price
 */
public record Account(double cash, double equity) {
}
