package io.deepscalper.continuous;

import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.SessionSeries;

/** Splits a symbol's bars into regular-hours trading sessions (the exchange calendar decides). */
@FunctionalInterface
public interface SessionSplitter {

    /**
     * @param bars all bars held for one symbol
     * @return the regular-hours sessions in chronological order
     */
    SessionSeries split(BarSeries bars);
}
