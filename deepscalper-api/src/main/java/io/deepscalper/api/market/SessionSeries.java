package io.deepscalper.api.market;

import java.util.List;
import java.util.Objects;

/**
 * A symbol's regular-hours bars, contiguous across sessions (so a lookback window can reach into the
 * previous session), with the session boundaries in chronological order.
 *
 * @param bars     regular-hours bars only, all sessions back to back
 * @param sessions session ranges into {@code bars}, ascending and non-overlapping
 */
public record SessionSeries(BarSeries bars, List<TradingSession> sessions) {

    /** Checks that sessions are ordered, disjoint and inside {@code bars}. */
    public SessionSeries {
        Objects.requireNonNull(bars, "bars");
        sessions = List.copyOf(sessions);
        int previousEnd = 0;
        for (TradingSession s : sessions) {
            if (s.start() < previousEnd || s.end() > bars.size()) {
                throw new IllegalArgumentException("session " + s + " overlaps the previous one or lies outside "
                        + bars.size() + " bars");
            }
            previousEnd = s.end();
        }
    }

    /** @return the symbol */
    public String symbol() {
        return bars.symbol();
    }

    /** @return a view holding only sessions {@code [from, to)}, sharing the same bars */
    public SessionSeries sessionRange(int from, int to) {
        return new SessionSeries(bars, sessions.subList(from, to));
    }
}
