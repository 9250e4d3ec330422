package io.deepscalper.paper.trade;

import io.deepscalper.api.broker.Account;
import io.deepscalper.api.broker.BrokerConnection;
import io.deepscalper.api.broker.Fill;
import io.deepscalper.api.broker.MarketClock;
import io.deepscalper.api.broker.Order;
import io.deepscalper.api.broker.OrderRequest;
import io.deepscalper.api.broker.OrderSide;
import io.deepscalper.api.broker.TimeInForce;
import io.deepscalper.api.market.Bar;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.model.GateCheck;
import io.deepscalper.api.model.GateResult;
import io.deepscalper.api.model.ModelVersion;
import io.deepscalper.paper.decide.AccountState;
import io.deepscalper.paper.decide.Decider;
import io.deepscalper.paper.decide.Decision;
import io.deepscalper.paper.decide.MarketView;
import io.deepscalper.paper.journal.SessionRecord;
import io.deepscalper.paper.journal.TradingJournal;
import io.deepscalper.paper.risk.Breach;
import io.deepscalper.paper.risk.RiskDecision;
import io.deepscalper.paper.risk.RiskGuard;
import io.deepscalper.paper.shadow.ShadowBook;
import io.deepscalper.paper.shadow.ShadowDecision;
import io.deepscalper.paper.shadow.ShadowReferee;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The paper-trading loop. For each new bar from the broker: record the fills it brought, cancel what is still
 * working (an order lives for one bar, as in the environment), and then either close the session (at its last
 * bar: the position is closed at the close, the session's P&amp;L stored, the shadow decisions taken) or let the
 * champion decide, pass its order through the {@link RiskGuard} and submit what is allowed as a limit order for
 * the next bar. The challenger, if any, decides on the same bar in its {@link ShadowBook}. Every decision,
 * order, fill, breach, session and event goes to the {@link TradingJournal} with the model version.
 *
 * <p>{@link #requestStop} (from any thread) ends the run at the next bar: every open order is cancelled, the
 * position is closed, and the final position is recorded.
 */
public final class PaperTrader {
    private static final Logger LOG = LoggerFactory.getLogger(PaperTrader.class);

    private final BrokerConnection broker;
    private final TradingJournal journal;
    private final MarketView view;
    private final PaperTradingOptions options;
    private final RiskGuard guard;
    private final ShadowReferee referee;
    private final ModelDeciders deciders;
    private final String symbol;
    private final Duration interval;
    private Seat champion;
    private Seat challenger;
    private ShadowBook shadow;
    private final List<SessionRecord> championSessions = new ArrayList<>();
    private final List<SessionRecord> challengerSessions = new ArrayList<>();
    private volatile boolean stopRequested;
    private LocalDate sessionDate;
    private double sessionStartEquity;
    private int sessionSpan;
    private int sessionFills;
    private long orderCount;
    private int breaches;
    private int sessionsDone;

    private PaperTrader(Builder b) {
        this.broker = b.broker;
        this.journal = b.journal;
        this.options = b.options;
        this.symbol = b.symbol;
        this.champion = b.champion;
        this.challenger = b.challenger;
        this.referee = b.referee;
        this.deciders = b.deciders;
        this.guard = new RiskGuard(options.limits());
        this.interval = broker.barInterval();
        this.view = new MarketView(symbol, champion.decider.config(), b.warmUp);
        if (challenger != null) {
            view.fit(challenger.decider.config());
            this.shadow = new ShadowBook(challenger.decider, symbol, options.limits());
        }
    }

    /**
     * @param broker  the connection to trade through
     * @param journal where everything is recorded
     * @param symbol  the symbol traded
     * @return a builder; {@link Builder#champion} is required
     */
    public static Builder builder(BrokerConnection broker, TradingJournal journal, String symbol) {
        return new Builder(broker, journal, symbol);
    }

    /** Asks the loop to stop gracefully at the next bar; safe from any thread. */
    public void requestStop() {
        stopRequested = true;
    }

    /**
     * Trades until the feed ends, {@link PaperTradingOptions#maxSessions()} sessions are done, or a stop is
     * requested.
     *
     * @return what the run did
     */
    public PaperRun run() {
        double startEquity = broker.account().equity();
        journal.event("start", champion.decider.version(), "paper trading " + symbol + " through " + broker.broker()
                + " with " + champion.decider.version() + (shadow == null ? "" : ", challenger "
                + shadow.version() + " in shadow"), Map.of("broker", broker.broker(), "symbol", symbol));
        while (!stopRequested) {
            Optional<Bar> next = broker.nextBar(options.barTimeout());
            if (next.isEmpty()) {
                if (broker.exhausted()) {
                    break;
                }
                continue;
            }
            onBar(next.get());
            if (options.maxSessions() > 0 && sessionsDone >= options.maxSessions() && sessionDate == null) {
                break;
            }
        }
        return stop(startEquity);
    }

    private void onBar(Bar bar) {
        Instant barEnd = bar.start().plus(interval);
        view.add(bar);
        recordFills(broker.newFills());
        if (shadow != null) {
            shadow.onBar(bar, barEnd);
        }
        MarketClock clock = broker.clock();
        LocalDate date = bar.start().atZone(options.exchangeZone()).toLocalDate();
        boolean first = !date.equals(sessionDate);
        if (first && sessionDate != null) {
            LOG.warn("session {} ended without its closing bar; closing it at the last price seen", sessionDate);
            closeSession(barEnd);
        }
        long barsLeft = clock.open() ? Math.max(0, Duration.between(barEnd, clock.nextClose()).dividedBy(interval)) : 0;
        if (first) {
            startSession(date, (int) barsLeft);
        }
        cancelWorking();
        if (barsLeft == 0) {
            closeSession(barEnd);
            return;
        }
        Account account = broker.account();
        long position = broker.position().quantity();
        Decision d = champion.decider.decide(view, new AccountState(account.cash(), position), (int) barsLeft,
                sessionSpan, first);
        RiskDecision risk = guard.check(barEnd, clock.open(), barsLeft * interval.toMinutes(), position, d.equity(),
                d.shares());
        journal.decision(SessionRecord.CHAMPION, champion.decider.version(), d, risk.allowed());
        for (Breach b : risk.breaches()) {
            breaches++;
            journal.breach(champion.decider.version(), b);
            LOG.warn("risk limit {}: {}", b.limit(), b.reason());
        }
        if (risk.flatten()) {
            broker.closePosition().ifPresent(f -> recordFills(List.of(f)));
        } else if (risk.allowed() != 0) {
            Order o = broker.submit(new OrderRequest(symbol, OrderSide.of(risk.allowed()), Math.abs(risk.allowed()),
                    d.limitPrice(), TimeInForce.DAY, "ds-" + journal.runId() + "-" + ++orderCount));
            guard.submitted(barEnd);
            journal.order(champion.decider.version(), "submitted", o);
        }
        if (shadow != null) {
            ShadowDecision s = shadow.decide(view, (int) barsLeft, sessionSpan, first, barEnd, clock.open(),
                    barsLeft * interval.toMinutes());
            journal.decision(SessionRecord.CHALLENGER, shadow.version(), s.decision(), s.risk().allowed());
        }
    }

    private void startSession(LocalDate date, int span) {
        sessionDate = date;
        sessionSpan = span;
        sessionFills = 0;
        sessionStartEquity = broker.account().equity();
        guard.startSession(date, sessionStartEquity);
        if (shadow != null) {
            shadow.startSession(date, sessionStartEquity);
        }
    }

    private void cancelWorking() {
        for (Order o : broker.openOrders()) {
            journal.order(champion.decider.version(), "cancelled", broker.cancel(o.id()));
        }
    }

    private void recordFills(List<Fill> fills) {
        for (Fill f : fills) {
            sessionFills++;
            journal.fill(champion.decider.version(), f);
        }
    }

    private void closeSession(Instant now) {
        cancelWorking();
        broker.closePosition().ifPresent(f -> recordFills(List.of(f)));
        double end = broker.account().equity();
        SessionRecord r = new SessionRecord(SessionRecord.CHAMPION, champion.decider.version(), sessionDate,
                sessionStartEquity, end, end - sessionStartEquity, end / sessionStartEquity - 1,
                broker.position().quantity(), sessionFills);
        journal.session(r);
        championSessions.add(r);
        champion.sessions.add(r);
        LOG.info("session {}: {} P&L {} ({} fills)", sessionDate, champion.decider.version(), r.pnl(), r.fills());
        if (shadow != null && shadow.inSession()) {
            SessionRecord c = shadow.closeSession(now);
            journal.session(c);
            challengerSessions.add(c);
            challenger.sessions.add(c);
        }
        sessionDate = null;
        sessionsDone++;
        refereeSession();
    }

    /** After a session: the shadow promotion test, then the champion's rollback test, each when due. */
    private void refereeSession() {
        if (referee == null) {
            return;
        }
        if (challenger != null) {
            Optional<GateResult> test = referee.promotion(champion.sessions, challenger.sessions, champion.id);
            if (test.isPresent()) {
                GateResult r = test.get();
                String reasons = String.join("; ", r.checks().stream().map(GateCheck::reason).toList());
                journal.event("shadow_test", challenger.decider.version(), (r.passed() ? "promote " : "keep ")
                        + challenger.decider.version() + ": " + reasons, r);
                if (r.passed()) {
                    promote(r, reasons);
                    return;
                }
            }
        }
        if (champion.id != null) {
            Optional<GateCheck> probation = referee.rollback(champion.sessions, champion.promisedMean);
            if (probation.isPresent()) {
                GateCheck c = probation.get();
                journal.event("probation", champion.decider.version(), c.reason(), c);
                if (!c.passed()) {
                    rollback(c);
                }
            }
        }
    }

    private void promote(GateResult result, String reasons) {
        String reason = "shadow promotion after " + challenger.sessions.size() + " live session(s): " + reasons;
        RegistryMoves.activate(deciders, challenger.id, reason);
        journal.event("promotion", challenger.decider.version(), reason, result);
        LOG.info("promoted {}: {}", challenger.decider.version(), reason);
        champion = new Seat(challenger.decider, challenger.id, meanOf(challenger.sessions));
        challenger = null;
        shadow = null;
    }

    private void rollback(GateCheck check) {
        String reason = "live champion " + champion.decider.version() + " degraded: " + check.reason();
        Seat next = RegistryMoves.rollBack(deciders, champion, reason, view);
        journal.event("rollback", champion.decider.version(), reason + "; now trading " + next.decider.version(),
                check);
        LOG.warn("{}; now trading {}", reason, next.decider.version());
        champion = next;
    }

    private static double meanOf(List<SessionRecord> sessions) {
        return sessions.stream().mapToDouble(SessionRecord::sessionReturn).average().orElse(Double.NaN);
    }

    private PaperRun stop(double startEquity) {
        long before = broker.position().quantity();
        int open = broker.openOrders().size();
        cancelWorking();
        if (sessionDate != null) {
            closeSession(broker.clock().timestamp());
        } else {
            broker.closePosition().ifPresent(f -> recordFills(List.of(f)));
        }
        long after = broker.position().quantity();
        int left = broker.openOrders().size();
        double end = broker.account().equity();
        journal.event("stop", champion.decider.version(), "stopped " + (stopRequested ? "on request" : "at the end of "
                        + "the feed") + ": cancelled " + open + " open order(s), position " + before + " -> " + after
                        + " share(s), equity " + end,
                Map.of("finalPosition", after, "openOrders", left, "equity", end));
        return new PaperRun(journal.runId(), championSessions, challengerSessions, startEquity, end, after, left,
                breaches, champion.decider.version());
    }

    /** Assembles a {@link PaperTrader}. */
    public static final class Builder {
        private final BrokerConnection broker;
        private final TradingJournal journal;
        private final String symbol;
        private BarSeries warmUp;
        private Seat champion;
        private Seat challenger;
        private ShadowReferee referee;
        private ModelDeciders deciders;
        private PaperTradingOptions options = PaperTradingOptions.defaults();

        private Builder(BrokerConnection broker, TradingJournal journal, String symbol) {
            this.broker = Objects.requireNonNull(broker, "broker");
            this.journal = Objects.requireNonNull(journal, "journal");
            this.symbol = Objects.requireNonNull(symbol, "symbol");
        }

        /** @param history bars before the first live bar, for the features' windows @return this */
        public Builder warmUp(BarSeries history) {
            this.warmUp = history;
            return this;
        }

        /**
         * @param decider      the model trading through the broker
         * @param id           its registry id, or null for the flat fallback
         * @param promisedMean its validation's mean session return (NaN: no rollback test)
         * @return this
         */
        public Builder champion(Decider decider, io.deepscalper.api.model.ModelVersionId id, double promisedMean) {
            this.champion = new Seat(Objects.requireNonNull(decider, "decider"), id, promisedMean);
            return this;
        }

        /** @param decider the model in shadow @param id its registry id @return this */
        public Builder challenger(Decider decider, io.deepscalper.api.model.ModelVersionId id) {
            this.challenger = new Seat(Objects.requireNonNull(decider, "decider"), id, Double.NaN);
            return this;
        }

        /** @param r the promotion and rollback tests @return this */
        public Builder referee(ShadowReferee r) {
            this.referee = r;
            return this;
        }

        /** @param d the registry's deciders, to act on promotions and rollbacks @return this */
        public Builder deciders(ModelDeciders d) {
            this.deciders = d;
            return this;
        }

        /** @param o the loop's options @return this */
        public Builder options(PaperTradingOptions o) {
            this.options = Objects.requireNonNull(o, "options");
            return this;
        }

        /** @return the trader */
        public PaperTrader build() {
            if (champion == null) {
                throw new IllegalStateException("a paper trader needs a champion (the flat fallback when nothing is "
                        + "deployed)");
            }
            if (warmUp == null) {
                warmUp = BarSeries.builder(symbol).build();
            }
            return new PaperTrader(this);
        }
    }
}
