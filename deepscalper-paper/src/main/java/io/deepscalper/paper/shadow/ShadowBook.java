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
import io.deepscalper.paper.risk.RiskDecision;
import io.deepscalper.paper.risk.RiskGuard;
import io.deepscalper.paper.risk.RiskLimits;
import io.deepscalper.paper.sim.SimulatedAccount;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The challenger in shadow: it decides on the same live bars as the champion, but its orders go to a
 * {@link SimulatedAccount} (the environment's fill model against each next bar), never to the broker. It starts
 * each session with the same equity as the champion's account and under the same risk limits (its own
 * {@link RiskGuard}), so that the per-session returns of the two are compared on equal footing. Not thread-safe.
 */
public final class ShadowBook {
    private final Decider decider;
    private final String symbol;
    private final RiskGuard guard;
    private SimulatedAccount account;
    private double startEquity;
    private LocalDate date;
    private int fills;
    private long orders;

    /**
     * @param decider the challenger
     * @param symbol  the symbol traded
     * @param limits  the risk limits the champion trades under
     */
    public ShadowBook(Decider decider, String symbol, RiskLimits limits) {
        this.decider = Objects.requireNonNull(decider, "decider");
        this.symbol = Objects.requireNonNull(symbol, "symbol");
        this.guard = new RiskGuard(limits);
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
        guard.startSession(sessionDate, equity);
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
     * Cancels what is still working, decides on the newest bar and passes the order through the risk limits; what
     * they allow works against the next bar.
     *
     * @param marketOpen     whether the broker's clock says the session is open
     * @param minutesToClose minutes to the close
     * @return the decision, and the shares the limits allowed
     */
    public ShadowDecision decide(MarketView view, int barsLeft, int sessionSpan, boolean sessionStart, Instant now,
                                 boolean marketOpen, long minutesToClose) {
        for (Order o : account.openOrders()) {
            account.cancel(o.id());
        }
        Decision d = decider.decide(view, new AccountState(account.cash(), account.shares()), barsLeft, sessionSpan,
                sessionStart);
        RiskDecision risk = guard.check(now, marketOpen, minutesToClose, account.shares(), d.equity(), d.shares());
        if (risk.flatten()) {
            if (account.closeAtLastClose(now).isPresent()) {
                fills++;
            }
        } else if (risk.allowed() != 0) {
            account.submit(new OrderRequest(symbol, OrderSide.of(risk.allowed()), Math.abs(risk.allowed()),
                    d.limitPrice(), TimeInForce.DAY, "shadow-" + ++orders), now);
            guard.submitted(now);
        }
        return new ShadowDecision(d, risk);
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
