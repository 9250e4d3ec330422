package io.deepscalper.paper.sim;

import io.deepscalper.api.broker.Account;
import io.deepscalper.api.broker.BrokerConnection;
import io.deepscalper.api.broker.Fill;
import io.deepscalper.api.broker.MarketClock;
import io.deepscalper.api.broker.Order;
import io.deepscalper.api.broker.OrderRequest;
import io.deepscalper.api.broker.Position;
import io.deepscalper.api.market.Bar;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.market.TradingSession;
import io.deepscalper.core.env.EnvConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A replay of sessions {@code [fromSession, toSession)} of a series as a broker: each {@link #nextBar} moves the
 * simulated time to the end of the next bar, executes the working orders against that bar with the
 * environment's fill model ({@link SimulatedAccount}) and returns it. The session closes at the end of its last
 * bar in the data; {@link #closePosition} then liquidates at that bar's close as the environment does.
 */
public final class SimulatedConnection implements BrokerConnection {
    private final SessionSeries series;
    private final int fromSession;
    private final int toSession;
    private final Duration interval;
    private final ReplayPace pace;
    private final SimulatedAccount account;
    private int session;
    private int bar = -1;
    private boolean exhausted;

    /**
     * @param series      the bars, split into sessions
     * @param fromSession the first session replayed
     * @param toSession   one past the last session replayed
     * @param interval    the bar length
     * @param config      the environment whose fill model, fees, slippage and initial cash apply
     * @param pace        how fast bars come
     */
    public SimulatedConnection(SessionSeries series, int fromSession, int toSession, Duration interval, EnvConfig config,
                               ReplayPace pace) {
        this.series = Objects.requireNonNull(series, "series");
        int n = series.sessions().size();
        if (fromSession < 0 || toSession > n || fromSession >= toSession) {
            throw new IllegalArgumentException("replay range [" + fromSession + ", " + toSession
                    + ") must be non-empty and inside the series' " + n + " session(s)");
        }
        this.fromSession = fromSession;
        this.toSession = toSession;
        this.interval = Objects.requireNonNull(interval, "interval");
        this.pace = Objects.requireNonNull(pace, "pace");
        this.account = new SimulatedAccount(series.symbol(), config, config.initialCash());
        this.session = fromSession;
    }

    @Override
    public String broker() {
        return SimulatedBroker.NAME;
    }

    @Override
    public Duration barInterval() {
        return interval;
    }

    /** @return index in the series of the first bar replayed */
    public int firstBarIndex() {
        return series.sessions().get(fromSession).start();
    }

    @Override
    public Optional<Bar> nextBar(Duration timeout) {
        if (exhausted) {
            return Optional.empty();
        }
        int next = bar < 0 ? firstBarIndex() : bar + 1;
        TradingSession s = series.sessions().get(session);
        if (next >= s.end()) {
            if (session + 1 >= toSession) {
                exhausted = true;
                return Optional.empty();
            }
            session++;
            next = series.sessions().get(session).start();
        }
        Duration pause = pace.pause(interval);
        if (!pause.isZero()) {
            try {
                Thread.sleep(pause.toMillis(), (int) (pause.toNanos() % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        bar = next;
        Bar b = series.bars().bar(bar);
        account.onBar(b, b.start().plus(interval));
        return Optional.of(b);
    }

    @Override
    public boolean exhausted() {
        return exhausted;
    }

    @Override
    public MarketClock clock() {
        TradingSession s = series.sessions().get(session);
        Instant close = sessionClose(s);
        if (bar < 0) {
            Instant open = series.bars().start(s.start());
            return new MarketClock(open, true, open, close);
        }
        Instant now = series.bars().start(bar).plus(interval);
        if (now.isBefore(close)) {
            return new MarketClock(now, true, nextOpenAfter(session), close);
        }
        if (session + 1 < series.sessions().size()) {
            TradingSession after = series.sessions().get(session + 1);
            return new MarketClock(now, false, series.bars().start(after.start()), sessionClose(after));
        }
        return new MarketClock(now, false, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(1)));
    }

    private Instant sessionClose(TradingSession s) {
        return series.bars().start(s.end() - 1).plus(interval);
    }

    private Instant nextOpenAfter(int sessionIndex) {
        return sessionIndex + 1 < series.sessions().size()
                ? series.bars().start(series.sessions().get(sessionIndex + 1).start())
                : sessionClose(series.sessions().get(sessionIndex)).plus(Duration.ofDays(1));
    }

    @Override
    public Account account() {
        return account.account();
    }

    @Override
    public Position position() {
        return account.position();
    }

    @Override
    public Order submit(OrderRequest request) {
        return account.submit(request, clock().timestamp());
    }

    @Override
    public Order cancel(String orderId) {
        return account.cancel(orderId);
    }

    @Override
    public List<Order> openOrders() {
        return account.openOrders();
    }

    @Override
    public List<Fill> newFills() {
        return account.drainFills();
    }

    @Override
    public Optional<Fill> closePosition() {
        return account.closeAtLastClose(clock().timestamp());
    }

    @Override
    public void close() {
        // nothing to release: the replay lives in memory
    }
}
