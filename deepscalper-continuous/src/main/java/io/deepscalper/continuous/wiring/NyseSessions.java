package io.deepscalper.continuous.wiring;

import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.continuous.SessionSplitter;

/** Splits bars into NYSE regular-hours sessions with core's calendar (extended-hours bars are dropped). */
public final class NyseSessions implements SessionSplitter {
    private final io.deepscalper.api.market.SessionSplitter splitter = io.deepscalper.api.market.SessionSplitter.nyse();

    @Override
    public SessionSeries split(BarSeries bars) {
        return splitter.split(bars).series();
    }
}
