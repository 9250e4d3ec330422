package io.deepscalper.api.broker;

import io.deepscalper.api.market.Bar;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * An open session with a broker for one symbol: the bars to trade on, limit orders, fills, positions,
 * cash and the session clock. Opened by {@link io.deepscalper.api.spi.Broker#connect}; holds all the state,
 * so one provider can serve many connections. Not thread-safe unless a provider says so.
 */
public interface BrokerConnection extends AutoCloseable {

    /** @return the provider's name, e.g. {@code "simulated"} */
    String broker();

    /** @return the bar interval this connection delivers */
    Duration barInterval();

    /**
     * Waits for the next complete bar after the last one returned. A simulated broker first executes its
     * open orders against that bar, so their fills are visible once it returns.
     *
     * @param timeout how long to wait at most
     * @return the bar, or empty when none arrived in time or, for a replay, when the data has ended
     *         (then {@link #exhausted()} is true)
     */
    Optional<Bar> nextBar(Duration timeout);

    /** @return true when no bar will ever come again (a replay that has ended) */
    boolean exhausted();

    /** @return the session clock */
    MarketClock clock();

    /** @return cash and equity */
    Account account();

    /** @return the current holding of the symbol, 0 shares when flat */
    Position position();

    /**
     * Submits a limit order.
     *
     * @return the order as accepted
     * @throws BrokerException when the broker refuses it
     */
    Order submit(OrderRequest request);

    /**
     * Cancels an order; a no-op for one that is no longer open.
     *
     * @return the order as it stands afterwards
     */
    Order cancel(String orderId);

    /** @return the open orders */
    List<Order> openOrders();

    /** Cancels every open order. */
    default void cancelAll() {
        for (Order o : openOrders()) {
            cancel(o.id());
        }
    }

    /**
     * @return the fills since the previous call (each fill is returned once)
     */
    List<Fill> newFills();

    /**
     * Closes the whole position at the session's closing price (a market-on-close liquidation): the end of
     * a session, a kill switch, a stop.
     *
     * @return the fill, or empty when flat
     */
    Optional<Fill> closePosition();

    /** Releases the connection; open orders are the trader's business (cancel them first). */
    @Override
    void close();
}
