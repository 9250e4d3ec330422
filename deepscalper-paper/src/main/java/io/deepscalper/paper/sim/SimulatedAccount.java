package io.deepscalper.paper.sim;

import io.deepscalper.api.broker.Account;
import io.deepscalper.api.broker.Fill;
import io.deepscalper.api.broker.Order;
import io.deepscalper.api.broker.OrderRequest;
import io.deepscalper.api.broker.OrderStatus;
import io.deepscalper.api.broker.Position;
import io.deepscalper.api.market.Bar;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.env.FillModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A simulated account for one symbol: cash, a position and working limit orders, filled against each new bar
 * by the trading environment's own {@link FillModel} (fees, slippage, position cap, no borrowing, optional
 * volume cap) with the environment's cash arithmetic, so that an account driven like the environment ends
 * with the environment's equity to the last bit. Used by the {@code simulated} broker and by the challenger's
 * shadow book. Not thread-safe.
 */
public final class SimulatedAccount {
    private final String symbol;
    private final FillModel fills;
    private final Map<String, Working> working = new LinkedHashMap<>();
    private final Map<String, Order> done = new LinkedHashMap<>();
    private final List<Fill> newFills = new ArrayList<>();
    private double cash;
    private long position;
    private double entryPrice;
    private double lastClose = Double.NaN;
    private long nextId = 1;

    /**
     * @param symbol      the symbol traded
     * @param config      the environment whose fill model, fees and slippage apply
     * @param initialCash the starting cash, {@code > 0}
     */
    public SimulatedAccount(String symbol, EnvConfig config, double initialCash) {
        this.symbol = Objects.requireNonNull(symbol, "symbol");
        this.fills = new FillModel(Objects.requireNonNull(config, "config"));
        if (!(Double.isFinite(initialCash) && initialCash > 0)) {
            throw new IllegalArgumentException("initial cash must be finite and > 0 but was " + initialCash);
        }
        this.cash = initialCash;
    }

    /** A working order: the request, what is still open, and what filled. */
    private static final class Working {
        final String id;
        final OrderRequest request;
        final Instant submitted;
        long filled;
        double notional;

        Working(String id, OrderRequest request, Instant submitted) {
            this.id = id;
            this.request = request;
            this.submitted = submitted;
        }

        long remainingSigned() {
            return request.side().sign() * (request.quantity() - filled);
        }

        Order view(OrderStatus status) {
            return new Order(id, request.clientOrderId(), request.symbol(), request.side(), request.quantity(),
                    request.limitPrice(), status, filled, filled == 0 ? Double.NaN : notional / filled, submitted);
        }
    }

    /**
     * Accepts a limit order; it works from the next bar on.
     *
     * @throws IllegalArgumentException for an order of another symbol
     */
    public Order submit(OrderRequest request, Instant now) {
        if (!symbol.equals(request.symbol())) {
            throw new IllegalArgumentException("this simulated account trades " + symbol + ", not "
                    + request.symbol());
        }
        String id = "sim-" + nextId++;
        Working w = new Working(id, request, now);
        working.put(id, w);
        return w.view(OrderStatus.NEW);
    }

    /** @return the order after cancelling it (unchanged when it is no longer open) */
    public Order cancel(String orderId) {
        Working w = working.remove(orderId);
        if (w != null) {
            Order o = w.view(OrderStatus.CANCELED);
            done.put(orderId, o);
            return o;
        }
        Order o = done.get(orderId);
        if (o == null) {
            throw new IllegalArgumentException("no order with id " + orderId);
        }
        return o;
    }

    /** @return the working orders, oldest first */
    public List<Order> openOrders() {
        List<Order> out = new ArrayList<>();
        for (Working w : working.values()) {
            out.add(w.view(w.filled == 0 ? OrderStatus.NEW : OrderStatus.PARTIALLY_FILLED));
        }
        return out;
    }

    /**
     * Executes the working orders against {@code bar} (oldest first), then marks the account at its close.
     * An order that fills only in part keeps working for the rest.
     */
    public void onBar(Bar bar, Instant barEnd) {
        List<String> finished = new ArrayList<>();
        for (Working w : working.values()) {
            if (fills.fill(w.remainingSigned(), w.request.limitPrice(), bar.open(), bar.high(), bar.low(),
                    bar.volume(), cash, position)) {
                long shares = fills.filledShares();
                double price = fills.fillPrice();
                double fee = fills.fillFee();
                applyFill(shares, price);
                // the environment's own cash arithmetic (TradingEnvironment.step), term for term
                cash -= shares * price + fee;
                w.filled += Math.abs(shares);
                w.notional += Math.abs(shares) * price;
                newFills.add(new Fill(w.id, symbol, shares, price, fee, barEnd));
                if (w.filled == w.request.quantity()) {
                    finished.add(w.id);
                }
            }
        }
        for (String id : finished) {
            done.put(id, working.remove(id).view(OrderStatus.FILLED));
        }
        lastClose = bar.close();
    }

    /**
     * Closes the position at the last bar's close with the environment's market-on-close liquidation (fee, no
     * slippage).
     *
     * @return the fill, empty when flat
     */
    public Optional<Fill> closeAtLastClose(Instant now) {
        if (position == 0) {
            return Optional.empty();
        }
        if (Double.isNaN(lastClose)) {
            throw new IllegalStateException("no bar has been seen yet, so there is no closing price");
        }
        long held = position;
        cash += fills.liquidate(held, lastClose);
        position = 0;
        entryPrice = 0;
        // returned to the caller only: newFills reports each fill once, and the caller already has this one
        return Optional.of(new Fill("close", symbol, fills.liquidatedShares(), lastClose, fills.liquidationFeePaid(),
                now));
    }

    private void applyFill(long shares, double price) {
        long after = position + shares;
        if (position == 0 || Long.signum(position) == Long.signum(shares)) {
            entryPrice = (entryPrice * Math.abs(position) + price * Math.abs(shares)) / Math.abs(after);
        } else if (after == 0) {
            entryPrice = 0;
        } else if (Long.signum(after) != Long.signum(position)) {
            entryPrice = price; // flipped through zero: the rest is a new position at this price
        }
        position = after;
    }

    /** @return the order fills since the previous call (a closing liquidation is returned by its own call) */
    public List<Fill> drainFills() {
        List<Fill> out = List.copyOf(newFills);
        newFills.clear();
        return out;
    }

    /** @return cash and equity marked at the last close (cash alone before the first bar) */
    public Account account() {
        return new Account(cash, equity());
    }

    /** @return cash plus the position at the last close, computed as the environment does */
    public double equity() {
        return Double.isNaN(lastClose) ? cash : cash + position * lastClose;
    }

    /** @return the holding */
    public Position position() {
        return new Position(symbol, position, entryPrice, Double.isNaN(lastClose) ? 0 : position * lastClose);
    }

    /** @return cash */
    public double cash() {
        return cash;
    }

    /** @return signed shares held */
    public long shares() {
        return position;
    }
}
