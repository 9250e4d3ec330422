package io.deepscalper.continuous.wiring;

import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.market.SessionSplitter;
import io.deepscalper.continuous.SessionSplitStrategy;

/** Splits bars into NYSE regular-hours sessions with core's calendar (extended-hours bars are dropped). */
public final class NyseSessions implements SessionSplitStrategy {
    private final SessionSplitter splitter = SessionSplitter.nyse();

    @Override
    public SessionSeries split(BarSeries bars) {
        return splitter.split(bars).series();
    }
}
