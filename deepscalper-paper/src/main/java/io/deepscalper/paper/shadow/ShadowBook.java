package io.deepscalper.paper.shadow;

import io.deepscalper.api.broker.Fill;
import io.deepscalper.api.broker.Order;
import io.deepscalper.api.broker.OrderRequest;
import io.deepscalper.api.broker.OrderSide;
import io.deepscalper.api.broker.TimeInForce;
import io.deepscalper.api.market.Bar;
import io.deepscalper.paper.decide.AccountState;
import io.deepscalper.paper.decide.Decider;
import io.deepscalper.paper.decide.Decision;
import io.deepscalper.paper.decide.MarketView;
import io.deepscalper.paper.journal.SessionRecord;
import io.deepscalper.paper.sim.SimulatedAccount;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The challenger in shadow: it decides on the same live bars as the champion, but its orders go to a
 * {@link SimulatedAccount} (the environment's fill model against each next bar), never to the broker. It starts
 * each session with the same equity as the champion's account, so that the per-session returns of the two are
 * compared on equal footing. Not thread-safe.
 */
public final class ShadowBook {
    private final Decider decider;
    private final String symbol;
    private SimulatedAccount account;
    private double startEquity;
    private LocalDate date;
    private int fills;
    private long orders;

    /**
     * @param decider the challenger
     * @param symbol  the symbol traded
     */
    public ShadowBook(Decider decider, String symbol) {
        this.decider = Objects.requireNonNull(decider, "decider");
        this.symbol = Objects.requireNonNull(symbol, "symbol");
    }

    /** @return the challenger's version */
    public String version() {
        return decider.version();
    }

    /** Starts a session flat with {@code equity} in cash. */
    public void startSession(LocalDate sessionDate, double equity) {
        this.account = new SimulatedAccount(symbol, decider.config(), equity);
        this.startEquity = equity;
        this.date = sessionDate;
        this.fills = 0;
    }

    /** Executes the challenger's working order against the new bar. */
    public void onBar(Bar bar, Instant barEnd) {
        if (account != null) {
            account.onBar(bar, barEnd);
            List<Fill> f = account.drainFills();
            fills += f.size();
        }
    }

    /**
     * Cancels what is still working and decides on the newest bar; the order works against the next bar.
     *
     * @return the decision
     */
    public Decision decide(MarketView view, int barsLeft, int sessionSpan, boolean sessionStart, Instant now) {
        for (Order o : account.openOrders()) {
            account.cancel(o.id());
        }
        Decision d = decider.decide(view, new AccountState(account.cash(), account.shares()), barsLeft, sessionSpan,
                sessionStart);
        if (d.shares() != 0) {
            account.submit(new OrderRequest(symbol, OrderSide.of(d.shares()), Math.abs(d.shares()), d.limitPrice(),
                    TimeInForce.DAY, "shadow-" + ++orders), now);
        }
        return d;
    }

    /**
     * Closes the session at the last close, as the environment does.
     *
     * @return the session's record
     */
    public SessionRecord closeSession(Instant now) {
        for (Order o : account.openOrders()) {
            account.cancel(o.id());
        }
        if (account.closeAtLastClose(now).isPresent()) {
            fills++;
        }
        double end = account.equity();
        SessionRecord r = new SessionRecord(SessionRecord.CHALLENGER, decider.version(), date, startEquity, end,
                end - startEquity, end / startEquity - 1, account.shares(), fills);
        account = null;
        return r;
    }

    /** @return true while a session is open */
    public boolean inSession() {
        return account != null;
    }
}
