package io.deepscalper.paper.decide;

/**
 * Cash and position at a decision bar, as the trading loop reads them from its broker (or shadow book).
 *
 * @param cash     cash
 * @param position signed shares
 */
public record AccountState(double cash, long position) {
}
