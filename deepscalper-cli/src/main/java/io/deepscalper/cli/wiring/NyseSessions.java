package io.deepscalper.cli.wiring;

import io.deepscalper.core.continuous.SessionSplitter;
import io.deepscalper.core.market.BarSeries;
import io.deepscalper.core.market.SessionSeries;

/** Splits bars into NYSE regular-hours sessions with core's calendar (extended-hours bars are dropped). */
public final class NyseSessions implements SessionSplitter {
    private final io.deepscalper.core.market.SessionSplitter splitter = io.deepscalper.core.market.SessionSplitter.nyse();

    @Override
    public SessionSeries split(BarSeries bars) {
        return splitter.split(bars).series();
    }
}
