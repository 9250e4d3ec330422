package io.deepscalper.examples.triggers;

import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.market.SessionSplitter;
import io.deepscalper.api.spi.ProviderOptions;
import io.deepscalper.data.synthetic.SyntheticDataSource;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The markets of the trigger-calibration benchmark: the synthetic source with a planted momentum signal,
 * stationary or with a planted change from a given session on (the daily volatility doubled, or the
 * signal's sign flipped). A change is spliced in at a session boundary, the changed part's prices scaled
 * so that it opens where the unchanged part closed.
 */
final class Markets {
    /** Start of every synthetic market (sessions from the first trading day of 2024 on). */
    static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    /** Daily volatility of the unchanged market, the source's default. */
    static final double VOLATILITY = 0.012;

    private Markets() {
    }

    /** A planted change. */
    enum Change {
        /** Nothing changes. */
        NONE,
        /** The daily volatility doubles. */
        VOLATILITY_X2,
        /** The momentum signal becomes mean reversion of the same strength. */
        SIGNAL_FLIPPED
    }

    /**
     * @param seed     the source's seed
     * @param signal   the planted AR(1) coefficient of 1-minute returns
     * @param sessions sessions wanted (at least)
     * @param change   the change, from session {@code at} on
     * @param at       first changed session
     * @return regular-hours sessions of symbol {@code SYN}
     */
    static SessionSeries synthetic(long seed, double signal, int sessions, Change change, int at) {
        Instant end = START.plusSeconds(86_400L * (sessions * 7L / 5 + 14));
        SessionSeries base = split(fetch(seed, signal, VOLATILITY, end));
        if (change == Change.NONE) {
            return base.sessionRange(0, sessions);
        }
        SessionSeries changed = split(fetch(seed + 1_000, change == Change.SIGNAL_FLIPPED ? -signal : signal,
                change == Change.VOLATILITY_X2 ? 2 * VOLATILITY : VOLATILITY, end));
        BarSeries a = base.bars();
        BarSeries b = changed.bars();
        int cutA = base.sessions().get(at).start();
        int cutB = changed.sessions().get(at).start();
        double scale = a.close(cutA - 1) / b.open(cutB);
        BarSeries.Builder out = BarSeries.builder("SYN");
        for (int i = 0; i < cutA; i++) {
            out.add(a.startEpochSecond(i), a.open(i), a.high(i), a.low(i), a.close(i), a.volume(i));
        }
        for (int i = cutB; i < b.size(); i++) {
            out.add(b.startEpochSecond(i), scale * b.open(i), scale * b.high(i), scale * b.low(i),
                    scale * b.close(i), b.volume(i));
        }
        return split(out.build()).sessionRange(0, sessions);
    }

    private static BarSeries fetch(long seed, double signal, double volatility, Instant end) {
        Map<String, String> o = new HashMap<>();
        o.put("seed", Long.toString(seed));
        o.put("signal", Double.toString(signal));
        o.put("dailyVolatility", Double.toString(volatility));
        return new SyntheticDataSource().configure(ProviderOptions.of(o)).fetch("SYN", BarInterval.ONE_MINUTE,
                START, end);
    }

    private static SessionSeries split(BarSeries bars) {
        return SessionSplitter.nyse().split(bars).series();
    }
}
