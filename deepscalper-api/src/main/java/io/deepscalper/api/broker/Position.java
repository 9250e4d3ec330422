package io.deepscalper.api.broker;

/**
 * A holding.
 *
 * @param symbol       the instrument
 * @param quantity     signed whole shares ({@code < 0} short)
 * @param averagePrice average entry price
 * @param marketValue  quantity times the latest price
 */
public record Position(String symbol, long quantity, double averagePrice, double marketValue) {
}
